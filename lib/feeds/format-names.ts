import type { FeedFormat } from "@/lib/routes/paths";

/** What readers call each feed format, in links and feed titles. */
export const feedFormatNames: Record<FeedFormat, string> = {
  rss: "RSS",
  atom: "Atom",
  json: "JSON Feed",
};
