// `node bench/image-candidates.mjs <folder> [--count 8] [--only <text>]`: the encoder settings lib/media.ts could
// use, each measured on the same photos at each srcset width: encoding time (one libvips thread,
// so that figures add up across the two workers of scripts/media.ts), bytes, and SSIM at the
// displayed size (bench/image-quality.mjs). The choice in lib/media.ts comes from this table.
// --only keeps the candidates whose name contains <text>.
import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { similarity } from "./image-quality.mjs";

const widths = [480, 800, 1200, 1600];
const candidates = [
  ["avif q55 effort 4 (old)", "avif", { quality: 55, effort: 4 }],
  ["avif q55 effort 3", "avif", { quality: 55, effort: 3 }],
  ["avif q55 effort 2", "avif", { quality: 55, effort: 2 }],
  ["avif q55 effort 1", "avif", { quality: 55, effort: 1 }],
  ["avif q55 effort 0", "avif", { quality: 55, effort: 0 }],
  ["avif q56 effort 0", "avif", { quality: 56, effort: 0 }],
  ["avif q57 effort 0", "avif", { quality: 57, effort: 0 }],
  ["avif q58 effort 0", "avif", { quality: 58, effort: 0 }],
  ["avif q60 effort 0", "avif", { quality: 60, effort: 0 }],
  ["avif q60 effort 2", "avif", { quality: 60, effort: 2 }],
  ["avif q50 effort 2", "avif", { quality: 50, effort: 2 }],
  ["webp q75 effort 4 (old)", "webp", { quality: 75 }],
  ["webp q75 effort 2", "webp", { quality: 75, effort: 2 }],
  ["jpeg q75 mozjpeg (old)", "jpeg", { quality: 75, progressive: true, mozjpeg: true }],
  ["jpeg q75 progressive", "jpeg", { quality: 75, progressive: true }],
  ["jpeg q70 progressive", "jpeg", { quality: 70, progressive: true }],
  ["jpeg q80 progressive", "jpeg", { quality: 80, progressive: true }],
];

const args = process.argv.slice(2);
const folder = args[0];
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(option("--count") ?? 8);
const only = option("--only") ?? "";
if (!folder) {
  console.error("usage: node bench/image-candidates.mjs <folder> [--count 8] [--only <text>]");
  process.exit(2);
}
sharp.concurrency(1);
const names = (await readdir(folder)).filter((name) => /\.(jpe?g|png|webp)$/i.test(name)).sort();
// Half real photos, half generated ones, when the folder holds both (bench/photo-set.mjs).
const photos = [
  ...names.filter((name) => name.startsWith("photo-")).slice(0, count / 2),
  ...names.filter((name) => !name.startsWith("photo-")),
]
  .slice(0, count)
  .map((name) => path.join(folder, name));

// Decoding and resizing alone, which every candidate pays too.
let resizeMs = 0;
for (const photo of photos) {
  for (const width of widths) {
    const started = performance.now();
    await sharp(photo).resize({ width }).raw().toBuffer();
    resizeMs += performance.now() - started;
  }
}
console.log(
  `${photos.length} photos; decode + resize to ${widths.join("/")}: ${(resizeMs / photos.length).toFixed(0)} ms per photo`,
);
console.log(
  [
    "candidate",
    "ms/photo",
    ...widths.map((w) => `KB@${w}`),
    ...widths.map((w) => `SSIM@${w}`),
  ].join("\t"),
);
for (const [name, format, options] of candidates.filter(([name]) => name.includes(only))) {
  let ms = 0;
  const bytes = widths.map(() => 0);
  const scores = widths.map(() => 0);
  for (const photo of photos) {
    for (const [index, width] of widths.entries()) {
      const started = performance.now();
      const encoded = await sharp(photo).resize({ width }).toFormat(format, options).toBuffer();
      ms += performance.now() - started;
      bytes[index] += encoded.length;
      scores[index] += await similarity(photo, encoded);
    }
  }
  console.log(
    [
      name,
      (ms / photos.length).toFixed(0),
      ...bytes.map((total) => (total / photos.length / 1024).toFixed(1)),
      ...scores.map((total) => (total / photos.length).toFixed(4)),
    ].join("\t"),
  );
}
