// The content surface used by pages, metadata and (later) feeds and sitemap alike.
// Everything else in lib/content is an implementation detail of these functions.
import type { Locale } from "@/lib/site";
import { loadContent, type Article, type Author, type Category, type Content } from "./load";
import type { ContentImage } from "./images";
import { ContentError } from "./problem";

export type { Article, Author, Category };
export type { Redirect } from "./redirects";
export type { ContentImage, ImageFormat } from "./images";

let cached: Promise<Content> | undefined;

/**
 * Loads content/ once per production process (and afresh on every call in development, so an
 * edit shows on reload). Any error stops the build with the same `file:line:col: error: …`
 * lines as `npm run content:check`, and no stack trace.
 */
async function getContent(): Promise<Content> {
  if (process.env.NODE_ENV === "development") return validated(loadContent(process.cwd()));
  cached ??= validated(loadContent(process.cwd()));
  return cached;
}

async function validated(loading: Promise<Content>): Promise<Content> {
  const content = await loading;
  if (content.problems.some((problem) => problem.severity === "error")) {
    throw new ContentError(content.problems);
  }
  return content;
}

/** Drafts exist only in development. */
function isVisible(article: Article): boolean {
  return article.state === "published" || process.env.NODE_ENV === "development";
}

/** The articles of one language, newest first. */
export async function getArticles(locale: Locale): Promise<Article[]> {
  const { articles } = await getContent();
  return articles.filter((article) => article.locale === locale && isVisible(article));
}

export async function getArticle(locale: Locale, slug: string): Promise<Article | undefined> {
  const articles = await getArticles(locale);
  return articles.find((article) => article.slug === slug);
}

/** Every image of every visible article, for the image route. */
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

/** Old URL paths from content/redirects.yml, each to an existing page: for permanent redirects. */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  const { redirects } = await getContent();
  return redirects;
}
