import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { footnoteLabelId } from "../footnotes";

export type OutlineHeading = { id: string; text: string; level: 2 | 3 };

/**
 * Collects the article's h2/h3 headings, in order, for its table of contents. It runs last, so
 * it reads the ids rehype-heading-ids gave (one source of truth) and the typeset text.
 */
export function rehypeCollectHeadings({ into }: { into: OutlineHeading[] }) {
  return (tree: Root) => {
    into.length = 0;
    visit(tree, "element", (node) => {
      if (node.tagName !== "h2" && node.tagName !== "h3") return;
      const id = node.properties.id;
      // The footnotes' heading is for screen readers, not a section of the contents.
      if (typeof id !== "string" || id === footnoteLabelId) return;
      into.push({ id, text: toString(node).trim(), level: node.tagName === "h2" ? 2 : 3 });
    });
  };
}
