import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

export type ImageFormat = "jpeg" | "png" | "webp" | "avif" | "gif";

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

const formats: readonly string[] = ["jpeg", "png", "webp", "avif", "gif"] satisfies ImageFormat[];

function isImageFormat(format: string | undefined): format is ImageFormat {
  return format !== undefined && formats.includes(format);
}

/** Reads every image of an article's `images/` folder; other files (CREDITS.md) are skipped. */
export async function readArticleImages(
  articleDir: string,
  slug: string,
): Promise<{ images: Map<string, ContentImage>; unreadable: string[] }> {
  const dir = path.join(articleDir, "images");
  const names = await readdir(dir).catch(() => [] as string[]);
  const images = new Map<string, ContentImage>();
  const unreadable: string[] = [];
  for (const fileName of names.sort()) {
    if (!/\.(jpe?g|png|webp|avif|gif)$/i.test(fileName)) continue;
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
