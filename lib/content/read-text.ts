import { readFile } from "node:fs/promises";
import type { ContentProblem } from "./problem";
import { damagedText, decodeUtf8 } from "./text-damage";

/** Reads a content file as UTF-8 and reports damaged text anywhere in it. */
export async function readCheckedText(absolute: string, file: string, problems: ContentProblem[]) {
  const { text, problem } = decodeUtf8(await readFile(absolute), file);
  if (problem) problems.push(problem);
  else problems.push(...damagedText(text.replace(/^\uFEFF/, ""), file));
  return text;
}

/** Reads one content file (absolute path) and names it (relative path) in messages. */
export type ReadText = (absolute: string, file: string) => Promise<string>;
