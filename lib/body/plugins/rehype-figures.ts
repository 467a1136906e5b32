import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import { SKIP, visit } from "unist-util-visit";

/**
 * Makes the site's `<Figure>` of the images that stand alone: a paragraph that holds only an
 * image, captioned by its title or, failing that, its alt text; and a raw `<figure>` of a `.md`
 * article (WordPress, READMEs) holding one image and at most a `<figcaption>`, captioned by that
 * caption alone. A source figure the component cannot hold (two images…) stays as written, and
 * the images inside it never become figures of their own: no figure inside a figure.
 */
export function rehypeFigures() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (index === undefined || !parent) return;
      if (node.tagName === "figure") {
        const figure = sourceFigure(node);
        if (figure) parent.children[index] = figure;
        return SKIP;
      }
      if (node.tagName !== "p") return;
      const image = onlyImage(node.children);
      if (!image) return;
      const { alt, title } = image.properties;
      parent.children[index] = figureNode(node, image, [
        attribute("caption", String(title ?? alt ?? "")),
      ]);
    });
  };
}

/** `<figure>` → `<Figure>`, if it holds one image (bare or in a paragraph) and a caption at most. */
function sourceFigure(figure: Element): MdxJsxFlowElementHast | undefined {
  const parts = meaningful(figure.children);
  const images = parts.map((part) =>
    part.type === "element" && part.tagName === "img"
      ? part
      : part.type === "element" && part.tagName === "p"
        ? onlyImage(part.children)
        : undefined,
  );
  const captions = parts.filter(
    (part): part is Element => part.type === "element" && part.tagName === "figcaption",
  );
  const image = images.find(Boolean);
  if (!image || images.filter(Boolean).length !== 1) return undefined;
  if (parts.length !== 1 + captions.length || captions.length > 1) return undefined;
  const [caption] = captions;
  if (!caption) return figureNode(figure, image, []);
  // A caption of plain text is an attribute (the one a hand-written <Figure> takes); one with
  // links or emphasis keeps its markup as the figure's children.
  const plain = caption.children.every((child) => child.type === "text");
  return plain
    ? figureNode(figure, image, [attribute("caption", toString(caption).trim())])
    : figureNode(figure, image, [], caption.children);
}

function figureNode(
  at: Element,
  image: Element,
  extra: MdxJsxAttribute[],
  children: ElementContent[] = [],
): MdxJsxFlowElementHast {
  const { src, alt } = image.properties;
  return {
    type: "mdxJsxFlowElement",
    name: "Figure",
    attributes: [
      attribute("src", String(src ?? "")),
      attribute("alt", String(alt ?? "")),
      ...extra,
    ],
    children: children as MdxJsxFlowElementHast["children"],
    position: at.position,
  };
}

function meaningful<T extends ElementContent | RootContent>(children: T[]): T[] {
  return children.filter(
    (child) => !(child.type === "text" && child.value.trim() === "") && child.type !== "comment",
  );
}

function onlyImage(children: ElementContent[]): Element | undefined {
  const [first, ...rest] = meaningful(children);
  return rest.length === 0 && first?.type === "element" && first.tagName === "img"
    ? first
    : undefined;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: "mdxJsxAttribute", name, value };
}
