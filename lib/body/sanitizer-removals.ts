import type { Element, Nodes, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { find, html } from "property-information";
import { visit } from "unist-util-visit";
import { markdownSanitizeSchema } from "./html-policy";

const marker = "dataContentCheck";

/**
 * What rehype-sanitize would remove from an `.md` article when it renders: it runs the same
 * sanitizer on a marked copy of the tree and compares. Elements already reported as errors
 * (`skip`) are left out.
 */
export function sanitizerRemovals(
  tree: Root,
  skip: ReadonlySet<Nodes>,
): { node: Element; message: string }[] {
  const elements: Element[] = [];
  const marked = structuredClone(tree);
  // Same order of visit on the tree and its copy: the n-th element of one is the n-th of the other.
  visit(tree, "element", (node) => {
    elements.push(node);
  });
  let count = 0;
  visit(marked, "element", (node) => {
    node.properties[marker] = String(count++);
  });
  const schema = {
    ...markdownSanitizeSchema,
    attributes: {
      ...markdownSanitizeSchema.attributes,
      "*": [...(markdownSanitizeSchema.attributes?.["*"] ?? []), marker],
    },
  };
  const kept = new Map<number, Element>();
  visit(sanitize(marked, schema), "element", (node) => {
    kept.set(Number(node.properties[marker]), node);
  });

  const removals: { node: Element; message: string }[] = [];
  elements.forEach((node, index) => {
    if (skip.has(node) || !node.position) return;
    const after = kept.get(index);
    if (!after) {
      removals.push({
        node,
        message: `<${node.tagName}> is removed when the page is rendered (its text stays): use Markdown for it, or remove the tag`,
      });
      return;
    }
    for (const name of Object.keys(node.properties)) {
      if (name in after.properties) continue;
      const attribute = find(html, name).attribute;
      removals.push({
        node,
        message: `attribute ${attribute}="…" of <${node.tagName}> is removed when the page is rendered: remove it`,
      });
    }
  });
  return removals;
}
