// The content layer's surface, for the routes, the feeds and the scripts. Every other module
// of lib/content is an implementation detail of these functions.
import { isoToday } from "@/lib/format-date";
import { defaultLocale, type Locale } from "@/lib/site";
import { checkContent, checkFoldersFromEnd } from "./check-content";
import { loadContent } from "./snapshot";
import type { ContentImage } from "./images";
import { ContentError } from "./problem";
import { buildMode, isInBuild, isPublished, isPreviewBuild, publicationState } from "./publication";
import { groupByYear, type ArchiveYear } from "./archives";
import { topicsOf, type Topic } from "./topics";
import type { Article, Author, Category, Content, Series, Tag } from "./types";
import type { TopicKind } from "@/lib/routes/paths";

export type { Article, Author, Category, Content, Series, Tag, Topic, ArchiveYear };
export type { Redirect } from "./redirects";
export type { ContentImage, ImageFormat } from "./images";
export type { ContentProblem } from "./problem";
export { ContentError, formatProblem } from "./problem";
export { draftMarker } from "./schema";
export { checkContent, checkFoldersFromEnd, isPublished, isPreviewBuild, loadContent, publicationState };

/** Narrows a list of articles to one category, author, tag or series (all given ones). */
export type ArticleQuery = { category?: string; author?: string; tag?: string; series?: string };

/**
 * This process's loads, by content folder. Kept on globalThis, not in this module: Turbopack
 * bundles this module once per kind of route (pages, feeds, sitemap…), and each copy would
 * read and check content/ again in the same prerender worker (twice in each, measured).
 */
const loadsKey = Symbol.for("studio-blog.content-loads");
const loads = ((globalThis as { [loadsKey]?: Map<string, Promise<Content>> })[loadsKey] ??=
  new Map());

/** The project folder holding content/; CONTENT_ROOT points it at a fixture folder. */
export const contentRoot = () => process.env.CONTENT_ROOT ?? process.cwd();

/**
 * Loads content/ once per production process, from the build cache when an earlier process
 * of the build checked the same files (./snapshot.ts), and afresh on every call in
 * development, so that an edit shows on reload. Any error stops the build with the same
 * `file:line:col: error: …` lines as `npm run content:check`, and no stack trace.
 */
async function getContent(): Promise<Content> {
  const root = contentRoot();
  if (process.env.NODE_ENV === "development") return validated(checkContent(root));
  let loading = loads.get(root);
  if (!loading) {
    loading = validated(loadContent(root));
    loads.set(root, loading);
  }
  return loading;
}

async function validated(loading: Promise<Content>): Promise<Content> {
  const content = await loading;
  if (content.problems.some((problem) => problem.severity === "error")) {
    throw new ContentError(content.problems);
  }
  return content;
}

/**
 * The articles a reader may see (lib/content/publication.ts): on pages, or in the feeds and
 * the sitemap (`indexes`), which never hold a draft outside development.
 */
async function visibleArticles(
  where: "pages" | "indexes" = "pages",
): Promise<readonly Article[]> {
  const content = await getContent();
  // The build mode and today once per query, not once per article: reading process.env and
  // ICU date formatting are costly.
  const mode = buildMode();
  const today = isoToday();
  // Once per content, mode and day: each of 1,000 pages asks several times, and filtering
  // every article each time grew the build's cost per article with the count.
  const key = `${where} ${mode} ${today}`;
  let kept = visibleByContent.get(content);
  if (!kept) visibleByContent.set(content, (kept = new Map()));
  let visible = kept.get(key);
  if (!visible) {
    visible = content.articles.filter((article) => isInBuild(article, where, mode, today));
    kept.set(key, visible);
  }
  return visible;
}

/** visibleArticles' lists, by the content they were taken from (a new one on each dev reload). */
const visibleByContent = new WeakMap<Content, Map<string, readonly Article[]>>();

function matches(article: Article, { category, author, tag, series }: ArticleQuery): boolean {
  return (
    (category === undefined || article.categories.some(({ id }) => id === category)) &&
    (author === undefined || article.authors.some(({ id }) => id === author)) &&
    (tag === undefined || article.tags.some(({ id }) => id === tag)) &&
    (series === undefined || article.series?.id === series)
  );
}

/** The articles of one language, newest first, optionally of one category or author. */
export async function getArticles(locale: Locale, query: ArticleQuery = {}): Promise<Article[]> {
  return (await visibleArticles()).filter(
    (article) => article.locale === locale && matches(article, query),
  );
}

/**
 * The articles of one language that feeds and the sitemap list: as getArticles, but in a
 * preview build without its drafts and future-dated articles.
 */
