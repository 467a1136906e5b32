// A mistake found in content/, reported compiler-style: `file:line:column: error: message`.

export type Severity = "error" | "warning";

export type ContentProblem = {
  /** Path relative to the project root, e.g. `content/blog/<slug>/fr.mdx`. */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  message: string;
};

export function formatProblem(problem: ContentProblem): string {
  const position = [problem.file, problem.line, problem.line && problem.column]
    .filter(Boolean)
    .join(":");
  return `${position}: ${problem.severity}: ${problem.message}`;
}

/** Problems in file order, then line and column; problems at one place keep their order. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.file.localeCompare(b.problem.file) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** Thrown when content has errors: the build stops and prints every problem, one per line. */
export class ContentError extends Error {
  declare readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    super(
      `${errors.length} content error${errors.length === 1 ? "" : "s"}:\n` +
        errors.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    // Not enumerable, so that Node prints the lines above rather than this list as an object.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
    // A content mistake is the author's to fix, not a bug: the lines are the whole story, and
    // a stack trace would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}
