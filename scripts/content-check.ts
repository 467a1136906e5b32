// `npm run content:check`: validates everything in content/ (under CONTENT_ROOT when it is set)
// and prints one line per problem, compiler style, then a summary. Exit status 1 when there is
// any error; warnings alone pass. The build runs it first; the later steps of the build find
// its result in the build cache (lib/content/snapshot.ts), or check again what changed since.
import { fork } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { styleText } from "node:util";
import {
  checkFoldersFromEnd,
  contentRoot,
  formatProblem,
  loadContent,
  type ContentProblem,
} from "@/lib/content";

// With `--from-end`, this is the second process of a check: it checks the bodies from the last
// folder back, into the build cache, and prints nothing (checkFoldersFromEnd).
if (process.argv.includes("--from-end")) {
  await checkFoldersFromEnd(contentRoot());
  process.exit(0);
}

// Colour on a terminal; plain text in CI logs, in pipes and when NO_COLOR is set (no-color.org).
const colour =
  Boolean(process.stdout.isTTY) &&
  !process.env.CI &&
  !process.env.NO_COLOR &&
  process.env.TERM !== "dumb";
const paint = (style: Parameters<typeof styleText>[0], text: string) =>
  colour ? styleText(style, text, { validateStream: false }) : text;

function line(problem: ContentProblem): string {
  const text = formatProblem(problem);
  const label = `${problem.severity}:`;
  const at = text.indexOf(`: ${label}`);
  return (
    paint("bold", text.slice(0, at + 1)) +
    " " +
    paint(["bold", problem.severity === "error" ? "red" : "yellow"], label) +
    text.slice(at + 2 + label.length)
  );
}

// On a machine with two cores or more, a second process checks a large catalogue from the other
// end. It is stopped when this one is done: from the build cache, or once the two have met.
// Measured on 2 cores (docs/benchmarks.md, "Build scaling, fifth pass"): 30.2 → 27.7 s at
// 1,000 articles; at 100, starting it cost more than it saved (6.8 → 9.0 s).
const fromEndFrom = 200;
let folders = 0;
try {
  folders = readdirSync(path.join(contentRoot(), "content", "blog")).length;
} catch {
  // No content/blog: the check says so.
}
const fromEnd =
  availableParallelism() > 1 && folders >= fromEndFrom
    ? fork(fileURLToPath(import.meta.url), ["--from-end"], { stdio: "ignore" })
    : undefined;

try {
  const { problems, articles, files } = await loadContent(contentRoot());
  for (const problem of problems) console.log(line(problem));

  const count = (severity: ContentProblem["severity"]) =>
    problems.filter((problem) => problem.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `content:check: ${plural(files.length, "file")} checked (${plural(articles.length, "valid article")}), ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  console.log(
    errors > 0
      ? paint(["bold", "red"], summary)
      : paint(errors + warnings > 0 ? "yellow" : "green", summary),
  );
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  // A bug in the checker, not in content: say so, with the stack that helps fix it.
  console.error("content:check crashed (this is a bug in lib/content, not in your article):");
  console.error(error);
  process.exitCode = 2;
} finally {
  fromEnd?.kill();
}
