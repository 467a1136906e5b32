import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

export type ImageFormat = "jpeg" | "png" | "webp" | "avif" | "gif" | "svg";

/** An image stored beside an article, with the intrinsic size read at build time. */
export type ContentImage = {
  /** The path authors write, relative to the article's folder: `images/<file>`. */
  reference: string;
  /** The article's slug and the file name: together they name the image on the site. */
  slug: string;
  fileName: string;
  /** Absolute path on disk. */
  source: string;
  width: number;
  height: number;
  format: ImageFormat;
};

const formats: readonly string[] = ["jpeg", "png", "webp", "avif", "gif", "svg"] satisfies ImageFormat[];

function isImageFormat(format: string | undefined): format is ImageFormat {
  return format !== undefined && formats.includes(format);
}

/** Reads every image of an article's `images/` folder; other files (CREDITS.md) are skipped. */
export async function readArticleImages(
  articleDir: string,
  slug: string,
): Promise<{ images: Map<string, ContentImage>; unreadable: string[] }> {
  // Not traced by Turbopack (see check-content.ts): every route's trace would list every image.
  const dir = path.join(/*turbopackIgnore: true*/ articleDir, "images");
  const names = await readdir(dir).catch(() => [] as string[]);
  const images = new Map<string, ContentImage>();
  const unreadable: string[] = [];
  for (const fileName of names.sort()) {
    if (!/\.(jpe?g|png|webp|avif|gif|svg)$/i.test(fileName)) continue;
    const source = path.join(dir, fileName);
    const metadata = await sharp(source)
      .metadata()
      .catch(() => undefined);
    const format = metadata?.format === "heif" ? "avif" : metadata?.format;
    if (!metadata?.width || !metadata.height || !isImageFormat(format)) {
      unreadable.push(fileName);
      continue;
    }
    images.set(`images/${fileName}`, {
      reference: `images/${fileName}`,
      slug,
      fileName,
      source,
      width: metadata.width,
      height: metadata.height,
      format,
    });
  }
  return { images, unreadable };
}

/**
 * Why an image reference (`heroImage`, `![…](…)`, `<Figure src>`, `<img src>`) cannot be
 * served, or undefined when it names a file of the article's images/ folder, letter case
 * included. The site serves only its own files.
 */
export function imageReferenceProblem(
  reference: string,
  images: ReadonlyMap<string, ContentImage>,
): string | undefined {
  if (images.has(reference.replace(/^\.\//, ""))) return undefined;
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) {
    return `image "${reference}" is on another site: the site serves only its own files; save it in the article's images/ folder and write images/<file>`;
  }
  if (reference === "") return 'an image has no address: write images/<file>';
  const segments = reference.split(/[/\\]/);
  if (reference.startsWith("/") || segments.includes("..")) {
    return `image "${reference}" is outside the article's folder: copy it into this article's images/ folder and write images/<file>`;
  }
  if (!/^images\/[^/\\]+$/.test(reference)) {
    return `image "${reference}" must be written images/<file>, a file of the article's images/ folder`;
  }
  const sameName = [...images.keys()].find(
    (known) => known.toLowerCase() === reference.toLowerCase(),
  );
  if (sameName) {
    return `image "${reference}" not found: the file is named "${sameName}" (letter case matters)`;
  }
  const known = [...images.keys()].join(", ") || "none";
  return `image "${reference}" not found in the article's images/ folder (found: ${known})`;
}
