import { isoToday } from "@/lib/format-date";
import type { PageState } from "./site-paths";

/**
 * The publication rule: a draft is never on the site, and a future-dated article is not on it
 * before its day (a rebuild on or after the date publishes it). In development every article
 * shows, so that authors see their drafts.
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
