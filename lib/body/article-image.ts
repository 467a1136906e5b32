import type { Article, ContentImage } from "@/lib/content";

/**
 * The image a body refers to (`images/<file>`), from the article's own images/ folder. The
 * content check has already refused any other reference, so a miss here is a bug.
 */
export function articleImage(
  article: Pick<Article, "file" | "images">,
  src: unknown,
): ContentImage {
  // `./images/x` is the same file as `images/x` (the content check accepts both).
  const image = article.images.get(String(src).replace(/^\.\//, ""));
  if (!image) {
    throw new Error(
      `${article.file}: image "${String(src)}" is not in the article's images/ folder`,
    );
  }
  return image;
}
