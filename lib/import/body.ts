import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import { raw } from "hast-util-raw";
import type { Image, Link, Definition, Nodes, Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { attributeList, embedFor, type PlainElement, type PlainNode } from "./embeds";
import type { LinkChange } from "./urls";
import type { Notice, Rewrite, RewriteKind } from "./types";

// Rewrites, in a post's body, only what the move requires, each change at its source line:
// links to moved pages, `./images/x`, embeds and (in .mdx) raw figures. Nodes are found with
// their positions by remark; the text between them is copied unchanged.

export type BodyInput = {
  file: string;
  format: "md" | "mdx";
  body: string;
  bodyLine: number;
  changeLink: (href: string) => LinkChange | undefined;
};

export type RewrittenBody = {
  body: string;
  rewrites: Rewrite[];
  notices: Notice[];
  /** `images/<file>` references the body makes, to copy. */
  images: { reference: string; line: number }[];
  /** True when a component was written in: the body must be .mdx. */
  needsMdx: boolean;
  /** Maps a line of the rewritten body (1-based, in the file) back to the source's. */
  sourceLine: (line: number) => number;
};

/** Where a URL is written: between `from` and `to`; `first` for raw HTML (see replaceUrl). */
type Span = { from: number; to: number; first?: boolean };
type Edit = {
  start: number;
  end: number;
  text: string;
  line: number;
  kind: RewriteKind;
  from: string;
  to: string;
};
type Positioned = {
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
};
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Parses a body as the renderer will (GFM, and MDX for .mdx); throws on a syntax error. */
export function parseBody(body: string, format: "md" | "mdx"): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  return (format === "mdx" ? processor.use(remarkMdx) : processor).parse(body);
}

