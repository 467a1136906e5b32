import type { Element, ElementContent, Root } from "hast";
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/**
 * Turns a paragraph that holds only an image into a `<Figure>`, captioned by the image's
 * title or, failing that, its alt text: the same component authors can write by hand.
 */
export function rehypeFigures() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "p" || index === undefined || !parent) return;
      const image = onlyImage(node.children);
      if (!image) return;
      const { src, alt, title } = image.properties;
      const figure: MdxJsxFlowElementHast = {
        type: "mdxJsxFlowElement",
        name: "Figure",
        attributes: [
          attribute("src", String(src ?? "")),
          attribute("alt", String(alt ?? "")),
          attribute("caption", String(title ?? alt ?? "")),
        ],
        children: [],
        position: node.position,
      };
      parent.children[index] = figure;
    });
  };
}

function onlyImage(children: ElementContent[]): Element | undefined {
  const meaningful = children.filter(
    (child) => !(child.type === "text" && child.value.trim() === ""),
  );
  const [first] = meaningful;
  return meaningful.length === 1 && first?.type === "element" && first.tagName === "img"
    ? first
    : undefined;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: "mdxJsxAttribute", name, value };
}
