// `node bench/photo-set.mjs <out> [--from <folder>] [--count 450]`: the photographs that
// bench/images.mjs encodes. The photos of --from (a public repository's, say) that are photos
// at all (many colours) and have at least 1 megapixel are taken first, scaled down to 3
// megapixels at most; the set is padded with generated pictures of 1–3 megapixels that
// compress like photos: blurred shapes under a fractal (1/f) texture and sensor grain, saved as
// JPEG 90. Flat drawings would flatter the encoders. Seeded: the same command writes the same set.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const minPixels = 1e6;
const maxPixels = 3e6;
/** Below this many colours at 400 px wide, a picture is a drawing or a screenshot. */
const photoColours = 20_000;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function colourCount(file) {
  const { data } = await sharp(file)
    .resize(400)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const colours = new Set();
  for (let i = 0; i < data.length; i += 3)
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  return colours.size;
}

/** The photos of `folder` with 1 megapixel or more, written as JPEGs of 3 megapixels at most. */
async function takePhotos(folder, out, count) {
  const taken = [];
  const seen = new Set();
  for (const name of (await readdir(folder)).sort()) {
    if (taken.length >= count || !/\.(jpe?g|png|webp)$/i.test(name)) continue;
    const file = path.join(folder, name);
    // The same picture in two articles counts once.
    const digest = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    if (seen.has(digest)) continue;
    seen.add(digest);
    const metadata = await sharp(file)
      .metadata()
      .catch(() => undefined);
    const pixels = (metadata?.width ?? 0) * (metadata?.height ?? 0);
    if (pixels < minPixels || (await colourCount(file)) < photoColours) continue;
    const scale = Math.min(1, Math.sqrt(maxPixels / pixels));
    const target = path.join(out, `photo-${String(taken.length).padStart(3, "0")}.jpg`);
    await sharp(file)
      .rotate()
      .resize(Math.floor(metadata.width * scale))
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 90 })
      .toFile(target);
    taken.push(target);
  }
  return taken;
}

const colour = (next) => `rgb(${[0, 1, 2].map(() => Math.floor(30 + next() * 200)).join(",")})`;

/** Random shapes with gradient fills over a graded sky: the objects of a scene. */
function shapesSvg(width, height, next, withSky) {
  const defs = [];
  const shapes = [];
  if (withSky) {
    defs.push(
      `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour(next)}"/><stop offset="1" stop-color="${colour(next)}"/></linearGradient>`,
    );
    shapes.push(`<rect width="100%" height="100%" fill="url(#sky)"/>`);
  }
  for (let i = 0; i < 3 + Math.floor(next() * 8); i++) {
    defs.push(
      `<linearGradient id="g${i}" x1="${next()}" y1="${next()}" x2="${next()}" y2="${next()}"><stop offset="0" stop-color="${colour(next)}"/><stop offset="1" stop-color="${colour(next)}"/></linearGradient>`,
    );
    const x = next() * width;
    const y = next() * height;
    const size = (0.05 + next() * 0.3) * width;
    const shape =
      next() < 0.5
        ? `<ellipse cx="${x}" cy="${y}" rx="${size}" ry="${size * (0.3 + next())}"`
        : `<polygon points="${Array.from({ length: 3 + Math.floor(next() * 4) }, () => `${x + (next() - 0.5) * 2 * size},${y + (next() - 0.5) * 2 * size}`).join(" ")}"`;
    shapes.push(`${shape} fill="url(#g${i})" opacity="${0.6 + next() * 0.4}"/>`);
  }
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>${defs.join("")}</defs>${shapes.join("")}</svg>`,
  );
}

/** An out-of-focus background and sharp objects in front of it. */
async function scene(width, height, next) {
  const background = await sharp(shapesSvg(width, height, next, true))
    .blur(3 + next() * 30)
    .png()
    .toBuffer();
  const { data } = await sharp(background)
    .composite([{ input: shapesSvg(width, height, next, false) }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return data;
}

/**
 * Value noise summed over octaves, stronger at lower frequencies (the 1/f spectrum of natural
 * images); mostly in brightness, as in photos, with a little colour.
 */
async function fractalTexture(width, height, next) {
  const texture = new Float32Array(width * height * 3);
  for (let octave = 1; octave <= 7; octave++) {
    const w = Math.max(2, Math.ceil(width / 2 ** octave));
    const h = Math.max(2, Math.ceil(height / 2 ** octave));
    const noise = Buffer.alloc(w * h * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(next() * 256);
    const { data } = await sharp(noise, { raw: { width: w, height: h, channels: 3 } })
      .resize(width, height, { fit: "fill", kernel: "cubic" })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const amplitude = 0.04 * 2 ** (octave / 2);
    for (let i = 0; i < texture.length; i += 3) {
      const brightness = (data[i] - 128) * amplitude;
      texture[i] += brightness + (data[i + 1] - 128) * amplitude * 0.15;
      texture[i + 1] += brightness;
      texture[i + 2] += brightness + (data[i + 2] - 128) * amplitude * 0.15;
    }
  }
  return texture;
}

async function generate(index, out) {
  const next = random(index + 1);
  const pixels = minPixels + next() * (maxPixels - minPixels);
  const aspect = [3 / 2, 4 / 3, 16 / 9, 2 / 3][Math.floor(next() * 4)];
  const width = Math.round(Math.sqrt(pixels * aspect));
  const height = Math.round(width / aspect);
  const objects = await scene(width, height, next);
  const texture = await fractalTexture(width, height, next);
  const grain = 2 + next() * 5;
  const pixelsOut = Buffer.alloc(objects.length);
  for (let i = 0; i < objects.length; i++) {
    const value = objects[i] + texture[i] + (next() - 0.5) * grain;
    pixelsOut[i] = value < 0 ? 0 : value > 255 ? 255 : value;
  }
  const target = path.join(out, `generated-${String(index).padStart(3, "0")}.jpg`);
  await sharp(pixelsOut, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(target);
  return target;
}

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const out = args[0];
if (!out || out.startsWith("--")) {
  console.error("usage: node bench/photo-set.mjs <out> [--from <folder>] [--count 450]");
  process.exit(2);
}
const count = Number(option("--count") ?? 450);
const from = option("--from");
await mkdir(out, { recursive: true });
const existing = (await readdir(out)).filter((name) => name.endsWith(".jpg")).length;
if (existing === count && !from) {
  console.log(`photo-set: ${out} holds ${count} photos already`);
  process.exit(0);
}
const photos = from ? await takePhotos(from, out, count) : [];
for (let index = 0; photos.length + index < count; index++) await generate(index, out);
console.log(
  `photo-set: ${photos.length} photos of ${from ?? "no folder"} and ${count - photos.length} generated → ${out}`,
);
