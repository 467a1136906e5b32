import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import type { ReactNode } from "react";
import { getArticles, type Article } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { locales, publishedLocales } from "@/lib/site";
import { removeStaleFiles } from "@/lib/stale-files";
import { renderPreviewPng } from "./render";

// Each article's preview image as a file of public/, at the address its opengraph-image route
// had (scripts/preview-images.ts): `next start` serves it, a static export copies it, and
// `next build` no longer prerenders a route per article for it. The page links it
// (lib/metadata.ts); the hosting headers give it its type (lib/hosting/headers.ts).

export type PreviewReport = { files: number; written: number };

/** The name every article's preview image has in its folder (lib/routes/paths.ts). */
const previewFileName = path.basename(paths.articlePreviewImage("fr", "article"));

/**
 * Writes the preview image of every article a page is built for, in every language, drawn
 * from `card` (components/site/article-preview-card.tsx).
 */
export async function writeArticlePreviews(
  publicDir: string,
  card: (article: Article) => ReactNode,
): Promise<PreviewReport> {
  const articles = (
    await Promise.all(publishedLocales.map((locale) => getArticles(locale)))
  ).flat();
  let written = 0;
  const write = async (article: Article) => {
    const file = path.join(publicDir, paths.articlePreviewImage(article.locale, article.slug));
    const png = await renderPreviewPng(card(article));
    const current = await readFile(file).catch(() => undefined);
    if (current?.equals(png)) return;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, png);
    written++;
  };
  // Two at a time: one card is drawn (JavaScript) while the other is rasterized (sharp's threads).
  await pMap(articles, write, { concurrency: 2 });
  // The images of removed or renamed articles must not linger.
  const wanted = new Set(
    articles.map((article) =>
      path.join(publicDir, paths.articlePreviewImage(article.locale, article.slug)),
    ),
  );
  const isPreview = (file: string) => path.basename(file) === previewFileName;
  for (const locale of locales) {
    await removeStaleFiles(path.join(publicDir, locale), wanted, isPreview);
  }
  return { files: articles.length, written };
}
