import { mkdir, readFile, readdir, rm, rmdir, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ContentImage } from "@/lib/content";
import { encodeVariants, imageVariants, mediaUrl, type ImageVariant } from "@/lib/media";

// The files of public/media/ (scripts/media.ts): every image of the site and its variants.

export type MediaReport = {
  /** Files the site serves. */
  files: number;
  /** Of those, the files written this time; the others already held the same bytes. */
  written: number;
  /** Files of removed images or articles, deleted. */
  removed: number;
};

/** Writes `bytes` to `file` unless it holds them already, so a rebuild rewrites nothing. */
async function writeIfChanged(file: string, bytes: Buffer): Promise<boolean> {
  const size = await stat(file).then(
    (stats) => stats.size,
    () => -1,
  );
  if (size === bytes.length && (await readFile(file)).equals(bytes)) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return true;
}

/** Deletes the files under `dir` that are not in `keep`, then the folders left empty. */
async function removeOthers(dir: string, keep: Set<string>): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory() || keep.has(file)) continue;
    await rm(file, { force: true });
    removed++;
  }
  for (const entry of entries.filter((entry) => entry.isDirectory()).reverse()) {
    await rmdir(path.join(entry.parentPath, entry.name)).catch(() => undefined);
  }
  return removed;
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
  const removed = await removeOthers(
    path.join(publicDir, "media"),
    new Set(variants.flat().map(fileOf)),
  );
  let written = 0;
  const write = async ([original, ...resized]: ImageVariant[]) => {
    const contents = [
      await readFile(original!.image.source),
      ...(await encodeVariants(original!.image, resized)),
    ];
    for (const [index, variant] of [original!, ...resized].entries()) {
      if (await writeIfChanged(fileOf(variant), contents[index]!)) written++;
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < variants.length) await write(variants[next++]!);
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
  return { files: variants.flat().length, written, removed };
}
