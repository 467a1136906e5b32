import type { Feed } from "feed";
import type { Locale } from "@/lib/site";

/**
 * The `feed` package writes JSON Feed 1.0; 1.1 adds `language` and replaces an item's
 * `author` with an `authors` list.
 */
export function jsonFeed11(feed: Feed, locale: Locale): string {
  const { items, ...rest } = JSON.parse(feed.json1()) as { items: Record<string, unknown>[] };
  return JSON.stringify(
    {
      ...rest,
      version: "https://jsonfeed.org/version/1.1",
      language: locale,
      items: items.map(({ author, ...item }) => ({ ...item, authors: author ? [author] : [] })),
    },
    null,
    2,
  );
}
