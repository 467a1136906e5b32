import { readFileSync } from "node:fs";
import matter from "gray-matter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";

// What the catalogue build (scripts/build-catalogue.ts) imported, and what each imported post's
// SOURCE file holds: its headings, code blocks, tables, images and captions, read with the
// Markdown/MDX parser from the source itself, never from the site's output.

export type ImportedPost = { source: string; output: string; path: string };

export const catalogueRoot = ".catalogue";

export function importedPosts(): ImportedPost[] {
  return JSON.parse(readFileSync(`${catalogueRoot}/imported.json`, "utf8")) as ImportedPost[];
}

/** content/redirects.yml as the importer wrote it: old path → new path. */
export function importedRedirects(): [string, string][] {
  const file = readFileSync(`${catalogueRoot}/content/redirects.yml`, "utf8");
  return Object.entries(parseYaml(file) as Record<string, string>);
}

export type SourceConstructs = {
  headings: string[];
  /** Whether a heading skips a level (h2 then h5): the content check's warning, kept as written. */
  skipsHeadingLevels: boolean;
  code: string[];
  /** Each table's header cells. */
  tables: string[][];
  /** The alt text of every body image. */
  images: string[];
  captions: string[];
  /** The hero's alt text, where the source gives one (`thumbnail.alt`). */
  heroAlt?: string;
};

type MdNode = {
  type: string;
  value?: string;
  alt?: string;
  name?: string;
  depth?: number;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
};

/** The text of a node, as a reader sees it (spaces and typographic marks aside: see `plain`). */
function text(node: MdNode): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(text).join("");
}

/** Text compared without the marks French typography adds (no-break spaces, curly quotes). */
export function plain(value: string): string {
  return value
    .replace(/[\u00a0\u202f\s]+/g, " ")
    .replace(/[’‘]/g, "'")
    .trim();
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, "");

export function sourceConstructs(file: string): SourceConstructs {
  const { content, data } = matter(readFileSync(file, "utf8"));
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (file.endsWith(".mdx")) processor.use(remarkMdx);
  const tree = processor.parse(content) as MdNode;
  const found: SourceConstructs = {
    headings: [],
    skipsHeadingLevels: false,
    code: [],
    tables: [],
    images: [],
    captions: [],
  };
  let level = 1;
  const thumbnail = data.thumbnail as { alt?: string } | undefined;
  if (thumbnail?.alt) found.heroAlt = thumbnail.alt;

  const walk = (node: MdNode) => {
    if (node.type === "heading") {
      found.headings.push(plain(text(node)));
      if ((node.depth ?? 1) > level + 1) found.skipsHeadingLevels = true;
      level = node.depth ?? 1;
    }
    if (node.type === "code") found.code.push(node.value ?? "");
    if (node.type === "table") {
      const [header] = node.children ?? [];
      found.tables.push((header?.children ?? []).map((cell) => plain(text(cell))));
    }
    if (node.type === "image") found.images.push(plain(node.alt ?? ""));
    if (node.type === "html") {
      // Raw HTML in a .md post (a WordPress figure): its images and captions.
      for (const match of (node.value ?? "").matchAll(/<img\b[^>]*\balt="([^"]*)"/g))
        found.images.push(plain(match[1] ?? ""));
      for (const match of (node.value ?? "").matchAll(/<figcaption>([\s\S]*?)<\/figcaption>/g))
        found.captions.push(plain(stripTags(match[1] ?? "")));
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (node.name === "img") {
        const alt = node.attributes?.find((attribute) => attribute.name === "alt")?.value;
        found.images.push(plain(String(alt ?? "")));
      }
      if (node.name === "figcaption") found.captions.push(plain(text(node)));
    }
    // A caption written as Markdown between a raw <figcaption> and </figcaption>.
    let caption: string[] | undefined;
    for (const child of node.children ?? []) {
      const html = child.type === "html" ? (child.value ?? "").trim() : "";
      if (html === "<figcaption>") caption = [];
      else if (html === "</figcaption>" && caption) {
        found.captions.push(plain(caption.join(" ")));
        caption = undefined;
      } else if (caption) caption.push(text(child));
      walk(child);
    }
  };
  walk(tree);
  return found;
}
