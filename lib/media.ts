import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { cachedBuildFile, cachedBuildStep, settledResults } from "@/lib/build-cache";
import type { ContentImage, ImageFormat } from "@/lib/content";
import { paths } from "@/lib/routes/paths";

// Responsive variants of article images, written at build time to public/media/ by
// scripts/media.ts, so that the Node server and the static export serve the same files.

/**
 * Widths for srcset: a card on a phone; a phone; a 3x phone or the desktop hero; a figure on a
 * 2x screen. The layout never shows an image wider than 1600 device pixels save the desktop
 * hero on a 2x screen (1920), where 1600 shows no loss; the full size is a click away (zoom).
 * Every width more costs a full encode (docs/benchmarks.md, "Images").
 */
const variantWidths = [480, 800, 1200, 1600];
/**
 * AVIF, then the original format for the few browsers without it. No WebP: every browser
 * that takes WebP but not AVIF gets the JPEG, and WebP cost as much time as AVIF and JPEG
 * together (docs/benchmarks.md, "Images").
 */
const modernFormats = ["avif"] as const;

export type ImageVariant = {
  image: ContentImage;
  fileName: string;
  width: number;
  format: ImageFormat;
};

const extensions: Record<ImageFormat, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  avif: "avif",
  gif: "gif",
  svg: "svg",
};

export const contentTypes: Record<ImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
  svg: "image/svg+xml",
};

export function mediaUrl(slug: string, fileName: string): string {
  return paths.media(slug, fileName);
}

/** Every file the site serves for one image: the original, then each width in each format. */
export function imageVariants(image: ContentImage): ImageVariant[] {
  const original: ImageVariant = {
    image,
    fileName: image.fileName,
    width: image.width,
    format: image.format,
  };
  // An animated GIF is served as it is, and so is an SVG (a file, never inlined).
  if (image.format === "gif" || image.format === "svg") return [original];
  const widest = variantWidths.at(-1)!;
  // Never enlarged; an image narrower than the widest variant gets its own width as the last.
  const widths = variantWidths.filter((width) => width < image.width);
  if (image.width <= widest) widths.push(image.width);
  const base = image.fileName.replace(/\.[^.]+$/, "");
  const formats = [...new Set<ImageFormat>([...modernFormats, image.format])];
  const resized = formats.flatMap((format) =>
    widths.map((width) => ({
      image,
      fileName: `${base}.${width}w.${extensions[format]}`,
      width,
      format,
    })),
  );
  return [original, ...resized];
}

export type ImageSources = {
  src: string;
  width: number;
  height: number;
  /** srcset per format, most efficient first; the last one is the original format. */
  sources: { type: string; srcSet: string }[];
};

export function imageSources(image: ContentImage): ImageSources {
  const resized = imageVariants(image).slice(1);
  const byFormat = new Map<ImageFormat, ImageVariant[]>();
  for (const variant of resized)
    byFormat.set(variant.format, [...(byFormat.get(variant.format) ?? []), variant]);
  return {
    src: mediaUrl(image.slug, image.fileName),
    width: image.width,
    height: image.height,
    sources: [...byFormat].map(([format, variants]) => ({
      type: contentTypes[format],
      srcSet: variants
        .map((variant) => `${mediaUrl(image.slug, variant.fileName)} ${variant.width}w`)
        .join(", "),
    })),
  };
}

/**
 * Chosen from bench/image-candidates.mjs (docs/benchmarks.md, "Images"): AVIF at effort 0 is
 * 40 times as fast as at effort 4; quality 58 brings its SSIM back to effort 4's at 55.
 * libjpeg's own encoder is twice as fast as mozjpeg's, for a bigger file of the same quality.
 */
const encoderOptions = {
  avif: { quality: 58, effort: 0 },
  webp: { quality: 75 },
  jpeg: { quality: 75, progressive: true },
  png: { compressionLevel: 9, palette: true },
  gif: {},
  svg: {},
} satisfies Record<ImageFormat, object>;

