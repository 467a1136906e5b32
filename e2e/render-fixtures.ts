// Prints, as JSON, the bodies of tests/fixtures/render/ rendered as the article page renders
// them (the real pipeline: lib/body/compile.ts and the element map, through react-dom/server).
// e2e/rendering.spec.ts runs it with tsx and shows the result inside a real article page.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { renderArticleBody } from "@/components/mdx/article-body";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot, readFixture } from "@/tests/content-fixture";

const folder = path.join(import.meta.dirname, "../tests/fixtures/render");
const files: Record<string, string> = {};
for (const name of await readdir(folder)) {
  const [base = "", extension = ""] = name.split(".");
  files[`render-${base}/fr.${extension}`] = await readFixture(`render/${name}`);
}
const { articles, problems } = await checkContent(await makeContentRoot(files));
const errors = problems.filter((problem) => problem.severity === "error");
if (errors.length) throw new Error(errors.map(formatProblem).join("\n"));

const bodies: Record<string, string> = {};
for (const article of articles.filter((candidate) => candidate.slug.startsWith("render-"))) {
  bodies[article.slug] = renderToStaticMarkup((await renderArticleBody(article)).content);
}
process.stdout.write(JSON.stringify(bodies));
