import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * A table wider than the screen scrolls in its own box, never the page. The box can take the
 * keyboard's focus, so that it can be scrolled without a pointer.
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      const box: Element = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], tabIndex: 0 },
        children: [node],
      };
      parent.children[index] = box;
      return SKIP;
    });
  };
}
