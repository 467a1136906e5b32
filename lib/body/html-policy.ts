import { defaultSchema, type Schema } from "hast-util-sanitize";

// What an article body may hold besides Markdown: the same rules for .md and .mdx.

/** Elements that run code, load other pages or change the page around the article. */
export const forbiddenElements = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "style",
  "base",
  "meta",
  "link",
  "form",
]);

/** Plain HTML elements an `.mdx` article may write, besides the site's components. */
export const mdxHtmlElements = new Set([
  ...["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i"],
  ...["ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time"],
  ...["u", "var", "wbr", "p", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "hr"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "th", "td"],
  ...["caption", "colgroup", "col", "figure", "figcaption", "details", "summary", "div", "img"],
]);

/** Attributes whose value is an address. */
const urlAttributes = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "cite",
  "background",
  "xlink:href",
  "xlinkhref",
]);

export function isUrlAttribute(name: string): boolean {
  return urlAttributes.has(name.toLowerCase());
}

/** The scheme of a dangerous address, read as browsers do (they skip blanks and controls). */
export function dangerousScheme(url: string): string | undefined {
  const folded = url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  return /^(javascript|vbscript|data):/.exec(folded)?.[1];
}

export function dangerousUrlMessage(scheme: string): string {
  return `"${scheme}:" addresses are not allowed (they can run code or hide content): link to an https:// page, or put the file in images/`;
}

export function isEventAttribute(name: string): boolean {
  return /^on/i.test(name);
}

/**
 * Raw HTML in `.md` articles goes through rehype-sanitize with GitHub's schema, which also
 * keeps `<figure>`/`<figcaption>` (WordPress and many READMEs wrap images in them). Ids are
 * not prefixed with "user-content-": GFM footnotes already are, and prefixing them twice
 * breaks their links; `.mdx` articles keep their ids too.
 */
export const markdownSanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption"],
};
