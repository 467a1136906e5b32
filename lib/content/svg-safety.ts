import { readFile } from "node:fs/promises";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import type { ContentProblem } from "./problem";

// An SVG is served as a file and shown with <img>, where it cannot run code; opened on its own
// (the figure zoom links to it) it could. So an SVG that holds code is refused, at its line.

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** The problems of an SVG file that holds a script, an event handler or a foreignObject. */
export async function svgProblems(source: string, file: string): Promise<ContentProblem[]> {
  const text = await readFile(source, "utf8");
  const problems: ContentProblem[] = [];
  const at = (element: Element, attribute?: string) => {
    const location = element.sourceCodeLocation;
    const place = (attribute && location?.attrs?.[attribute]) || location?.startTag || location;
    return { file, line: place?.startLine, column: place?.startCol };
  };
  const visit = (node: Node) => {
    if (!("tagName" in node)) return;
    const name = node.tagName.toLowerCase();
    if (name === "script" || name === "foreignobject") {
      problems.push({
        ...at(node),
        severity: "error",
        message: `<${node.tagName}> in an SVG image is not allowed (${name === "script" ? "it runs code" : "it embeds HTML that can run code"} when the image is opened): export the image again without it`,
      });
    }
    for (const attribute of node.attrs) {
      const javascript = /^\s*javascript:/i.test(attribute.value) && /href$/i.test(attribute.name);
      if (/^on/i.test(attribute.name) || javascript) {
        problems.push({
          ...at(node, attribute.name),
          severity: "error",
          message: `${javascript ? "javascript: link" : `event attribute "${attribute.name}"`} on <${node.tagName}> in an SVG image is not allowed (it runs code when the image is opened): export the image again without it`,
        });
      }
    }
    const children = node.tagName === "template" ? [] : node.childNodes;
    children.forEach(visit);
  };
  parseFragment(text, { sourceCodeLocationInfo: true }).childNodes.forEach(visit);
  return problems;
}
