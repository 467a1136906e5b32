import type { Nodes, Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { remarkPlugins } from "@/lib/body/processor";
import { cachedBuildStepSync } from "@/lib/build-cache";

// Where a body writes each link and image address, found by parsing it once: the Markdown copy
// (./markdown-copy.ts) makes them absolute. Parsing is the costly part, and the Markdown
// copies script and the llms-full.txt route both need it for every article: kept in the build
// cache, keyed by the body alone.

/** An address as written in the body, and its offsets there. */
export type WrittenAddress = { start: number; end: number; address: string };

function bodyTree(body: string, format: "md" | "mdx"): Root {
  // The site's own Markdown plugins, so the copy reads the body as the page does.
  const processor = unified().use(remarkParse).use(remarkPlugins);
  if (format === "mdx") processor.use(remarkMdx);
  return processor.parse(body);
}

/** The offset range of `address` inside the source text of `node`, searched from its end. */
function addressRange(source: string, node: Nodes, address: string) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const at = source.slice(start, end).lastIndexOf(address);
  return at < 0 ? undefined : { start: start + at, end: start + at + address.length };
}

/** Every link, image, definition, `src` and `href` address of a body, with its offsets. */
export function writtenAddresses(body: string, format: "md" | "mdx"): WrittenAddress[] {
  const found: WrittenAddress[] = [];
  visit(bodyTree(body, format), (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const range = addressRange(body, node, node.url);
      if (range) found.push({ ...range, address: node.url });
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value !== "string") continue;
        if (attribute.name !== "src" && attribute.name !== "href") continue;
        const position = attribute.position;
        if (position?.start.offset === undefined || position.end.offset === undefined) continue;
        const text = body.slice(position.start.offset, position.end.offset);
        const at = text.lastIndexOf(attribute.value);
        if (at >= 0) {
          const start = position.start.offset + at;
          found.push({ start, end: start + attribute.value.length, address: attribute.value });
        }
      }
    }
    if (node.type === "html") {
      const start = node.position?.start.offset;
      if (start === undefined) return;
      for (const match of node.value.matchAll(/\b(?:src|href)=(["'])(.*?)\1/g)) {
        const [, , address = ""] = match;
        if (match.index === undefined) continue;
        const at = start + match.index + match[0].indexOf(address);
        found.push({ start: at, end: at + address.length, address });
      }
    }
  });
  return found;
}

/** writtenAddresses, once per body across the build's processes. */
export function cachedWrittenAddresses(body: string, format: "md" | "mdx"): WrittenAddress[] {
  const result = cachedBuildStepSync({
    kind: "body-addresses",
    extension: "json",
    key: [format, body],
    compilerFiles: [
      "lib/assistants/body-addresses.ts",
      "lib/body",
      "lib/i18n",
      "lib/import/embeds.ts",
      "lib/content/images.ts",
      "package-lock.json",
    ],
    produce: () => Buffer.from(JSON.stringify(writtenAddresses(body, format))),
  });
  return JSON.parse(result.toString("utf8")) as WrittenAddress[];
}
