import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ArticlePreviewCard } from "@/components/site/article-preview-card";

// Each article's preview image is a file written before `next build` (scripts/preview-images.ts),
// at the address its page's og:image names, instead of a route Next.js prerenders per article.

const base = path.join(import.meta.dirname, "fixtures", "base");
let publicDir: string;

beforeAll(async () => {
  publicDir = await mkdtemp(path.join(tmpdir(), "preview-files-"));
  vi.stubEnv("CONTENT_ROOT", base);
  vi.resetModules();
});

const card = (article: import("@/lib/content").Article) =>
  createElement(ArticlePreviewCard, { article });

describe("writeArticlePreviews", () => {
  it("writes the 1200×630 PNG each article page links as its og:image and twitter:image", async () => {
    const { writeArticlePreviews } = await import("@/lib/og/preview-files");
    const { getArticle, getArticleVersions } = await import("@/lib/content");
    const { articleMetadata } = await import("@/lib/metadata");
    const { articleLocation } = await import("@/lib/page-location");
    expect(await writeArticlePreviews(publicDir, card)).toEqual({ files: 1, written: 1 });

    const article = (await getArticle("fr", "valid-article"))!;
    const metadata = articleMetadata(
      article,
      articleLocation(article, await getArticleVersions(article)),
    );
    const image = {
      url: "http://localhost:3000/fr/blog/valid-article/opengraph-image",
      type: "image/png",
      width: 1200,
      height: 630,
    };
    expect(metadata.openGraph?.images).toEqual([image]);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [image] });

    const png = await readFile(path.join(publicDir, new URL(image.url).pathname));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await readdir(path.join(publicDir, "fr", "blog"))).toEqual(["valid-article"]);
  });

  it("rewrites nothing when every image is already there", async () => {
    const { writeArticlePreviews } = await import("@/lib/og/preview-files");
    expect(await writeArticlePreviews(publicDir, card)).toEqual({ files: 1, written: 0 });
  });
});
