import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { forbiddenInYamlValues } from "./forbidden-characters";
import type { ContentProblem } from "./problem";

export type YamlPath = readonly PropertyKey[];

export type ParsedYaml = {
  data: unknown;
  problems: ContentProblem[];
  /** Line and column (1-based, in the whole file) of the value at `path`, or of its nearest parent. */
  positionOf: (path: YamlPath) => { line: number; column: number };
};

/**
 * Parses YAML with the 1.2 core schema: dates stay strings (so `2020-13-45` cannot become a
 * real date by rollover), duplicate keys are errors, and every node keeps its position.
 * `firstLine` is the file line where `source` starts (frontmatter starts after `---`).
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { schema: "core", uniqueKeys: true, lineCounter });
  const toFile = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file,
    ...toFile(error.pos[0]),
    severity: "error",
    message: yamlMessage(error.code, error.message),
  }));
  problems.push(...forbiddenInYamlValues(document, source, file, toFile));
  return {
    data: problems.length > 0 ? undefined : document.toJS(),
    problems,
    positionOf: (path) => toFile(offsetOf(document, path)),
  };
}

function offsetOf(document: Document, path: YamlPath): number {
  // Walk up from the full path until a node exists; point at a map entry's key, the line an
  // author looks for.
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    if (isSeq(parent) && typeof key === "number") {
      const item = parent.items[key];
      if ((isScalar(item) || isMap(item) || isSeq(item)) && item.range) return item.range[0];
    }
  }
  return document.contents?.range?.[0] ?? 0;
}

function yamlMessage(code: string, message: string): string {
  const firstLine = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
  if (code === "DUPLICATE_KEY") return `${firstLine}: remove one of the two entries`;
  // The parser notices an unclosed quote where the file or the block ends, not where it opened.
  if (code === "MISSING_CHAR" && /quote/.test(firstLine)) {
    return `invalid YAML: ${firstLine}: a quoted value above this line is never closed`;
  }
  return `invalid YAML: ${firstLine}`;
}
