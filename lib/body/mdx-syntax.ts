import type { ContentProblem } from "@/lib/content/problem";

/**
 * An MDX or Markdown parser error as one problem at its true line, with the fix for the
 * mistakes authors make most (a bare `<` or `{`, HTML comments, `<br>` left open).
 */
export function syntaxProblem(error: unknown, file: string, format: "mdx" | "md"): ContentProblem {
  const { line, column, reason } = describeError(error);
  const hint = hintFor(reason);
  return {
    file,
    line,
    column,
    severity: "error",
    message: `${format.toUpperCase()} syntax: ${reason.replace(/\.$/, "")}${hint ? `: ${hint}` : ""}`,
  };
}

function hintFor(reason: string): string | undefined {
  if (/before name, expected a character that can start a name/.test(reason)) {
    return /`!`/.test(reason)
      ? "HTML comments <!-- --> are not allowed in .mdx: remove the comment"
      : "a bare < starts a tag in MDX: write \\< to show the character";
  }
  const unclosed = /Expected a closing tag for `<([^>\s]+)/.exec(reason)?.[1];
  if (unclosed) {
    return `close it with </${unclosed}>, or end it with /> when it has no content: <${unclosed} />`;
  }
  if (/Unexpected closing tag|Unexpected lazy line/.test(reason)) {
    return "tags must be closed in the order they were opened";
  }
  if (/Could not parse expression|Unexpected end of file in expression/.test(reason)) {
    return "a bare { starts a JavaScript expression in MDX: write \\{ to show the character";
  }
  if (/after name, expected a character that can start an attribute name|`@`|`:`/.test(reason)) {
    return "links written <https://…> are not MDX: write [text](https://…)";
  }
  return undefined;
}

/** Where a parser error points; micromark errors at the end of a file only say it in the text. */
function describeError(error: unknown): { line?: number; column?: number; reason: string } {
  const reason =
    error instanceof Error
      ? ((error as { reason?: string }).reason ?? error.message)
      : String(error);
  const point = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
  const numeric = (key: string) => {
    const value = error && typeof error === "object" ? Reflect.get(error, key) : undefined;
    return typeof value === "number" ? value : undefined;
  };
  return {
    line: numeric("line") ?? (point ? Number(point[1]) : undefined),
    column: numeric("column") ?? (point ? Number(point[2]) : undefined),
    reason: point ? reason.slice(0, point.index) : reason,
  };
}
