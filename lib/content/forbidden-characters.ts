import { isScalar, visit, type Document } from "yaml";
import { forbiddenCharacter } from "@/lib/xml-safe-text";
import type { ContentProblem } from "./problem";

// Control characters (ESC, backspace, bell: terminal output pasted with its colours), lone
// surrogates and noncharacters cannot go into a feed or a sitemap (XML 1.0) and show as
// nothing or as boxes on a page: the check refuses them wherever they are, written raw in a file
// or as a YAML escape such as "\e" or "\uD800".

/** What the character is, and how to fix it. */
function forbiddenMessage(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const what =
    code <= 0x9f
      ? "a control character (terminal output pasted with its colour codes holds ESC, U+001B)"
      : code >= 0xd800 && code <= 0xdfff
        ? "half of a character (a lone surrogate)"
        : "a noncharacter";
  return `U+${hex} is ${what}, which feeds and the sitemap (XML) cannot carry: delete it, or retype the text around it as plain text`;
}

/** Every forbidden character written in a file's text, at its line and column. */
export function forbiddenCharacters(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    lineStarts.push(index + 1);
  }
  for (const match of text.matchAll(forbiddenCharacter)) {
    const line = lineStarts.findLastIndex((start) => start <= match.index);
    const column = match.index - (lineStarts[line] ?? 0) + 1;
    problems.push({ file, line: line + 1, column, severity: "error", message: forbiddenMessage(match[0]) });
  }
  return problems;
}

/**
 * Forbidden characters that a YAML escape ("\e", "\x07", "\uD800") puts into a value, at the
 * value: the file's text holds only the escape, which the check above cannot see.
 */
export function forbiddenInYamlValues(
  document: Document,
  source: string,
  file: string,
  position: (offset: number) => { line: number; column: number },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== "string") return;
      const character = node.value.match(new RegExp(forbiddenCharacter.source, "u"))?.[0];
      const [start = 0, end = start] = node.range ?? [];
      if (!character || source.slice(start, end).includes(character)) return;
      const at = position(start);
      problems.push({ file, ...at, severity: "error", message: forbiddenMessage(character) });
    },
  });
  return problems;
}
