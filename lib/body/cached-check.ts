import { cachedBuildStepSync } from "@/lib/build-cache";
import { checkBody, type BodyInput, type BodyReport } from "./check-body";

/**
 * checkBody, once per body: every process that loads the content (the content check, media,
 * the Markdown copies, each `next build` worker, the search index, the hosting files) would
 * otherwise parse every article again. The report depends on the body, where it sits in its
 * file, and the names of its article's images (lib/content/images.ts reports a missing one).
 */
export function cachedCheckBody(input: BodyInput): BodyReport {
  const report = cachedBuildStepSync({
    kind: "body-checks",
    extension: "json",
    key: [
      input.file,
      input.format,
      input.bodyLine,
      input.body,
      [...input.images.keys()].join("\n"),
    ],
    compilerFiles: [
      "lib/body",
      "lib/i18n",
      "lib/content/images.ts",
      "lib/import/embeds.ts",
      "package-lock.json",
    ],
    produce: () => Buffer.from(JSON.stringify(checkBody(input))),
  });
  return JSON.parse(report.toString("utf8")) as BodyReport;
}