/** Changes whenever the way pixels are resized changes, so that old encodings are not reused. */
const pipeline = "resized from the widest variant";

// Kept as strings: the hero's placeholder asks for its digest during a page's render.
const digests = settledResults<string>();

/** The SHA-256 of an image file, read once per process however many variants it has. */
function sourceDigest(file: string): Promise<string> {
  return digests(file, () =>
    readFile(file).then((bytes) => createHash("sha256").update(bytes).digest("hex")),
  );
}

type Pixels = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

/**
 * The pixels of one image at each variant width, decoded once: the widest from the file, the
 * others from the widest, which is cheaper than decoding the file again for each variant.
 */
function resizer(image: ContentImage, widths: number[]) {
  const widest = Math.max(...widths);
  const resized = new Map<number, Promise<Pixels>>();
  const pixels = (width: number): Promise<Pixels> => {
    let result = resized.get(width);
    if (!result) {
      result = import("sharp").then(async ({ default: sharp }) => {
        const input =
          width === widest
            ? sharp(image.source)
            : await pixels(widest).then(({ data, info }) => sharp(data, { raw: info }));
        return input
          .resize({ width, withoutEnlargement: true })
          .raw()
          .toBuffer({ resolveWithObject: true });
      });
      resized.set(width, result);
    }
    return result;
  };
  return pixels;
}

/**
 * The files of one image's variants (imageVariants: the original, then the resized ones), in
 * the build cache. Each is cached by the hash of the source bytes and, for a resized one, its
 * width, format and encoder settings, so later builds and articles that reuse a picture never
 * encode the same thing twice. The image is decoded only if some variant is not in the cache.
 * The original is a copy of the source: public/media/ links to the cache (lib/media-files.ts),
 * never to content/.
 */
export async function variantFiles([original, ...resized]: ImageVariant[]): Promise<string[]> {
  const { default: sharp } = await import("sharp");
  const image = original!.image;
  const digest = await sourceDigest(image.source);
  const pixels = resizer(
    image,
    resized.map((variant) => variant.width),
  );
  return Promise.all([
    cachedBuildFile({
      kind: "media",
      extension: extensions[image.format],
      key: [digest, "original"],
      produce: () => readFile(image.source),
    }),
    ...resized.map((variant) => {
      const options = encoderOptions[variant.format];
      return cachedBuildFile({
        kind: "media",
        extension: extensions[variant.format],
        key: [
          digest,
          variant.width,
          variant.format,
          JSON.stringify(options),
          pipeline,
          sharp.versions.sharp,
        ],
        produce: async () => {
          const { data, info } = await pixels(variant.width);
          return sharp(data, { raw: info }).toFormat(variant.format, options).toBuffer();
        },
      });
    }),
  ]);
}

/**
 * A few colours of the image, 4 across and 3 down, as CSS gradients: the hero shows them
 * while it loads, with no request and no script. Empty for images with transparency, which
 * would let the colours show through once loaded.
 */
export async function placeholderBackground(image: ContentImage): Promise<string> {
  const { default: sharp } = await import("sharp");
  const css = await cachedBuildStep({
    kind: "placeholders",
    extension: "css",
    key: [await sourceDigest(image.source), sharp.versions.sharp],
    produce: async () => {
      const picture = sharp(image.source);
      if ((await picture.metadata()).hasAlpha) return Buffer.from("");
      const { data } = await picture
        .resize(4, 3, { fit: "fill" })
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const colour = (index: number) =>
        `#${[0, 1, 2].map((channel) => (data[index * 3 + channel] ?? 0).toString(16).padStart(2, "0")).join("")}`;
      const rows = [0, 1, 2].map((row) => {
        const stops = [0, 1, 2, 3].map((column) => colour(row * 4 + column)).join(",");
        return `linear-gradient(90deg,${stops}) 0 ${row * 50}%/100% 34% no-repeat`;
      });
      return Buffer.from(rows.join(","));
    },
  });
  return css.toString("utf8");
}
