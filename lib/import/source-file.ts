import { readFile } from "node:fs/promises";
import { splitArticle } from "@/lib/content/frontmatter";
import type { ImportProblem } from "./types";

export type SourceFile = {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number };
};

/**
 * Reads a Markdown/MDX file of the source and splits its YAML frontmatter from its body, with
 * the content layer's own splitter: a `---js` block is refused, never evaluated.
 */
export async function readSourceFile(
  absolute: string,
  file: string,
): Promise<{ source?: SourceFile; problems: ImportProblem[] }> {
  const text = await readFile(absolute, "utf8");
  const split = splitArticle(text, file);
  if (split.problems.length > 0) {
    return { problems: split.problems.map(({ line, message }) => ({ file, line, message })) };
  }
  if (!isRecord(split.data)) {
    return {
      problems: [
        { file, line: 1, message: "the frontmatter must be YAML fields such as `title: …`" },
      ],
    };
  }
  return {
    source: {
      data: split.data,
      body: split.body,
      bodyLine: split.bodyLine,
      positionOf: split.positionOf,
    },
    problems: [],
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
