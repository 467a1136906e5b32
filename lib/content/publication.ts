import { isoToday } from "@/lib/format-date";
import type { PageState } from "./site-paths";

/**
 * The publication rule: a draft is never on the site, and a future-dated article is not on it
 * before its day (a rebuild on or after the date publishes it). In development every article
 * shows, so that authors see their drafts. A preview build (`npm run build:preview`) also
 * shows them on their pages, for a colleague to read, but never in the feeds or the sitemap.
 */
export function publicationState(
  article: { state?: string; date?: string },
  today = isoToday(),
): PageState {
  if (article.state === "draft") return "draft";
  return article.date !== undefined && article.date > today ? "scheduled" : "published";
}

export function isPublished(article: { state?: string; date?: string }, today = isoToday()): boolean {
  return article.state !== undefined && publicationState(article, today) === "published";
}

/** What a build is for: an author's machine, a preview for colleagues, or the public site. */
export type BuildMode = "development" | "preview" | "production";

/** The one place the build mode is read: `npm run dev`, `npm run build:preview` (BLOG_PREVIEW=1), or any other build. */
export function buildMode(env: Record<string, string | undefined> = process.env): BuildMode {
  if (env.NODE_ENV === "development") return "development";
  return env.BLOG_PREVIEW === "1" ? "preview" : "production";
}

export function isPreviewBuild(): boolean {
  return buildMode() === "preview";
}

/**
 * Whether an article is in this build: on its pages (`"pages"`: the article, the lists), or
 * where feed readers and search engines find it (`"indexes"`: feeds and sitemap).
 */
export function isInBuild(
  article: { state?: string; date?: string },
  where: "pages" | "indexes",
  mode: BuildMode = buildMode(),
  today = isoToday(),
): boolean {
  if (mode === "development") return true;
  if (mode === "preview" && where === "pages") return true;
  return isPublished(article, today);
}
