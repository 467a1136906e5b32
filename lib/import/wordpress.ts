import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { defaultLocale, isLocale, locales } from "@/lib/site";
import { toSlug } from "@/lib/body/slug";
import { readSourceFile } from "./source-file";
import type { Catalogue, ImportProblem, OldTarget, SourcePost } from "./types";

// A folder of Markdown exported from WordPress, one post a file with images/ beside it, in the
// shape of the blog's first article: state, title, date, categories, heroImage, languages,
// excerpt, authors. WordPress served a post at /blog/<category>/<slug>, a category at
// /blog/<category> and the feed at /feed.

const exportFile = /\.(md|mdx|markdown|txt)$/i;
const exportFields = /^(state|heroImage|languages):/m;

export async function isWordPressExport(folder: string): Promise<boolean> {
  for (const name of await exportFiles(folder)) {
    const head = (await readFile(path.join(folder, name), "utf8")).slice(0, 4000);
    if (/^\uFEFF?---/.test(head) && exportFields.test(head)) return true;
  }
  return false;
}

export async function readWordPress(folder: string): Promise<Catalogue> {
  const problems: ImportProblem[] = [];
  const posts: SourcePost[] = [];
  const oldPaths = new Map<string, OldTarget>();
  for (const name of await exportFiles(folder)) {
    const file = name;
    const read = await readSourceFile(path.join(folder, name), file);
    problems.push(...read.problems);
    if (!read.source) continue;
    const { data } = read.source;
    const languages = Array.isArray(data.languages) ? data.languages : [];
    const language = String(languages[0] ?? defaultLocale);
    if (!isLocale(language)) {
      problems.push({
        file,
        line: read.source.positionOf(["languages"]).line,
        message: `"${language}" is not a language of the blog (${locales.join(", ")})`,
      });
      continue;
    }
    const slug =
      typeof data.slug === "string" && data.slug ? data.slug : toSlug(String(data.title ?? ""));
    if (!slug) {
      problems.push({
        file,
        line: 1,
        message: "the post has no title to make its address from: add title: …",
      });
      continue;
    }
    const format = name.endsWith(".mdx") ? "mdx" : "md";
    posts.push({
      ...read.source,
      file,
      dir: folder,
      key: slug,
      locale: language,
      format,
      oldSlug: slug,
    });
    const categories = Array.isArray(data.categories) ? data.categories.map(String) : [];
    for (const category of categories.map((id) => toSlug(id))) {
      const target: OldTarget = { kind: "post", key: slug, locale: language };
      if (!oldPaths.has(`/blog/${category}/${slug}`))
        oldPaths.set(`/blog/${category}/${slug}`, target);
      oldPaths.set(`/blog/${category}`, { kind: "category", id: category, locale: defaultLocale });
    }
  }
  oldPaths.set("/feed", { kind: "feed", locale: defaultLocale });
  return {
    format: "wordpress",
    posts,
    authors: new Map(),
    categoryLabels: new Map(),
    oldPaths,
    problems,
    notices: [],
  };
}

async function exportFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => exportFile.test(name) && !/^(readme|credits)\./i.test(name)).sort();
}
