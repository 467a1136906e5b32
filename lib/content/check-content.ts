import path from "node:path";
import pMap from "p-map";
import { toSlug } from "@/lib/body/slug";
import { parsePath, paths } from "@/lib/routes/paths";
import { defaultLocale } from "@/lib/site";
import type { InternalLink } from "@/lib/body/check-body";
import { articleFiles, listDir, slugPattern } from "./article-files";
import { readAuthors } from "./authors";
import { readCategories } from "./categories";
import { readArticleImages } from "./images";
import { parseArticle, type ArticleInput, type ParsedArticle } from "./parse-article";
import { sortProblems, type ContentProblem } from "./problem";
import { publicationState } from "./publication";
import { readCheckedText } from "./read-text";
import { svgProblems } from "./svg-safety";
import { readSeries, seriesNumberingProblems, type SeriesClaim } from "./series";
import { checkedRedirects } from "./redirects";
import { deadPathReason, type PageState, type SiteIndex } from "./site-paths";
import type { Article, Content } from "./types";

/**
 * Reads and validates everything in a content folder. Problems are collected, not thrown,
 * so that one run reports every mistake. `npm run content:check` and the build both use it.
 */
export async function checkContent(rootDir: string, contentDir = "content"): Promise<Content> {
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const readText = (absolute: string, file: string) => {
    files.push(file);
    return readCheckedText(absolute, file, problems);
  };
  const categories = await readCategories(rootDir, contentDir, problems, readText);
  const authors = await readAuthors(rootDir, contentDir, problems, readText);
  const series = await readSeries(rootDir, contentDir, problems, readText);
  const seriesClaims: SeriesClaim[] = [];
  const articles: Article[] = [];
  // Every article file found, valid or not, so that a link to it is not also reported as dead.
  const pages = new Map<string, PageState>();
  const pageFiles = new Map<string, string>();
  /** Tag id → whether a published article has it. */
  const tags = new Map<string, boolean>();
  const ownSlugs = new Map<string, string>();
  const links: (InternalLink & { file: string; fromPublished: boolean })[] = [];

  // Not traced by Turbopack: it would list every file of every `<folder>/**/blog/*` (content,
  // app/, public/<lang>/blog) in each route's trace, a cost that grows with the articles; pages
  // are prerendered, so no server reads content/ after the build.
  const blogDir = path.join(/*turbopackIgnore: true*/ rootDir, contentDir, "blog");
  const slugs = (await listDir(blogDir)).filter((slug) => !slug.startsWith(".")).sort();
  // Folders are read and parsed a few at once, so that one folder's file reads and image
  // sizes (sharp, on libuv's threads) overlap another's parsing; what spans articles is then
  // decided in folder order, as if read one by one.
  const context = { blogDir, contentDir, authors, categories, series };
  const folders = await pMap(slugs, (slug) => readArticleFolder(slug, context), {
    concurrency: 8,
  });
  for (const folder of folders) {
    problems.push(...folder.problems);
    files.push(...folder.files);
    for (const { file, name, slug, result } of folder.parsed) {
      const state = publicationState(result);
      const page = `${name.slice(0, 2)}/${result.urlSlug ?? slug}`;
      const owner = pageFiles.get(page);
      if (owner) {
        problems.push({
          file,
          ...result.slugAt,
          severity: "error",
          message: `the address ${page.replace(/^(..)\//, "/$1/blog/")} is already ${owner}'s: give this article another slug`,
        });
      }
      pageFiles.set(page, file);
      if (result.urlSlug !== undefined && result.urlSlug !== slug) {
        ownSlugs.set(`${name.slice(0, 2)}/${slug}`, result.urlSlug);
      }
      pages.set(page, state);
      for (const link of result.internalLinks) {
        links.push({ ...link, file, fromPublished: state === "published" });
      }
      for (const tag of result.tagIds ?? []) {
        tags.set(tag, tags.get(tag) === true || state === "published");
      }
      if (result.seriesClaim) seriesClaims.push(result.seriesClaim);
      if (result.article) articles.push(result.article);
    }
  }

  const site: SiteIndex = {
    articles: pages,
    categories: new Set(categories.keys()),
    authors: new Set(authors.keys()),
    tags,
    ownSlugs,
    series: new Set(series.keys()),
  };
  problems.push(...seriesNumberingProblems(seriesClaims));
  const redirects = await checkedRedirects(rootDir, contentDir, site, problems);
  if (redirects.checked) files.push(redirects.checked);
  const movedTo = new Map(redirects.redirects.map(({ from, to }) => [from, to]));
  for (const { file, line, column, href, fromPublished } of links) {
    const reason = deadPathReason(href, site, fromPublished);
    const moved = reason && movedTo.get(href.replace(/[?#].*$/, ""));
    if (moved) {
      problems.push({
        file,
        line,
        column,
        severity: "warning",
        message: `"${href}" is an old address that content/redirects.yml sends to "${moved}": link to "${moved}"`,
      });
    } else if (reason) problems.push({ file, line, column, severity: "error", message: reason });
  }

  // An article with any error (a dead link, damaged text…) is never handed to the pages.
  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.file));
  const valid = articles.filter((article) => !failed.has(article.file));
  valid.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return {
    articles: valid,
    authors,
    categories,
    series,
    redirects: redirects.redirects,
    files,
    problems: sortProblems(problems),
  };
}

type FolderContext = Pick<ArticleInput, "authors" | "categories" | "series"> & {
  blogDir: string;
  contentDir: string;
};

/** One article folder: its problems, the files read, and each language file parsed. */
type ArticleFolder = {
  problems: ContentProblem[];
  files: string[];
  parsed: { file: string; name: string; slug: string; result: ParsedArticle }[];
};

/** Reads and checks one folder of content/blog/ on its own; nothing here spans articles. */
async function readArticleFolder(slug: string, context: FolderContext): Promise<ArticleFolder> {
  const folder: ArticleFolder = { problems: [], files: [], parsed: [] };
  const { problems } = folder;
  const articleDir = path.join(context.blogDir, slug);
  const relativeDir = path.posix.join(context.contentDir, "blog", slug);
  if (!slugPattern.test(slug)) {
    problems.push({
      file: relativeDir,
      severity: "error",
      message: `the folder name is the article's URL: rename it in lowercase ASCII words joined by "-", e.g. "${toSlug(slug)}"`,
    });
    return folder;
  }
  const taken = parsePath(paths.article(defaultLocale, slug))?.kind;
  if (taken !== "article") {
    problems.push({
      file: relativeDir,
      severity: "error",
      message: `the folder name is the article's URL, and /<lang>/blog/${slug} is the site's ${taken ?? "own"} page: rename the folder`,
    });
    return folder;
  }
  const names = articleFiles(await listDir(articleDir), relativeDir, problems);
  if (names.length === 0) {
    problems.push({
      file: relativeDir,
      severity: "error",
      message: "no article here: add fr.mdx (or en.mdx, fr.md…), or remove the folder",
    });
    return folder;
  }
  const { images, unreadable } = await readArticleImages(articleDir, slug);
  for (const image of images.values()) {
    if (image.format === "svg") {
      problems.push(...(await svgProblems(image.source, `${relativeDir}/${image.reference}`)));
    }
  }
  for (const name of unreadable) {
    problems.push({
      file: `${relativeDir}/images/${name}`,
      severity: "error",
      message: "this image cannot be read: export it again as JPEG, PNG, WebP or AVIF",
    });
  }
  const { authors, categories, series } = context;
  for (const name of names) {
    const file = `${relativeDir}/${name}`;
    folder.files.push(file);
    const source = await readCheckedText(path.join(articleDir, name), file, problems);
    const input = { source, file, slug, name, images, authors, categories, series };
    folder.parsed.push({ file, name, slug, result: parseArticle(input, problems) });
  }
  return folder;
}
