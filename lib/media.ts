import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { cachedBuildStep } from "@/lib/build-cache";
import type { ContentImage, ImageFormat } from "@/lib/content";
import { paths } from "@/lib/routes/paths";

// Responsive variants of article images, written at build time to public/media/ by
// scripts/media.ts, so that the Node server and the static export serve the same files.

/** Widths for srcset: a phone, a tablet or a 2x phone, a desktop column, a wide 2x screen. */
const variantWidths = [480, 800, 1200, 1600];
const modernFormats = ["avif", "webp"] as const;

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
  const widths = variantWidths.filter((width) => width < image.width);
  const base = image.fileName.replace(/\.[^.]+$/, "");
  const formats = [...new Set<ImageFormat>([...modernFormats, image.format])];
  const resized = formats.flatMap((format) =>
    [...widths, image.width].map((width) => ({
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

const encoderOptions = {
  avif: { quality: 55, effort: 4 },
  webp: { quality: 75 },
  jpeg: { quality: 75, progressive: true, mozjpeg: true },
  png: { compressionLevel: 9, palette: true },
  gif: {},
  svg: {},
} satisfies Record<ImageFormat, object>;

const digests = new Map<string, Promise<string>>();

/** The SHA-256 of an image file, read once per process however many variants it has. */
function sourceDigest(file: string): Promise<string> {
  let digest = digests.get(file);
  if (!digest) {
    digest = readFile(file).then((bytes) => createHash("sha256").update(bytes).digest("hex"));
    digests.set(file, digest);
  }
  return digest;
}

/**
 * Encodes one resized variant, once per image content: the result is cached on disk by the
 * hash of the source bytes (computed once per file and process), width, format and encoder
 * settings, so later builds and articles that reuse a picture never encode the same thing
 * twice.
 */
export async function encodeVariant(variant: ImageVariant): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  const options = encoderOptions[variant.format];
  return cachedBuildStep({
    kind: "media",
    extension: extensions[variant.format],
    key: [
      await sourceDigest(variant.image.source),
      variant.width,
      variant.format,
      JSON.stringify(options),
      sharp.versions.sharp,
    ],
    produce: () =>
      sharp(variant.image.source)
        .resize({ width: variant.width, withoutEnlargement: true })
        .toFormat(variant.format, options)
        .toBuffer(),
  });
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
