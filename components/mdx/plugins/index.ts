import type { PluggableList } from "unified";
import remarkGfm from "remark-gfm";
import type { Locale } from "@/lib/site";
import { rehypeFigures } from "./rehype-figures";
import { rehypeFrenchTypography } from "./rehype-french-typography";
import { rehypeHeadingIds } from "./rehype-heading-ids";

// The plugins every rendering of an article body shares: the page and the feeds.

export const remarkPlugins: PluggableList = [remarkGfm];

/** Heading ids come first, from the text as written; typography then only changes spaces. */
export function rehypePlugins(locale: Locale): PluggableList {
  return [rehypeHeadingIds, rehypeFigures, ...(locale === "fr" ? [rehypeFrenchTypography] : [])];
}
