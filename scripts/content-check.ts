// `npm run content:check`: validates everything in content/ and prints one line per problem,
// compiler style, then a summary. Exit status 1 when there is any error. The build runs it first.
import { styleText } from "node:util";
import { loadContent } from "@/lib/content/load";
import { formatProblem, type ContentProblem } from "@/lib/content/problem";

const colour = process.stdout.isTTY && !process.env.CI && !process.env.NO_COLOR;

function paint(problem: ContentProblem): string {
  const line = formatProblem(problem);
  if (!colour) return line;
  const label = `${problem.severity}:`;
  const style = problem.severity === "error" ? "red" : "yellow";
  return line.replace(label, styleText(["bold", style], label));
}

const { problems, articles } = await loadContent(process.cwd());
for (const problem of problems) console.log(paint(problem));

const count = (severity: ContentProblem["severity"]) =>
  problems.filter((problem) => problem.severity === severity).length;
const errors = count("error");
const warnings = count("warning");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
console.log(
  `content:check: ${plural(articles.length, "article")} checked, ${plural(errors, "error")}, ${plural(warnings, "warning")}`,
);
process.exit(errors > 0 ? 1 : 0);
