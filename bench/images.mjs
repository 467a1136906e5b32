// `node bench/images.mjs <folder> [--count 450] [--sample 12]`: the image step of the build
// (`npm run media`, scripts/media.ts, the same code) on <count> photos of <folder> (spread over it), as
// one article's images, from a cold cache and then again from a warm one. Prints the files
// written, the seconds, the milliseconds per photo, the bytes per format and width, and SSIM at
// the displayed size (bench/image-quality.mjs) on <sample> of the photos. bench/photo-set.mjs
// makes such a folder. `npm run bench` runs it too (measureImages).
import { mkdir, readdir, rm, stat, symlink } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root, run, scratchDir } from "./common.mjs";
import { similarity } from "./image-quality.mjs";

const tsx = path.join(root, "node_modules", ".bin", "tsx");

/** One run of scripts/media.ts in `project`, with its own summary line and wall time. */
async function mediaStep(project, article) {
  const started = performance.now();
  const output = await run(
    tsx,
    ["--tsconfig", path.join(root, "tsconfig.json"), path.join(root, "scripts", "media.ts")].concat(
      ["--article", article],
    ),
    { cwd: project },
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = output.trim().split("\n").at(-1) ?? "";
  const figure = (pattern) => Number(summary.match(pattern)?.[1] ?? NaN);
  return {
    seconds,
    summary,
    files: figure(/(\d+) image files/),
    written: figure(/(\d+) written/),
    cpuSeconds: figure(/([\d.]+) s of CPU/),
  };
}

const variantName = /^(.*)\.(\d+)w\.(\w+)$/;
/** The srcset widths of lib/media.ts; any other width is an image's own, narrower or wider. */
const srcsetWidths = ["480", "800", "1200", "1600"];
const variantKey = ([, , width, extension]) =>
  `${extension} ${srcsetWidths.includes(width) ? `${width}w` : "own width"}`;

/** Bytes of public/media/ by format and width ("original" for the copied sources). */
export async function bytesByVariant(mediaDir) {
  const totals = new Map();
  for (const name of await readdir(mediaDir)) {
    const match = name.match(variantName);
    const key = match ? variantKey(match) : "original";
    const entry = totals.get(key) ?? { files: 0, bytes: 0 };
    entry.files++;
    entry.bytes += (await stat(path.join(mediaDir, name))).size;
    totals.set(key, entry);
  }
  return [...totals]
    .map(([key, entry]) => ({ key, ...entry }))
    .sort((a, b) => a.key.localeCompare(b.key, "en", { numeric: true }));
}

/** SSIM of every variant of `photos` against its source at the variant's width, by format and width. */
export async function qualityByVariant(mediaDir, photos) {
  const names = await readdir(mediaDir);
  const scores = new Map();
  for (const photo of photos) {
    const base = path.basename(photo).replace(/\.[^.]+$/, "");
    for (const name of names) {
      const match = name.match(variantName);
      if (!match || match[1] !== base) continue;
      const key = variantKey(match);
      const score = await similarity(photo, path.join(mediaDir, name));
      scores.set(key, [...(scores.get(key) ?? []), score]);
    }
  }
  return Object.fromEntries(
    [...scores].map(([key, values]) => [
      key,
      { mean: values.reduce((a, b) => a + b, 0) / values.length, min: Math.min(...values) },
    ]),
  );
}

/** Runs the image step on `count` photos of `folder` and measures it. */
export async function measureImages(folder, { count = 450, sample = 12, log = console.log } = {}) {
  const all = (await readdir(folder))
    .filter((name) => /\.(jpe?g|png|webp|avif)$/i.test(name))
    .sort()
    .map((name) => path.resolve(folder, name));
  if (all.length < count) throw new Error(`${folder}: ${all.length} photos, ${count} asked`);
  // Fewer than the folder holds: spread over it, so that real and generated photos both count.
  const photos = Array.from(
    { length: count },
    (_, index) => all[Math.floor((index * all.length) / count)],
  );
  const project = path.join(scratchDir, "images");
  const article = path.join(project, "content", "photos");
  await rm(project, { recursive: true, force: true });
  await mkdir(path.join(article, "images"), { recursive: true });
  for (const photo of photos)
    await symlink(photo, path.join(article, "images", path.basename(photo)));

  log(`images: scripts/media.ts on ${photos.length} photos of ${folder}, cold cache`);
  const cold = await mediaStep(project, article);
  log(`  ${cold.summary}`);
  log("images: again, warm cache");
  const warm = await mediaStep(project, article);
  log(`  ${warm.summary}`);
  const mediaDir = path.join(project, "public", "media", "photos");
  const bytes = await bytesByVariant(mediaDir);
  const step = Math.max(1, Math.floor(photos.length / sample));
  const sampled = photos.filter((_, index) => index % step === 0).slice(0, sample);
  log(`images: SSIM at the displayed size on ${sampled.length} photos`);
  const quality = await qualityByVariant(mediaDir, sampled);
  return {
    photos: photos.length,
    cold: { ...cold, msPerPhoto: (cold.seconds * 1000) / photos.length },
    warm,
    bytes,
    quality,
    sampled: sampled.length,
  };
}

/** The figures as a Markdown table, one row per format and width. */
export function imagesTable(result) {
  const rows = result.bytes.map(({ key, files, bytes }) => {
    const score = result.quality[key];
    return `| ${key} | ${files} | ${(bytes / files / 1024).toFixed(1)} | ${(bytes / 1e6).toFixed(1)} | ${score ? `${score.mean.toFixed(4)} (min ${score.min.toFixed(4)})` : "–"} |`;
  });
  return [
    `${result.photos} photos, cold cache: ${result.cold.files} files, ${result.cold.written} written, ${result.cold.seconds.toFixed(1)} s (${result.cold.msPerPhoto.toFixed(0)} ms per photo, ${result.cold.cpuSeconds} s of CPU); warm cache: ${result.warm.written} written, ${result.warm.seconds.toFixed(1)} s`,
    "",
    "| variant | files | KiB per file | MB in all | SSIM at that width, mean (min) |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  if (!args[0] || args[0].startsWith("--")) {
    console.error("usage: node bench/images.mjs <folder> [--count 450] [--sample 12]");
    process.exit(2);
  }
  const result = await measureImages(args[0], {
    count: option("--count", 450),
    sample: option("--sample", 12),
  });
  console.log(`\n${imagesTable(result)}`);
}
