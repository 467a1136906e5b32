// Builds the static search index with Pagefind after `next build`, from the prerendered HTML:
//   next start       .next/server/app/**/*.html  →  public/pagefind/  (served as a static file)
//   static export    out/**/*.html               →  out/pagefind/     (NEXT_OUTPUT=export)
// Only the article pages are indexed (their <article data-pagefind-body>), one index per
// language from <html lang>. public/pagefind/ is generated, so git ignores it.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import * as pagefind from "pagefind";

const exported = process.env.NEXT_OUTPUT === "export";
const siteDir = exported ? "out" : ".next/server/app";
const outputPath = exported ? "out/pagefind" : "public/pagefind";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The page's URL: its path without ".html" (and without "index"), as Next serves it. */
function urlOf(file: string): string {
  const relative = path.relative(siteDir, file).split(path.sep).join("/");
  return `/${relative.replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`;
}

function fail(message: string): never {
  console.error(`search index: ${message}`);
  process.exit(1);
}

const files = (await htmlFiles(siteDir).catch(() => [])).filter(
  // Next's own error pages are not part of the site's content.
  (file) =>
    !path
      .relative(siteDir, file)
      .split(path.sep)
      .some((part) => part.startsWith("_")),
);
if (files.length === 0) fail(`no HTML in ${siteDir}: run the build first`);

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(errors.join("\n"));
let pages = 0;
// Pagefind's binary indexes a page while the next ones are sent, several in flight, but always
// sent in file order: its output depends on the order pages arrive. Read 64 at a time, so that
// memory does not grow with the site.
for (let at = 0; at < files.length; at += 64) {
  const batch = files.slice(at, at + 64);
  const contents = await Promise.all(batch.map((file) => readFile(file, "utf8")));
  await pMap(
    batch,
    async (file, position) => {
      const content = contents[position]!;
      // Listing pages repeat the articles' excerpts: only the articles themselves are results.
      if (!content.includes("data-pagefind-body")) return;
      const added = await index.addHTMLFile({ url: urlOf(file), content });
      if (added.errors.length > 0) fail(`${file}: ${added.errors.join("; ")}`);
      pages += 1;
    },
    { concurrency: 8 },
  );
}
await rm(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) fail(written.errors.join("\n"));
await pagefind.close();
console.log(`search index: ${pages} article(s) from ${siteDir} → ${outputPath}/`);
