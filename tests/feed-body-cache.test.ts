import { beforeAll, describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/body/render-html";
import { checkContent, type Article } from "@/lib/content";
import { makeContentRoot, readFixture } from "./content-fixture";

// A feed body is rendered once per content and kept under .next/cache (lib/body/render-html.ts):
// what the feed shows of the article must be in the key, or a feed would carry a stale body.

let article: Article;

beforeAll(async () => {
  const { articles } = await checkContent(
    await makeContentRoot({ "cache-figures/fr.md": await readFixture("render/figures.md") }),
  );
  article = articles[0]!;
});

describe("the feed body cache", () => {
  it("gives the same HTML for the same article", async () => {
    const first = await renderArticleHtml(article);
    expect(await renderArticleHtml(article)).toBe(first);
    expect(first).toContain('width="');
  });

  it("renders again when the body changes", async () => {
    const edited = { ...article, body: `${article.body}\n\nUne phrase ajoutée au cache.\n` };
    expect(await renderArticleHtml(edited)).toContain("Une phrase ajoutée au cache.");
  });

  it("renders again when an image's size changes", async () => {
    const [path, image] = [...article.images][0]!;
    const resized = new Map(article.images).set(path, { ...image, width: 4321, height: 1234 });
    const html = await renderArticleHtml({ ...article, images: resized });
    expect(html).toContain('width="4321"');
    expect(html).toContain('height="1234"');
  });

  it("renders again when the article moves to another slug", async () => {
    const moved = await renderArticleHtml({
      ...article,
      slug: "ailleurs",
      images: new Map(
        [...article.images].map(([path, image]) => [path, { ...image, slug: "ailleurs" }]),
      ),
    });
    expect(moved).toContain("/media/ailleurs/");
    expect(moved).not.toContain("/media/cache-figures/");
  });
});