export async function getIndexedArticles(
  locale: Locale,
  query: ArticleQuery = {},
): Promise<Article[]> {
  return (await visibleArticles("indexes")).filter(
    (article) => article.locale === locale && matches(article, query),
  );
}

/**
 * What a list in one language shows: its own articles first, then, so that no reader faces an
 * empty page, the articles that exist only in other languages (each once), newest first.
 */
export async function getListedArticles(
  locale: Locale,
  query: ArticleQuery = {},
): Promise<Article[]> {
  const visible = (await visibleArticles()).filter((article) => matches(article, query));
  const own = visible.filter((article) => article.locale === locale);
  const translated = new Set(own.map((article) => article.id));
  const others = new Map<string, Article>();
  for (const article of visible) {
    if (translated.has(article.id) || article.locale === locale) continue;
    const kept = others.get(article.id);
    if (!kept || article.locale === defaultLocale) others.set(article.id, article);
  }
  return [...own, ...others.values()];
}

export async function getArticle(locale: Locale, slug: string): Promise<Article | undefined> {
  const articles = await getArticles(locale);
  return articles.find((article) => article.slug === slug);
}

/**
 * The address of each language an article is published in: its translations share its folder,
 * and each may have its own slug.
 */
export async function getArticleVersions(
  article: Pick<Article, "id">,
): Promise<Partial<Record<Locale, string>>> {
  const versions = (await visibleArticles()).filter((other) => other.id === article.id);
  return Object.fromEntries(versions.map((version) => [version.locale, version.slug]));
}

/** Every tag of the visible articles, labelled for `locale` (lib/content/topics.ts). */
export async function getTags(locale: Locale): Promise<Tag[]> {
  return (await getTopics("tag")).map(({ id, labels }) => ({ id, label: labels[locale] }));
}

export async function getTag(locale: Locale, id: string): Promise<Tag | undefined> {
  return (await getTags(locale)).find((tag) => tag.id === id);
}

/** When an article last changed: its revision date, else its publication date. */
export function lastModified(article: Pick<Article, "date" | "updated">): string {
  return article.updated ?? article.date;
}

/** Every image of every visible article, for scripts/media.ts. */
export async function getArticleImages(): Promise<ContentImage[]> {
  const images = new Map<string, ContentImage>();
  for (const article of await visibleArticles()) {
    for (const image of article.images.values()) images.set(`${image.slug}/${image.fileName}`, image);
  }
  return [...images.values()];
}

/** Every author of content/authors/, whether or not they have published yet. */
export async function getAuthors(): Promise<Author[]> {
  const { authors } = await getContent();
  return [...authors.values()];
}

export async function getAuthor(id: string): Promise<Author | undefined> {
  const { authors } = await getContent();
  return authors.get(id);
}

export async function getCategories(): Promise<Category[]> {
  const { categories } = await getContent();
  return [...categories.values()];
}

export async function getCategory(id: string): Promise<Category | undefined> {
  const { categories } = await getContent();
  return categories.get(id);
}

/** Old URL paths from content/redirects.yml, each to an existing page: for permanent redirects. */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  const { redirects } = await getContent();
  return redirects;
}

/**
 * Every topic of one kind: the categories and authors of content/, whether or not they have
 * articles yet, and the tags of the articles a reader may see.
 */
export async function getTopics(kind: TopicKind): Promise<Topic[]> {
  return topicsOf(await getContent(), kind, await visibleArticles());
}

export async function getTopic(kind: TopicKind, id: string): Promise<Topic | undefined> {
  return (await getTopics(kind)).find((topic) => topic.id === id);
}

/** The query that narrows a list to one topic: its kind is the query's key. */
export function topicQuery(topic: Pick<Topic, "kind" | "id">): ArticleQuery {
  return { [topic.kind]: topic.id };
}

/** The articles a language's archives show (its own, then the others'), grouped by year. */
export async function getArchives(locale: Locale): Promise<ArchiveYear[]> {
  return groupByYear(await getListedArticles(locale));
}

/** Every series of content/series.yml. */
export async function getAllSeries(): Promise<Series[]> {
  const { series } = await getContent();
  return [...series.values()];
}

export async function getSeries(id: string): Promise<Series | undefined> {
  const { series } = await getContent();
  return series.get(id);
}

/** The parts of a series published in one language, in part order. */
export async function getSeriesParts(locale: Locale, id: string): Promise<Article[]> {
  const parts = await getArticles(locale, { series: id });
  return parts.sort((a, b) => (a.series?.part ?? 0) - (b.series?.part ?? 0));
}
