import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";
import type { Article } from "@/lib/content";
import { rehypeFigures } from "./rehype-figures";
import { rehypeFrenchTypography } from "./rehype-french-typography";
import { rehypeHeadingIds } from "./rehype-heading-ids";
import { rehypeRawHtml } from "./rehype-raw-html";
import { rehypeSanitizeHtml } from "./rehype-sanitize-html";

// The plugins every rendering of an article body shares: the page and the feeds.

type Body = Pick<Article, "format" | "locale">;

export const remarkPlugins: PluggableList = [remarkGfm];

/**
 * `.md` articles (migrated from older blogs) get their raw HTML parsed and sanitized; `.mdx`
 * ones are held to the content check's allowlist. Heading ids come from the text as written;
 * French typography then only changes spaces.
 */
export function rehypePlugins({ format, locale }: Body): PluggableList {
  return [
    ...(format === "md" ? [rehypeRawHtml, rehypeSanitizeHtml] : []),
    rehypeHeadingIds,
    rehypeFigures,
    ...(locale === "fr" ? [rehypeFrenchTypography] : []),
  ];
}

/** The MDX compiler's options for an article body. */
export function articleMdxOptions(body: Body) {
  return { format: body.format, remarkPlugins, rehypePlugins: rehypePlugins(body) };
}
