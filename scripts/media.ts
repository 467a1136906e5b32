// Writes every article image and its responsive variants (lib/media.ts) to public/media/, before
// `next build`: `next start` serves them as files and a static export copies them into out/, so
// both hosting modes serve the same bytes. Files, not prerendered routes: a route per variant
// cost Next.js a route invocation each (23 per article). Encodings come from the build cache, so
// a rebuild only writes the files that changed. public/media/ is generated, so git ignores it.
//
// `--article <folder>`: the images of that folder's images/ instead of the site's, into
// ./public/media/ of the working directory (bench/images.mjs runs the step on photos this way).
import path from "node:path";
import { getArticleImages, type ContentImage } from "@/lib/content";
import { readArticleImages } from "@/lib/content/images";
import { writeMediaFiles } from "@/lib/media-files";

async function images(): Promise<ContentImage[]> {
  const at = process.argv.indexOf("--article");
  if (at === -1) return getArticleImages();
  const folder = path.resolve(process.argv[at + 1] ?? ".");
  const { images, unreadable } = await readArticleImages(folder, path.basename(folder));
  if (unreadable.length) throw new Error(`${folder}/images/: cannot read ${unreadable.join(", ")}`);
  return [...images.values()];
}

async function main() {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { files, written, removed } = await writeMediaFiles(
    await images(),
    path.join(process.cwd(), "public"),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
  console.log(
    `media: ${files} image files in public/media/ (${written} written, ${removed} removed) in ${seconds} s, ${cpuSeconds} s of CPU`,
  );
}

main().catch((error: unknown) => {
  console.error(`media: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
