import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";

// Every HTML page the builds write is valid HTML (html-validate's "standard" rules: content
// models, nesting, required and duplicate attributes, unique ids…): the static export holds
// every page of the site, the preview build the drafts and placeholders, the catalogue build
// (npm run build:catalogue) the imported posts. The Node builds prerender the same documents.

const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
const builds = ["out", "out-preview", ".catalogue/out"];

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesUnder(file);
    return entry.name.endsWith(".html") ? [file] : [];
  });
}

for (const build of builds) {
  test(`every page of ${build}/ is valid HTML`, async () => {
    const files = htmlFilesUnder(path.join(process.cwd(), build));
    expect(files.length, `${build}/ holds no HTML page: build it first`).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const { messages } of report.results) {
        for (const { line, column, message, ruleId } of messages) {
          problems.push(
            `${path.relative(process.cwd(), file)}:${line}:${column} ${message} (${ruleId})`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
