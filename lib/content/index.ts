// The content layer's surface, for the routes, the feeds and the scripts. Every other module
// of lib/content is an implementation detail of these functions.
import { defaultLocale, type Locale } from "@/lib/site";
import { checkContent } from "./check-content";
import type { ContentImage } from "./images";
import { ContentError } from "./problem";
import { isPublished } from "./publication";
import { groupByYear, type ArchiveYear } from "./archives";
import { topicsOf, type Topic } from "./topics";
import type { Article, Author, Category, Content, Series } from "./types";
import type { TopicKind } from "@/lib/routes/paths";

export type { Article, Author, Category, Content, Series, Topic, ArchiveYear };
export type { Redirect } from "./redirects";
export type { ContentImage, ImageFormat } from "./images";
export type { ContentProblem } from "./problem";
export { ContentError, formatProblem } from "./problem";
export { draftMarker } from "./schema";
export { checkContent, isPublished };

/** Narrows a list of articles to one category, one author or one series (all given ones). */
export type ArticleQuery = { category?: string; author?: string; series?: string };

let cached: Promise<Content> | undefined;

/** The project folder holding content/; tests point it at a fixture folder. */
const contentRoot = () => process.env.CONTENT_ROOT ?? process.cwd();

/**
 * Loads content/ once per production process (and afresh on every call in development, so an
 * edit shows on reload). Any error stops the build with the same `file:line:col: error: …`
 * lines as `npm run content:check`, and no stack trace.
 */
async function getContent(): Promise<Content> {
  if (process.env.NODE_ENV === "development") return validated(checkContent(contentRoot()));
  cached ??= validated(checkContent(contentRoot()));
  return cached;
}

async function validated(loading: Promise<Content>): Promise<Content> {
  const content = await loading;
  if (content.problems.some((problem) => problem.severity === "error")) {
    throw new ContentError(content.problems);
  }
  return content;
}

/** The articles a reader may see: all of them in development, the published ones otherwise. */
async function visibleArticles(): Promise<Article[]> {
  const { articles } = await getContent();
  if (process.env.NODE_ENV === "development") return articles;
  return articles.filter((article) => isPublished(article));
}

function matches(article: Article, { category, author, series }: ArticleQuery): boolean {
  return (
    (category === undefined || article.categories.some(({ id }) => id === category)) &&
    (author === undefined || article.authors.some(({ id }) => id === author)) &&
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
 * What a list in one language shows: its own articles first, then, so that no reader faces an
 * empty page, the articles that exist only in other languages (each once), newest first.
 */
export async function getListedArticles(
  locale: Locale,
  query: ArticleQuery = {},
): Promise<Article[]> {
  const visible = (await visibleArticles()).filter((article) => matches(article, query));
  const own = visible.filter((article) => article.locale === locale);
  const translated = new Set(own.map((article) => article.slug));
  const others = new Map<string, Article>();
  for (const article of visible) {
    if (translated.has(article.slug) || article.locale === locale) continue;
    const kept = others.get(article.slug);
    if (!kept || article.locale === defaultLocale) others.set(article.slug, article);
  }
  return [...own, ...others.values()];
}

export async function getArticle(locale: Locale, slug: string): Promise<Article | undefined> {
  const articles = await getArticles(locale);
  return articles.find((article) => article.slug === slug);
}

/** The languages an article is published in (its translations share its slug). */
export async function getArticleLanguages(slug: string): Promise<Locale[]> {
  return (await visibleArticles())
    .filter((article) => article.slug === slug)
    .map((article) => article.locale);
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

/** Every topic of one kind (categories, authors…), whether or not it has articles yet. */
export async function getTopics(kind: TopicKind): Promise<Topic[]> {
  return topicsOf(await getContent(), kind);
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
