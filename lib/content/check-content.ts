import path from "node:path";
import type { InternalLink } from "@/lib/body/check-body";
import { readArticleFolders } from "./article-folder";
import { listDir } from "./article-files";
import { readAuthors } from "./authors";
import { readCategories } from "./categories";
import { sortProblems, type ContentProblem } from "./problem";
import { publicationState } from "./publication";
import { readCheckedText, type ReadText } from "./read-text";
import { readSeries, seriesNumberingProblems, type SeriesClaim } from "./series";
import { checkedRedirects } from "./redirects";
import { deadPathReason, type PageState, type SiteIndex } from "./site-paths";
import type { Article, Content } from "./types";

/** What each article folder is checked against (./article-folder.ts), and the folders, in order. */
async function readSiteFiles(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
  readText: ReadText,
) {
  const categories = await readCategories(rootDir, contentDir, problems, readText);
  const authors = await readAuthors(rootDir, contentDir, problems, readText);
  const series = await readSeries(rootDir, contentDir, problems, readText);
  // Not traced by Turbopack: it would list every file of every `<folder>/**/blog/*` (content,
  // app/, public/<lang>/blog) in each route's trace, a cost that grows with the articles; pages
  // are prerendered, so no server reads content/ after the build.
  const blogDir = path.join(/*turbopackIgnore: true*/ rootDir, contentDir, "blog");
  const slugs = (await listDir(blogDir)).filter((slug) => !slug.startsWith(".")).sort();
  return { categories, authors, series, blogDir, contentDir, slugs };
}

/**
 * Checks the article folders from the last one back, and keeps nothing but what the build
 * cache keeps: the check of each body (lib/body/cached-check.ts), the costly part. A second
 * process runs it beside checkContent (scripts/content-check.ts), which then finds the bodies
 * of the folders it reaches last already checked: the first check of a large catalogue uses
 * two cores.
 */
export async function checkFoldersFromEnd(rootDir: string, contentDir = "content"): Promise<void> {
  const problems: ContentProblem[] = [];
  const readText = (absolute: string, file: string) => readCheckedText(absolute, file, problems);
  const { slugs, ...context } = await readSiteFiles(rootDir, contentDir, problems, readText);
  await readArticleFolders(slugs.reverse(), context);
}

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
  const { slugs, ...context } = await readSiteFiles(rootDir, contentDir, problems, readText);
  const { authors, categories, series } = context;
  const seriesClaims: SeriesClaim[] = [];
  const articles: Article[] = [];
  // Every article file found, valid or not, so that a link to it is not also reported as dead.
  const pages = new Map<string, PageState>();
  const pageFiles = new Map<string, string>();
  /** Tag id → whether a published article has it. */
  const tags = new Map<string, boolean>();
  const ownSlugs = new Map<string, string>();
  const links: (InternalLink & { file: string; fromPublished: boolean })[] = [];

  // Each folder is read and checked on its own (./article-folder.ts); what spans articles is
  // then decided here, in folder order.
  const folders = await readArticleFolders(slugs, context);
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
