import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { footnoteLabelId } from "../footnotes";
import { toSlug } from "../slug";

/**
 * Gives every h2–h6 a stable ASCII id from its text ("Le feedback après un entretien" →
 * "le-feedback-apres-un-entretien"); a repeated title gets "-2", "-3"…
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    visit(tree, "element", (node) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      // The footnotes' heading keeps its id: the calls refer to it.
      if (node.properties.id === footnoteLabelId) return;
      const base = toSlug(toString(node)) || "section";
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      node.properties.id = count === 1 ? base : `${base}-${count}`;
    });
  };
}
