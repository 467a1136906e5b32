import type { Root } from "hast";
import { visitParents } from "unist-util-visit-parents";
import { typesetFrench } from "../typography";

/** Elements whose text is code, shown exactly as written. */
const verbatim = new Set(["code", "pre", "kbd", "samp", "script", "style"]);

/** Applies French typography (lib/body/typography.ts) to the text of a French article body. */
export function rehypeFrenchTypography() {
  return (tree: Root) => {
    visitParents(tree, (node, ancestors) => {
      if (
        ancestors.some((ancestor) => ancestor.type === "element" && verbatim.has(ancestor.tagName))
      )
        return;
      if (node.type === "text") node.value = typesetFrench(node.value);
      // Captions and titles given to the site's components are text for readers too.
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        for (const attribute of node.attributes) {
          if (
            attribute.type === "mdxJsxAttribute" &&
            ["caption", "title"].includes(attribute.name) &&
            typeof attribute.value === "string"
          ) {
            attribute.value = typesetFrench(attribute.value);
          }
        }
      }
    });
  };
}
