import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { parseYaml } from "@/lib/content/yaml-document";
import { defaultLocale, isLocale, locales, type Locale } from "@/lib/site";
import { isRecord, readSourceFile } from "./source-file";
import type {
  Catalogue,
  ImportProblem,
  Notice,
  OldTarget,
  SourceAuthor,
  SourcePost,
} from "./types";

// An Astro project with content collections: src/content/posts/<slug>/<lang>.{md,mdx} beside
// images/, src/content/people/<id>/<lang>.md or <id>.{md,mdx,yml}, and a redirects.ts list.
// Its routes (src/pages): /fr/blog/articles/<slug>, /en/blog/posts/<slug>,
// /fr/blog/auteurs/<id>, /en/blog/authors/<id>, /<lang>/blog/rss.xml.

const postsDir = "src/content/posts";
const peopleDir = "src/content/people";
const postFile = /^([a-z]{2})\.(md|mdx)$/;

const oldPostPath: Record<Locale, (slug: string) => string> = {
  fr: (slug) => `/fr/blog/articles/${slug}`,
  en: (slug) => `/en/blog/posts/${slug}`,
};
const oldAuthorPath: Record<Locale, (id: string) => string> = {
  fr: (id) => `/fr/blog/auteurs/${id}`,
  en: (id) => `/en/blog/authors/${id}`,
};

export async function isAstroProject(folder: string): Promise<boolean> {
  return (await list(path.join(folder, postsDir))).length > 0;
}

export async function readAstro(folder: string): Promise<Catalogue> {
  const problems: ImportProblem[] = [];
  const posts: SourcePost[] = [];
  const oldPaths = new Map<string, OldTarget>();

  for (const key of (await list(path.join(folder, postsDir))).sort()) {
    const dir = path.join(folder, postsDir, key);
    for (const name of (await list(dir)).sort()) {
      const file = path.posix.join(postsDir, key, name);
      const match = postFile.exec(name);
      if (!match) {
        if (/\.mdx?$/.test(name))
          problems.push({
            file,
            message: `not a post file name: name it <lang>.md or <lang>.mdx (${locales.join(", ")})`,
          });
        continue;
      }
      const [, locale = "", format = "md"] = match;
      if (!isLocale(locale)) {
        problems.push({
          file,
          message: `"${locale}" is not a language of the blog (${locales.join(", ")})`,
        });
        continue;
      }
      const read = await readSourceFile(path.join(dir, name), file);
      problems.push(...read.problems);
      if (!read.source) continue;
      const slug = typeof read.source.data.slug === "string" ? read.source.data.slug : key;
      posts.push({
        ...read.source,
        file,
        dir,
        key,
        locale,
        format: format === "mdx" ? "mdx" : "md",
        oldSlug: slug,
      });
      oldPaths.set(oldPostPath[locale](slug), { kind: "post", key, locale });
      // The site also served each post as Markdown for language models (src/pages/…/[id].md.ts).
      oldPaths.set(`${oldPostPath[locale](slug)}.md`, { kind: "markdown-copy", key, locale });
    }
  }

  const authors = await readPeople(folder, problems);
  for (const id of authors.keys()) {
    for (const locale of locales)
      oldPaths.set(oldAuthorPath[locale](id), { kind: "author", id, locale });
  }
  for (const locale of locales) oldPaths.set(`/${locale}/blog/rss.xml`, { kind: "feed", locale });
  const notices = await readRedirectList(folder, oldPaths);
  return {
    format: "astro",
    posts,
    authors,
    categoryLabels: new Map(),
    oldPaths,
    problems,
    notices,
  };
}

async function readPeople(
  folder: string,
  problems: ImportProblem[],
): Promise<Map<string, SourceAuthor>> {
  const authors = new Map<string, SourceAuthor>();
  const root = path.join(folder, peopleDir);
  for (const name of (await list(root)).sort()) {
    const inner = await list(path.join(root, name));
    // <id>/<lang>.md (the default language's file describes the person), or <id>.md|yml.
    const pick = [defaultLocale, ...locales]
      .flatMap((locale) => [`${locale}.md`, `${locale}.mdx`, `${locale}.yml`])
      .find((entry) => inner.includes(entry));
    const single = /^(.+)\.(mdx?|ya?ml)$/.exec(name)?.[1];
    const id = inner.length > 0 ? name : single;
    const entry = inner.length > 0 ? pick && `${name}/${pick}` : name;
    if (!id || !entry) continue;
    const file = path.posix.join(peopleDir, entry);
    const person = await readPerson(path.join(root, entry), file, problems);
    if (person) authors.set(id, { id, file, ...person });
  }
  return authors;
}

