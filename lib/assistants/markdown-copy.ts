import type { Nodes, Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { stringify } from "yaml";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { remarkPlugins } from "@/lib/body/processor";
import type { Article } from "@/lib/content";
import { mediaUrl } from "@/lib/media";
import { absoluteUrl, paths } from "@/lib/routes/paths";

// The Markdown copy of an article, served at `<article URL>.md` for assistants and crawlers: a
// short header from its frontmatter, then the body exactly as the author wrote it, except that
// every link and image address becomes absolute, so the copy still works on its own.

type Replacement = { start: number; end: number; text: string };

/** Where an address written in the body leads, as an absolute URL (or undefined: leave it). */
export function absoluteAddress(address: string, article: Article): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(address) || address.startsWith("//")) return undefined;
  const image = article.images.get(address);
  if (image) return absoluteUrl(mediaUrl(image.slug, image.fileName));
  if (address.startsWith("#"))
    return `${absoluteUrl(paths.article(article.locale, article.slug))}${address}`;
  if (address.startsWith("/")) return absoluteUrl(address);
  return undefined;
}

/** The offset range of `address` inside the source text of `node`, searched from its end. */
function addressRange(source: string, node: Nodes, address: string) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const at = source.slice(start, end).lastIndexOf(address);
  return at < 0 ? undefined : { start: start + at, end: start + at + address.length };
}

function bodyTree(article: Article): Root {
  // The site's own Markdown plugins, so the copy reads the body as the page does.
  const processor = unified().use(remarkParse).use(remarkPlugins);
  if (article.format === "mdx") processor.use(remarkMdx);
  return processor.parse(article.body);
}

/** The body, byte for byte, with its links, images and `src`/`href` attributes made absolute. */
export function bodyWithAbsoluteLinks(article: Article): string {
  const source = article.body;
  const replacements: Replacement[] = [];
  const replace = (node: Nodes, address: string) => {
    const url = absoluteAddress(address, article);
    const range = url === undefined ? undefined : addressRange(source, node, address);
    if (range && url) replacements.push({ ...range, text: url });
  };
  visit(bodyTree(article), (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      replace(node, node.url);
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value !== "string") continue;
        if (attribute.name !== "src" && attribute.name !== "href") continue;
        const url = absoluteAddress(attribute.value, article);
        const position = attribute.position;
        if (!url || position?.start.offset === undefined || position.end.offset === undefined)
          continue;
        const text = source.slice(position.start.offset, position.end.offset);
        const at = text.lastIndexOf(attribute.value);
        if (at >= 0) {
          const start = position.start.offset + at;
          replacements.push({ start, end: start + attribute.value.length, text: url });
        }
      }
    }
    if (node.type === "html") {
      const start = node.position?.start.offset;
      if (start === undefined) return;
      for (const match of node.value.matchAll(/\b(?:src|href)=(["'])(.*?)\1/g)) {
        const [, , address = ""] = match;
        const url = absoluteAddress(address, article);
        if (!url || match.index === undefined) continue;
        const at = start + match.index + match[0].indexOf(address);
        replacements.push({ start: at, end: at + address.length, text: url });
      }
    }
  });
  let result = source;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** The whole copy: a YAML header of what a reader of the page sees first, then the body. */
export function markdownCopy(article: Article): string {
  const header = {
    title: article.title,
    description: article.excerpt,
    url: absoluteUrl(paths.article(article.locale, article.slug)),
    language: article.locale,
    date: article.date,
    authors: article.authors.map((author) => author.name),
    categories: article.categories.map((category) => category.labels[article.locale]),
    image: absoluteUrl(mediaUrl(article.hero.slug, article.hero.fileName)),
  };
  return `---\n${stringify(header, { lineWidth: 0 })}---\n\n${bodyWithAbsoluteLinks(article).replace(/^\n+/, "")}`;
}
