import matter from "gray-matter";
import type { ContentProblem } from "./problem";
import { parseYaml, type YamlPath } from "./yaml-document";

export type SplitArticle = {
  /** Parsed YAML, or undefined when the frontmatter could not be read. */
  data: unknown;
  body: string;
  /** File line on which the body starts, so body positions can be reported in file lines. */
  bodyLine: number;
  problems: ContentProblem[];
  positionOf: (path: YamlPath) => { line: number; column: number };
};

class RefusedLanguage extends Error {}

// gray-matter only splits the file here: every language but YAML is refused (a `---js` block
// would otherwise be evaluated), and YAML is parsed by `parseYaml`, which keeps positions.
const refuse = () => {
  throw new RefusedLanguage();
};
const grayMatterOptions = {
  engines: { yaml: () => ({}), js: refuse, javascript: refuse, json: refuse, toml: refuse },
};

/** Splits an article file into its YAML frontmatter and its body. */
export function splitArticle(source: string, file: string): SplitArticle {
  // A BOM and CRLF line endings are common in files from Windows editors: neither moves a line.
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const start = { line: 1, column: 1 };
  const failed = (message: string): SplitArticle => ({
    data: undefined,
    body: "",
    bodyLine: 1,
    problems: [{ file, ...start, severity: "error", message }],
    positionOf: () => start,
  });

  if (!/^---[ \t]*\n/.test(text)) {
    const language = /^---(\S+)/.exec(text)?.[1];
    if (language) {
      return failed(
        `frontmatter in "${language}" is not accepted: write it in YAML between two "---" lines`,
      );
    }
    return failed('the file must start with YAML frontmatter between two "---" lines');
  }

  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return failed('the frontmatter is not closed: end it with a "---" line');
  }

  let split: matter.GrayMatterFile<string>;
  try {
    split = matter(text, grayMatterOptions);
  } catch (error) {
    if (error instanceof RefusedLanguage) {
      return failed('frontmatter must be YAML: write it between two "---" lines');
    }
    return failed(`the frontmatter cannot be read: ${(error as Error).message}`);
  }
  const bodyStart = text.length - split.content.length;
  const bodyLine = countLines(text.slice(0, bodyStart)) + 1;
  // `split.matter` starts right after the opening `---`, so its first line is line 1.
  const yaml = parseYaml(split.matter, file, 1);
  return { data: yaml.data, body: split.content, bodyLine, problems: yaml.problems, positionOf: yaml.positionOf };
}

function countLines(text: string): number {
  let count = 0;
  for (const character of text) if (character === "\n") count++;
  return count;
}