async function readPerson(absolute: string, file: string, problems: ImportProblem[]) {
  let data: unknown;
  let bio: string | undefined;
  if (/\.ya?ml$/.test(file)) {
    const yaml = parseYaml(await readFile(absolute, "utf8"), file);
    problems.push(...yaml.problems.map(({ line, message }) => ({ file, line, message })));
    data = yaml.data;
  } else {
    const read = await readSourceFile(absolute, file);
    problems.push(...read.problems);
    data = read.source?.data;
    bio = read.source?.body.trim() || undefined;
  }
  if (!isRecord(data) || typeof data.name !== "string") {
    if (isRecord(data))
      problems.push({ file, line: 1, message: "a person needs a name: add name: …" });
    return undefined;
  }
  const text = (value: unknown) =>
    typeof value === "string" && value.trim() ? value.trim() : undefined;
  const picture = text(data.picture) ?? text(data.avatar);
  return {
    name: data.name.trim(),
    role: text(data.job) ?? text(data.role),
    bio: bio ?? text(data.bio),
    picture: picture ? path.resolve(path.dirname(absolute), picture) : undefined,
    links: socialLinks(data.socials ?? data.links),
  };
}

const socialLabels: Record<string, string> = {
  x: "X",
  twitter: "X",
  linkedin: "LinkedIn",
  instagram: "Instagram",
  github: "GitHub",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  facebook: "Facebook",
  youtube: "YouTube",
  twitch: "Twitch",
  website: "Website",
};

function socialLinks(value: unknown): { label: string; url: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const url = entry.href ?? entry.url;
    const type = String(entry.type ?? entry.label ?? "");
    if (typeof url !== "string" || !type) return [];
    return [{ label: socialLabels[type.toLowerCase()] ?? type, url }];
  });
}

/**
 * Reads `{ source, destination }` pairs from redirects.ts by parsing it (never running it):
 * an old address that led to a post (WordPress's /blog/<category>/<slug>) now leads to its new
 * page, and /blog/<category> to the category. Other lines are for the studio's own pages.
 */
async function readRedirectList(
  folder: string,
  oldPaths: Map<string, OldTarget>,
): Promise<Notice[]> {
  const name = (await list(folder)).find((entry) => /^redirects\.(ts|js|mjs)$/.test(entry));
  if (!name) return [];
  const text = await readFile(path.join(folder, name), "utf8");
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const categories = new Set<string>();
  const pairs: { from: string; to: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const value = (key: string) => {
        const property = node.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && p.name.getText(source) === key,
        );
        return property && ts.isStringLiteralLike(property.initializer)
          ? property.initializer.text
          : undefined;
      };
      const from = value("source");
      const to = value("destination");
      if (from && to) {
        pairs.push({
          from,
          to,
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const studioPages: typeof pairs = [];
  for (const pair of pairs) {
    const target = oldPaths.get(pair.to);
    const category = /^\/blog\/([a-z0-9-]+)$/.exec(pair.from)?.[1];
    if (target) {
      if (!oldPaths.has(pair.from)) oldPaths.set(pair.from, target);
    } else if (category && /^\/[a-z]{2}\/blog$/.test(pair.to)) {
      categories.add(category);
    } else if (pair.from === "/blog" && isLocale(blogLocale(pair.to))) {
      oldPaths.set(pair.from, { kind: "blog", locale: blogLocale(pair.to) as Locale });
    } else {
      studioPages.push(pair);
    }
  }
  for (const id of categories)
    oldPaths.set(`/blog/${id}`, { kind: "category", id, locale: defaultLocale });
  if (pairs.length === 0)
    return [{ file: name, message: "no { source, destination } redirects found in this file" }];
  const [first] = studioPages;
  if (!first) return [];
  return [
    {
      file: name,
      line: first.line,
      message: `${studioPages.length === 1 ? "1 redirect leads" : `${studioPages.length} redirects lead`} to the studio's own pages (${first.from} → ${first.to}, …), not to posts: they stay with the studio's site`,
    },
  ];
}

/** The language of a blog index path, `/fr/blog` → "fr"; else "". */
function blogLocale(path: string): string {
  return /^\/([a-z]{2})\/blog$/.exec(path)?.[1] ?? "";
}

async function list(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