export function rewriteBody(input: BodyInput): RewrittenBody {
  const { body, file, format } = input;
  const tree = parseBody(body, format);
  const edits: Edit[] = [];
  const notices: Notice[] = [];
  const images: RewrittenBody["images"] = [];
  let needsMdx = false;
  const lineOf = (node: Positioned) => (node.position?.start.line ?? 1) + input.bodyLine - 1;
  const notice = (node: Positioned, message: string) =>
    notices.push({ file, line: lineOf(node), message });
  const edit = (node: Positioned, start: number, end: number, text: string, kind: RewriteKind) => {
    if (kind === "video" || kind === "post-embed") needsMdx = true;
    edits.push({
      start,
      end,
      text,
      line: lineOf(node),
      kind,
      from: body.slice(start, end),
      to: text,
    });
  };
  const span = (node: Positioned) => ({
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
  });

  /**
   * Replaces a URL written in the source within `span`: the last occurrence for a link or an
   * image (the URL follows the text), the first in raw HTML, where `span.from` moves past each
   * one. Returns where the search may go on.
   */
  const replaceUrl = (
    node: Positioned,
    url: string,
    span: Span,
    next: string,
    kind: RewriteKind,
  ) => {
    const written = body.slice(span.from, span.to);
    const at = span.first ? written.indexOf(url) : written.lastIndexOf(url);
    if (at < 0) {
      notice(
        node,
        `"${url}" should become "${next}" but is written differently in the source (escaped?): change it by hand`,
      );
      return span.from;
    }
    edit(node, span.from + at, span.from + at + url.length, next, kind);
    return span.from + at + url.length;
  };

  const checkUrl = (node: Positioned, url: string, span: Span) => {
    const change = input.changeLink(url);
    if (!change) return span.from;
    if ("notice" in change) {
      notice(node, change.notice);
      return span.from;
    }
    return replaceUrl(node, url, span, change.to, change.kind);
  };
  const checkImage = (node: Positioned, src: string, span: Span) => {
    const reference = src.replace(/^\.\//, "");
    const end =
      reference !== src ? replaceUrl(node, src, span, reference, "image-path") : span.from;
    if (/^images\/[^/\\]+$/.test(reference))
      images.push({ reference: fileName(reference), line: lineOf(node) });
    else notice(node, `image "${src}" is not in the post's images/ folder: it is not copied`);
    return end;
  };

  visit(tree, (node: Nodes) => {
    const { start, end } = span(node);
    switch (node.type) {
      case "link":
      case "definition": {
        const destination = destinationStart(node, body);
        if (node.type === "link" && destination === undefined) return undefined; // an autolink
        checkUrl(node, node.url, { from: destination ?? start, to: end });
        return undefined;
      }
      case "image":
        checkImage(node, (node as Image).url, { from: start + 2, to: end });
        return undefined;
      case "html": {
        const nodes = htmlNodes(node.value);
        const embed = embedFor(nodes);
        if (embed) {
          edit(node, start, end, embed.component, embed.kind);
          return SKIP;
        }
        let from = start;
        for (const element of elementsIn(nodes)) {
          const href = element.attributes.href;
          const src = element.attributes.src;
          if (element.name === "a" && href)
            from = checkUrl(node, href, { from, to: end, first: true });
          if (element.name === "img" && src)
            from = checkImage(node, src, { from, to: end, first: true });
          if (element.name === "iframe")
            notice(
              node,
              `iframe from "${src}" has no component on the blog: replace it with a link`,
            );
        }
        return undefined;
      }
      case "mdxjsEsm":
        if (
          /^import\s*\{\s*Tweet\s*\}\s*from\s*['"]@astro-community\/astro-embed-twitter['"];?\s*$/.test(
            node.value,
          )
        ) {
          edit(node, start, lineEnd(body, end), "", "import-removed");
        } else {
          notice(
            node,
            "an import or export is left as written: the blog's components need none; remove it",
          );
        }
        return SKIP;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const plain = plainJsx(node);
        const embed = embedFor([plain]);
        if (embed) {
          edit(node, start, end, embed.component, embed.kind);
          return SKIP;
        }
        if (node.name === "figure") {
          const figure = figureComponent(node);
          if (typeof figure === "string") {
            edit(node, start, end, figure, "figure");
            const src = /src="([^"]*)"/.exec(figure)?.[1] ?? "";
            if (/^images\/[^/\\]+$/.test(src)) images.push({ reference: src, line: lineOf(node) });
            return SKIP;
          }
          notice(node, `raw <figure> left as written: ${figure.reason}`);
        }
        for (const attribute of node.attributes) {
          if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value !== "string") continue;
          const at = span(attribute as Positioned);
          if (node.name === "a" && attribute.name === "href")
            checkUrl(node, attribute.value, { from: at.start, to: at.end });
          if ((node.name === "img" || node.name === "Figure") && attribute.name === "src") {
            checkImage(node, attribute.value, { from: at.start, to: at.end });
          }
        }
        if (node.name === "iframe")
          notice(node, "iframe with no component on the blog: replace it with a link");
        return undefined;
      }
      default:
        return undefined;
    }
  });

  edits.sort((a, b) => a.start - b.start);
  let text = "";
  let cursor = 0;
  const kept: Edit[] = [];
  for (const change of edits) {
    if (change.start < cursor) continue; // inside a node already replaced
    text += body.slice(cursor, change.start) + change.text;
    cursor = change.end;
    kept.push(change);
  }
  text += body.slice(cursor);
  return {
    body: text,
    rewrites: kept.map(({ line, kind, from, to }) => ({ file, line, kind, from: from.trim(), to })),
    notices,
    images,
    needsMdx,
    sourceLine: lineMapper(body, kept, input.bodyLine),
  };
}

/** The file name an `images/…` reference names (`%20` is a space); as written if malformed. */
function fileName(reference: string): string {
  try {
    return decodeURI(reference);
  } catch {
    return reference;
  }
}

/** Where the `(url` of `[text](url)` starts, after the link text; undefined for an autolink. */
function destinationStart(node: Link | Definition, body: string): number | undefined {
  const end = node.position?.end.offset ?? 0;
  const last = node.type === "link" ? node.children.at(-1)?.position?.end.offset : undefined;
  const from = last ?? node.position?.start.offset ?? 0;
  const marker = body.slice(from, end).search(node.type === "link" ? /\]\(/ : /\]:/);
  return marker < 0 ? undefined : from + marker + 2;
}

function lineEnd(body: string, offset: number): number {
  return body[offset] === "\n" ? offset + 1 : offset;
}

/** Raw HTML of a .md body as elements, the way the renderer's HTML parser reads it. */
function htmlNodes(html: string): PlainNode[] {
  const tree = raw({
    type: "root",
    children: [{ type: "raw", value: html }],
  } as unknown as HastRoot) as HastRoot;
  return tree.children.flatMap(plainHast);
}

