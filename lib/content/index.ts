// The content surface used by pages, metadata and (later) feeds and sitemap alike.
// Everything else in lib/content is an implementation detail of these functions.
import { isoToday } from "@/lib/format-date";
import { defaultLocale, type Locale } from "@/lib/site";
import { loadContent, type Article, type Author, type Category, type Content } from "./load";
import type { ContentImage } from "./images";
import { ContentError } from "./problem";

export type { Article, Author, Category };
export type { Redirect } from "./redirects";
export type { ContentImage, ImageFormat } from "./images";

let cached: Promise<Content> | undefined;

/** The project folder holding content/; tests point it at a fixture folder. */
const contentRoot = () => process.env.CONTENT_ROOT ?? process.cwd();

/**
 * Loads content/ once per production process (and afresh on every call in development, so an
 * edit shows on reload). Any error stops the build with the same `file:line:col: error: …`
 * lines as `npm run content:check`, and no stack trace.
 */
async function getContent(): Promise<Content> {
  if (process.env.NODE_ENV === "development") return validated(loadContent(contentRoot()));
  cached ??= validated(loadContent(contentRoot()));
  return cached;
}

async function validated(loading: Promise<Content>): Promise<Content> {
  const content = await loading;
  if (content.problems.some((problem) => problem.severity === "error")) {
    throw new ContentError(content.problems);
  }
  return content;
}

/**
 * Drafts and articles dated in the future exist only in development; a rebuild on or after
 * an article's date publishes it.
 */
export function isPublished(article: Pick<Article, "state" | "date">, today = isoToday()): boolean {
  return article.state === "published" && article.date <= today;
}

function isVisible(article: Article): boolean {
  return process.env.NODE_ENV === "development" || isPublished(article);
}

/** The articles of one language, newest first. */
export async function getArticles(locale: Locale): Promise<Article[]> {
  const { articles } = await getContent();
  return articles.filter((article) => article.locale === locale && isVisible(article));
}

/**
 * What a list in one language shows: its own articles first, then, so that no reader faces an
 * empty page, the articles that exist only in other languages (each once), newest first.
 */
export async function getListedArticles(locale: Locale): Promise<Article[]> {
  const { articles } = await getContent();
  const visible = articles.filter(isVisible);
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

/** Every image of every visible article, for scripts/media.ts. */
export async function getArticleImages() {
  const { articles } = await getContent();
  const images = new Map<string, ContentImage>();
  for (const article of articles.filter(isVisible)) {
    for (const image of article.images.values()) images.set(`${image.slug}/${image.fileName}`, image);
  }
  return [...images.values()];
}

/** Every author of content/authors/, whether or not they have published yet. */
export async function getAuthors(): Promise<Author[]> {
  const { authors } = await getContent();
  return [...authors.values()];
}

export async function getCategories(): Promise<Category[]> {
  const { categories } = await getContent();
  return [...categories.values()];
}

/** The languages an article is published in (its translations share its slug). */
export async function getArticleLanguages(slug: string): Promise<Locale[]> {
  const { articles } = await getContent();
  return articles.filter((article) => article.slug === slug && isVisible(article)).map((article) => article.locale);
}

/** Old URL paths from content/redirects.yml, each to an existing page: for permanent redirects. */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  const { redirects } = await getContent();
  return redirects;
}
