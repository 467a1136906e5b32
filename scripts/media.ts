// Writes every article image and its responsive variants (lib/media.ts) to public/media/, before
// `next build`: `next start` serves them as files and a static export copies them into out/, so
// both hosting modes serve the same bytes. Files, not prerendered routes: a route per variant
// cost Next.js a route invocation each (23 per article). Encodings come from the build cache, so
// a rebuild only writes files. public/media/ is generated, so git ignores it.
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getArticleImages } from "@/lib/content";
import { encodeVariant, imageVariants, mediaUrl, type ImageVariant } from "@/lib/media";

const publicDir = path.join(process.cwd(), "public");

async function write(variant: ImageVariant) {
  const { image, fileName } = variant;
  const file = path.join(publicDir, mediaUrl(image.slug, fileName));
  await mkdir(path.dirname(file), { recursive: true });
  if (fileName === image.fileName) await copyFile(image.source, file);
  else await writeFile(file, await encodeVariant(variant));
}

async function main() {
  const started = performance.now();
  const variants = (await getArticleImages()).flatMap(imageVariants);
  // Files of removed images or articles must not linger.
  await rm(path.join(publicDir, "media"), { recursive: true, force: true });
  let next = 0;
  const worker = async () => {
    while (next < variants.length) await write(variants[next++]!);
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`media: ${variants.length} image files → public/media/ in ${seconds} s`);
}

main().catch((error: unknown) => {
  console.error(`media: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
