import { createProcessor } from "@mdx-js/mdx";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import type { ContentImage } from "./images";
import type { ContentProblem } from "./problem";

/** The components an `.mdx` article may use; components/mdx maps each of them. */
export const mdxComponentNames = ["Callout", "Figure"] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

type BodyInput = {
  file: string;
  format: "mdx" | "md";
  body: string;
  bodyLine: number;
  images: ReadonlyMap<string, ContentImage>;
  missingImageMessage: (reference: string) => string;
};

/**
 * Pads the body with the frontmatter's lines, so that every position the Markdown and MDX
 * parsers report is a true line of the file.
 */
export function bodyWithFileLines(body: string, bodyLine: number): string {
  return "\n".repeat(bodyLine - 1) + body;
}

/** Parses an article body and reports what would fail or be lost when it renders. */
export function checkBody(input: BodyInput): ContentProblem[] {
  const { file, format } = input;
  const problems: ContentProblem[] = [];
  const processor = createProcessor({ format, remarkPlugins: [remarkGfm] });
  const vfile = new VFile({ path: file, value: bodyWithFileLines(input.body, input.bodyLine) });
  let tree: Root;
  try {
    tree = processor.parse(vfile);
  } catch (error) {
    const { line, column, reason } = describeError(error);
    return [{ file, line, column, severity: "error", message: `${format.toUpperCase()} syntax: ${reason}` }];
  }

  const report = (node: { position?: { start: { line: number; column: number } } }, message: string) =>
    problems.push({
      file,
      line: node.position?.start.line,
      column: node.position?.start.column,
      severity: "error",
      message,
    });
  const checkImage = (node: Parameters<typeof report>[0], src: string) => {
    if (!input.images.has(src)) report(node, input.missingImageMessage(src));
  };

  visit(tree, (node) => {
    switch (node.type) {
      case "image":
        checkImage(node, node.url);
        break;
      case "mdxjsEsm":
        report(node, "imports and exports are not allowed in articles: remove this line");
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report(
          node,
          "JavaScript expressions are not allowed in articles (they would be dropped): remove the {…}, or write \\{ to show a brace",
        );
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (/^[A-Z]/.test(name) && !(mdxComponentNames as readonly string[]).includes(name)) {
          report(node, `unknown component <${name}> (known: ${mdxComponentNames.map((known) => `<${known}>`).join(", ")})`);
        }
        if (name === "Figure") {
          const src = node.attributes.find((attribute) => "name" in attribute && attribute.name === "src");
          if (typeof src?.value === "string") checkImage(node, src.value);
          else report(node, '<Figure> needs src="images/<file>"');
        }
        break;
      }
    }
  });
  return problems;
}

/** Where a parser error points; micromark errors at the end of a file only say it in the text. */
function describeError(error: unknown): { line?: number; column?: number; reason: string } {
  const reason = error instanceof Error ? ((error as { reason?: string }).reason ?? error.message) : String(error);
  const point = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
  const line = error && typeof error === "object" && "line" in error && typeof error.line === "number" ? error.line : undefined;
  const column = error && typeof error === "object" && "column" in error && typeof error.column === "number" ? error.column : undefined;
  return {
    line: line ?? (point ? Number(point[1]) : undefined),
    column: column ?? (point ? Number(point[2]) : undefined),
    reason: point ? reason.slice(0, point.index) : reason,
  };
}
