import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";
import { rehypeFigures } from "./plugins/rehype-figures";
import { rehypeHeadingIds } from "./plugins/rehype-heading-ids";
import { rehypeRawHtml } from "./plugins/rehype-raw-html";
import { rehypeSanitizeHtml } from "./plugins/rehype-sanitize-html";

/**
 * The Markdown and HTML plugins of an article body. `.md` articles (migrated from older blogs)
 * get their raw HTML parsed and sanitized; `.mdx` ones are held to the content check's allowlist.
 */
export function articleMdxOptions(format: "mdx" | "md") {
  const html: PluggableList = format === "md" ? [rehypeRawHtml, rehypeSanitizeHtml] : [];
  return {
    format,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [...html, rehypeHeadingIds, rehypeFigures],
  } satisfies { format: "mdx" | "md"; remarkPlugins: PluggableList; rehypePlugins: PluggableList };
}