function plainHast(node: HastContent | ElementContent): PlainNode[] {
  if (node.type === "text") return [{ text: node.value }];
  if (node.type !== "element") return [];
  const element = node as Element;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.properties)) {
    const key =
      name === "className"
        ? "class"
        : name.replace(/^data([A-Z])/, (_, c: string) => `data-${c.toLowerCase()}`);
    attributes[key] = Array.isArray(value) ? value.join(" ") : String(value);
  }
  return [{ name: element.tagName, attributes, children: element.children.flatMap(plainHast) }];
}

function elementsIn(nodes: PlainNode[]): PlainElement[] {
  return nodes.flatMap((node) => ("name" in node ? [node, ...elementsIn(node.children)] : []));
}

/** MDX JSX and the Markdown inside it, reduced to elements and text. */
function plainJsx(node: Nodes): PlainNode {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    const attributes: Record<string, string> = {};
    for (const attribute of node.attributes) {
      if (attribute.type === "mdxJsxAttribute")
        attributes[attribute.name] = typeof attribute.value === "string" ? attribute.value : "";
    }
    return {
      name: node.name ?? "",
      attributes,
      children: node.children.map((child) => plainJsx(child as Nodes)),
    };
  }
  if (node.type === "image")
    return { name: "img", attributes: { src: node.url, alt: node.alt ?? "" }, children: [] };
  if (node.type === "link")
    return {
      name: "a",
      attributes: { href: node.url },
      children: node.children.map((child) => plainJsx(child)),
    };
  if (node.type === "paragraph")
    return { name: "p", attributes: {}, children: node.children.map((child) => plainJsx(child)) };
  return { text: toString(node) };
}

/**
 * `<figure>` holding one image (JSX or Markdown) and a plain-text `<figcaption>` as one
 * `<Figure src alt caption />`; else why it stays.
 */
function figureComponent(node: JsxElement): string | { reason: string } {
  // A tag alone on its line inside JSX may come wrapped in a paragraph: look through it.
  const parts = node.children
    .filter((child) => !(child.type === "text" && child.value.trim() === ""))
    .map((child) =>
      child.type === "paragraph" &&
      child.children.length === 1 &&
      child.children[0]?.type === "mdxJsxTextElement"
        ? child.children[0]
        : child,
    );
  const image = parts.flatMap((part) => imageIn(part as Nodes));
  const caption = parts.find(
    (part): part is JsxElement => "name" in part && part.name === "figcaption",
  );
  if (image.length !== 1 || parts.length !== (caption ? 2 : 1)) {
    return { reason: "it holds more than one image and a caption" };
  }
  const [img] = image;
  if (!img) return { reason: "it holds no image" };
  const attributes = [
    ["src", img.src.replace(/^\.\//, "")],
    ["alt", oneLine(img.alt)],
  ];
  if (caption) {
    if (!isPlainText(caption))
      return {
        reason: "its caption holds links or formatting, which a caption attribute cannot keep",
      };
    attributes.push(["caption", oneLine(toString(caption))]);
  }
  return `<Figure ${attributeList(attributes)} />`;
}

/** Text wrapped over lines in the source reads as one line: its line breaks are spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function imageIn(node: Nodes): { src: string; alt: string }[] {
  if (node.type === "image") return [{ src: node.url, alt: node.alt ?? "" }];
  if (node.type === "paragraph" && node.children.length === 1)
    return imageIn(node.children[0] as Nodes);
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    if (node.name !== "img") return [];
    const value = (name: string) =>
      node.attributes.find(
        (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name,
      )?.value;
    const src = value("src");
    const alt = value("alt");
    return typeof src === "string" ? [{ src, alt: typeof alt === "string" ? alt : "" }] : [];
  }
  return [];
}

function isPlainText(node: Nodes): boolean {
  if (node.type === "text") return true;
  if (
    node.type === "paragraph" ||
    node.type === "mdxJsxFlowElement" ||
    node.type === "mdxJsxTextElement"
  ) {
    if (
      (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
      node.name !== "figcaption"
    )
      return false;
    return node.children.every((child) => isPlainText(child as Nodes));
  }
  return false;
}

/** Lines removed or added by the edits, to name source lines in messages about the result. */
function lineMapper(body: string, edits: Edit[], bodyLine: number): (line: number) => number {
  const shifts = edits.map((change) => {
    const removed = body.slice(change.start, change.end).split("\n").length - 1;
    const added = change.text.split("\n").length - 1;
    return { line: change.line, delta: added - removed };
  });
  return (line) => {
    let source = line;
    for (const shift of shifts) if (shift.line < source) source -= shift.delta;
    return Math.max(bodyLine, source);
  };
}
