// `npm run content:import -- <folder> [--out <project>] [--force]`: imports an Astro project or
// a folder of WordPress-export Markdown into content/, prints each change at its source line and
// a summary. Exit status 1 when any post could not be imported.
import path from "node:path";
import { parseArgs } from "node:util";
import { importCatalogue } from "@/lib/import/run";
import { reportLines } from "@/lib/import/summary";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, force: { type: "boolean", default: false } },
});
const [source] = positionals;
if (!source || positionals.length > 1) {
  console.error(
    "content:import: give the folder to import: npm run content:import -- <folder> [--out <project>] [--force]",
  );
  process.exit(2);
}
try {
  const report = await importCatalogue({
    source: path.resolve(source),
    out: path.resolve(values.out ?? process.cwd()),
    force: values.force ?? false,
  });
  for (const line of reportLines(report)) console.log(line);
  process.exitCode = report.skipped.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`content:import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
