import { createProcessor } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { bodyWithFileLines, remarkPlugins } from "@/lib/body/processor";
import { syntaxProblem } from "@/lib/body/mdx-syntax";

/**
 * Why a body does not parse as MDX (with its file line), as the content check says it, or
 * undefined when it does. A .md post that needs a component becomes .mdx only if it parses.
 */
export function mdxSyntaxError(
  body: string,
  bodyLine: number,
  file: string,
): { line: number; message: string } | undefined {
  try {
    createProcessor({ format: "mdx", remarkPlugins }).parse(
      new VFile({ path: file, value: bodyWithFileLines(body, bodyLine) }),
    );
    return undefined;
  } catch (error) {
    const problem = syntaxProblem(error, file, "mdx");
    return { line: problem.line ?? bodyLine, message: problem.message };
  }
}
