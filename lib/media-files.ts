import { copyFile, link, mkdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pMap from "p-map";
import type { ContentImage } from "@/lib/content";
import { imageVariants, mediaUrl, variantFiles, type ImageVariant } from "@/lib/media";
import { removeStaleFiles } from "@/lib/stale-files";

// The files of public/media/ (scripts/media.ts): every image of the site and its variants.

export type MediaReport = {
  /** Files the site serves. */
  files: number;
  /** Of those, the files linked (or copied) this time; the others were already the same. */
  written: number;
  /** Files of removed images or articles, deleted. */
  removed: number;
};

/**
 * Makes `file` a hard link to the cache entry `entry`, unless it is one already: the variants
 * of 1,000 articles are gigabytes, and a link copies none of them. A host without hard links
 * (another volume) gets a copy. public/media/ is generated: never edit its files in place, as
 * that would change the cache entry too; remove them, and the next build links them again.
 */
async function linkIfChanged(entry: string, file: string): Promise<boolean> {
  const [current, wanted] = await Promise.all([stat(file).catch(() => undefined), stat(entry)]);
  if (current && current.ino === wanted.ino && current.dev === wanted.dev) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await rm(file, { force: true });
  await link(entry, file).catch(() => copyFile(entry, file));
  return true;
}

/**
 * Writes every image and its variants to `<publicDir>/media/`, one image per worker and as many
 * workers as the machine has cores (measured in docs/benchmarks.md, "Images").
 */
export async function writeMediaFiles(
  images: ContentImage[],
  publicDir: string,
): Promise<MediaReport> {
  const fileOf = (variant: ImageVariant) =>
    path.join(publicDir, mediaUrl(variant.image.slug, variant.fileName));
  const variants = images.map(imageVariants);
  const removed = await removeStaleFiles(
    path.join(publicDir, "media"),
    new Set(variants.flat().map(fileOf)),
  );
  let written = 0;
  const write = async (image: ImageVariant[]) => {
    const entries = await variantFiles(image);
    for (const [index, variant] of image.entries()) {
      if (await linkIfChanged(entries[index]!, fileOf(variant))) written++;
    }
  };
  await pMap(variants, write, { concurrency: os.availableParallelism() });
  return { files: variants.flat().length, written, removed };
}
