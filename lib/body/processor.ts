import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";
import type { Article } from "@/lib/content";
import { footnoteOptions } from "./footnotes";
import { rehypeFigures } from "./plugins/rehype-figures";
import { rehypeFrenchTypography } from "./plugins/rehype-french-typography";
import { rehypeHeadingIds } from "./plugins/rehype-heading-ids";
import { rehypeHighlightCode } from "./plugins/rehype-highlight-code";
import { rehypeRawHtml } from "./plugins/rehype-raw-html";
import { rehypeSanitizeHtml } from "./plugins/rehype-sanitize-html";
import { rehypeTableScroll } from "./plugins/rehype-table-scroll";
import { remarkPhrasingJsx } from "./plugins/remark-phrasing-jsx";

// The one definition of how an article body is parsed and transformed, shared by the content
// check (check-body.ts), the page (compile.ts) and the feeds (render-html.ts).

type Body = Pick<Article, "format" | "locale">;

export const remarkPlugins: PluggableList = [remarkGfm, remarkPhrasingJsx];

/**
 * `.md` articles (migrated from older blogs) get their raw HTML parsed and sanitized; `.mdx`
 * ones are held to the content check's allowlist. Heading ids come from the text as written;
 * French typography then only changes spaces. Code is highlighted after the sanitizer, which
 * would strip its token classes.
 */
export function rehypePlugins({ format, locale }: Body): PluggableList {
  return [
    ...(format === "md" ? [rehypeRawHtml, rehypeSanitizeHtml] : []),
    rehypeHeadingIds,
    rehypeFigures,
    ...(locale === "fr" ? [rehypeFrenchTypography] : []),
    rehypeHighlightCode,
    rehypeTableScroll,
  ];
}

/** remark-rehype's options for an article body: footnote labels in its language. */
export function remarkRehypeOptions({ locale }: Body) {
  return footnoteOptions(locale);
}

/**
 * The MDX compiler's options for an article body. A table column's alignment stays the cells'
 * `align` attribute, which browsers honour: as a `style` attribute, the CSP would block it.
 */
export function articleMdxOptions(body: Body) {
  return {
    format: body.format,
    remarkPlugins,
    remarkRehypeOptions: remarkRehypeOptions(body),
    rehypePlugins: rehypePlugins(body),
    tableCellAlignToStyle: false,
  };
}

/**
 * Pads the body with the frontmatter's lines, so that every position the Markdown and MDX
 * parsers report is a true line of the file.
 */
export function bodyWithFileLines(body: string, bodyLine: number): string {
  return "\n".repeat(bodyLine - 1) + body;
}
