// `npm run build:catalogue`: the imported-catalogue site the browser suite checks
// (e2e/imported-catalogue.spec.ts), built beside the main build without touching it.
//   1. .catalogue/content/: our own articles of tests/fixtures/catalogue-site/ (a series of
//      three parts, a category and an author with two pages of articles), then both fixture
//      catalogues of tests/fixtures/import/ through the importer, as `npm run content:import`
//      imports them. .catalogue/imported.json lists each imported post: source, output, URL.
//   2. `npm run content:check` on it: any error stops here.
//   3. `npm run build` and `npm run build:static` with CONTENT_ROOT=.catalogue; their outputs
//      move to .catalogue/node/ (.next/ and public/, served by scripts/server.mjs run there) and
//      .catalogue/out/, with .catalogue/serve.json (its _redirects for `serve`). The main
//      build's .next/, out/ and public/ wait in .catalogue/stash/ and come back afterwards,
//      whatever happens.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parseRedirectsFile } from "@/lib/build/static-export";
import { importCatalogue } from "@/lib/import/run";
import { reportLines } from "@/lib/import/summary";
import { paths } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";

const root = ".catalogue";
const stash = path.join(root, "stash");
const mainOutputs = [".next", "out", "public"];
const sources = ["tests/fixtures/import/astro", "tests/fixtures/import/wordpress"];

/** One imported post, for the spec: where it came from, where it went, where it is served. */
export type ImportedPost = { source: string; output: string; path: string };

function run(command: string, args: string[], options: { cwd?: string } = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd: options.cwd,
    env: { ...process.env, CONTENT_ROOT: path.resolve(root), NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build:catalogue: ${args.join(" ")} in ${seconds} s`);
}

function move(from: string, to: string) {
  if (!existsSync(from)) return;
  mkdirSync(path.dirname(to), { recursive: true });
  renameSync(from, to);
}

async function importAll(): Promise<ImportedPost[]> {
  rmSync(path.join(root, "content"), { recursive: true, force: true });
  cpSync("tests/fixtures/catalogue-site/content", path.join(root, "content"), { recursive: true });
  const imported: ImportedPost[] = [];
  for (const source of sources) {
    const report = await importCatalogue({
      source: path.resolve(source),
      out: path.resolve(root),
      force: false,
    });
    for (const line of reportLines(report)) console.log(line);
    if (report.skipped.length > 0) throw new Error(`${source}: some posts were not imported`);
    for (const post of report.imported) {
      const output = path.join(root, post.output);
      const { data } = matter(readFileSync(output, "utf8"));
      const locale = path.basename(output).replace(/\.mdx?$/, "") as Locale;
      const slug = (data.slug as string | undefined) ?? path.basename(path.dirname(output));
      imported.push({
        source: path.join(source, post.file),
        output,
        path: paths.article(locale, slug),
      });
    }
  }
  writeFileSync(path.join(root, "imported.json"), `${JSON.stringify(imported, null, 2)}\n`);
  return imported;
}

/**
 * The export's _redirects as `serve`'s own redirect list (.catalogue/serve.json), so that the
 * catalogue-static project is a static host that honours _redirects, as Netlify or Cloudflare
 * Pages do: its old URLs answer real 301s. The plain-host projects on out/ keep no such rules.
 */
function writeServeRedirects() {
  const file = path.join(root, "out", "_redirects");
  const redirects = parseRedirectsFile(readFileSync(file, "utf8"), file)
    .filter(({ from, status }) => from.startsWith("/") && [301, 302, 307, 308].includes(status))
    .map(({ from, to, status }) => ({ source: from, destination: to, type: status }));
  writeFileSync(path.join(root, "serve.json"), `${JSON.stringify({ redirects }, null, 2)}\n`);
}

async function main() {
  if (existsSync(stash)) {
    throw new Error(`${stash}/ holds the main build from an interrupted run: move it back first`);
  }
  const imported = await importAll();
  console.log(`build:catalogue: ${imported.length} imported posts in ${root}/imported.json`);
  run("npx", ["tsx", "--tsconfig", "../tsconfig.json", "../scripts/content-check.ts"], {
    cwd: root,
  });

  for (const output of mainOutputs) move(output, path.join(stash, output));
  try {
    // The catalogue's own build cache (image encodings, compiled bodies) is kept between runs.
    move(path.join(root, "next-cache"), ".next/cache");
    rmSync(path.join(root, "node"), { recursive: true, force: true });
    run("npm", ["run", "--silent", "build"]);
    move(".next", path.join(root, "node", ".next"));
    move("public", path.join(root, "node", "public"));
    // scripts/server.mjs, run in .catalogue/node, reads the site's config from there.
    writeFileSync(
      path.join(root, "node", "next.config.js"),
      'export { default } from "../../next.config.js";\n',
    );
    move(path.join(root, "node", ".next", "cache"), ".next/cache");

    rmSync(path.join(root, "out"), { recursive: true, force: true });
    run("npm", ["run", "--silent", "build:static"]);
    move("out", path.join(root, "out"));
    writeServeRedirects();
    move(".next/cache", path.join(root, "next-cache"));
  } finally {
    for (const output of mainOutputs) {
      rmSync(output, { recursive: true, force: true });
      move(path.join(stash, output), output);
    }
    rmSync(stash, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`build:catalogue: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
