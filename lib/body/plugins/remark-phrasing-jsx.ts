import type { Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/** HTML elements that hold only phrasing content: never a paragraph. */
const phrasingOnly = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "span",
  "strong",
  "em",
  "a",
]);

/**
 * In MDX, the text of `<p>` written on lines of its own (an imported post's `<div><p>\n text
 * \n</p></div>`) is parsed as a paragraph inside the tag: a `<p>` inside a `<p>`, which the
 * browser splits, so that the page no longer matches what React renders (hydration error 418).
 * Such a tag's lone paragraph gives it its text instead.
 */
export function remarkPhrasingJsx() {
  return (tree: Root) => {
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElement) => {
      if (!node.name || !phrasingOnly.has(node.name)) return;
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== "paragraph") return;
      node.children = only.children as unknown as MdxJsxFlowElement["children"];
    });
  };
}
