import type { Root, RootContent } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/**
 * A paragraph that holds only JSX tags (`<p>…</p>` alone on its line inside a `<div>`) is no
 * paragraph: the tags stand on their own, as the MDX compiler of the page reads them. The feed
 * renderer, which has no MDX compiler, needs this to avoid a `<p>` inside a `<p>`.
 */
export function remarkUnwrapJsx() {
  return (tree: Root) => {
    visit(tree, "paragraph", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const blank = (child: RootContent) => child.type === "text" && child.value.trim() === "";
      const onlyJsx =
        node.children.some((child) => child.type === "mdxJsxTextElement") &&
        node.children.every((child) => child.type === "mdxJsxTextElement" || blank(child));
      if (!onlyJsx) return;
      const tags = node.children.flatMap((child) =>
        child.type === "mdxJsxTextElement"
          ? [{ ...child, type: "mdxJsxFlowElement" as const } as RootContent]
          : [],
      );
      parent.children.splice(index, 1, ...(tags as typeof parent.children));
      return [SKIP, index + tags.length];
    });
  };
}
