import { describe, expect, it } from "vitest";
import { deadPathReason } from "@/lib/content/site-paths";
import { parsePath, paths } from "@/lib/routes/paths";

describe("parsePath", () => {
  it.each([
    ["/", { kind: "root" }],
    ["/sitemap.xml", { kind: "site-file", id: "sitemap.xml" }],
    ["/media/un-article/hero.800w.avif", { kind: "media", id: "un-article/hero.800w.avif" }],
    ["/fr", { kind: "home", locale: "fr" }],
    ["/en/blog", { kind: "blog", locale: "en" }],
    ["/fr/blog/page/2", { kind: "blog", locale: "fr", id: "2" }],
    ["/fr/blog/un-article", { kind: "article", locale: "fr", id: "un-article" }],
    ["/fr/blog/un-article.md", { kind: "markdown-copy", locale: "fr", id: "un-article" }],
    ["/llms.txt", { kind: "site-file", id: "llms.txt" }],
    ["/llms-full.txt", { kind: "site-file", id: "llms-full.txt" }],
    ["/fr/blog/categories/design", { kind: "category", locale: "fr", id: "design" }],
    ["/en/blog/authors/rudy-baer", { kind: "author", locale: "en", id: "rudy-baer" }],
    ["/fr/rss.xml", { kind: "feed", locale: "fr", id: "rss" }],
    ["/en/feed.json", { kind: "feed", locale: "en", id: "json" }],
    ["/fr/search", { kind: "search", locale: "fr" }],
    ["/en/404", { kind: "not-found", locale: "en" }],
    ["/fr/share/mastodon", { kind: "share", locale: "fr", id: "mastodon" }],
    ["/fr/opengraph-image", { kind: "preview-image", locale: "fr" }],
    [
      "/fr/blog/un-article/opengraph-image-1x2y",
      { kind: "preview-image", locale: "fr", id: "un-article" },
    ],
  ])("%s", (path, parsed) => {
    expect(parsePath(path)).toEqual(parsed);
  });

  it.each([
    "/xx",
    "/xx/blog",
    "/fr/shop",
    "/fr/blog/page/1",
    "/fr/blog/page/x",
    "/fr/blog/a/b/c",
    "/fr/share",
    "/fr/share/bluesky",
    "/media/x",
  ])("%s is no path of the site", (path) => {
    expect(parsePath(path)).toBeUndefined();
  });

  it("reads back every path the site builds", () => {
    expect(parsePath(paths.blog("fr", 3))).toEqual({ kind: "blog", locale: "fr", id: "3" });
    expect(parsePath(paths.atom("en"))).toEqual({ kind: "feed", locale: "en", id: "atom" });
    expect(parsePath(paths.notFound("fr"))).toEqual({ kind: "not-found", locale: "fr" });
    expect(parsePath(paths.media("a", "b.png"))).toEqual({ kind: "media", id: "a/b.png" });
  });
});

describe("the dead-link rule asks the route table", () => {
  const site = { articles: new Map(), categories: new Set<string>(), authors: new Set<string>() };

  it("accepts the search page and the feeds", () => {
    expect(deadPathReason("/fr/search?q=stage", site, true)).toBeUndefined();
    expect(deadPathReason("/en/rss.xml", site, true)).toBeUndefined();
  });

  it("refuses the 404 page and preview images, which are no pages to link to", () => {
    expect(deadPathReason("/fr/404", site, true)).toMatch(/^no page at "\/fr\/404"/);
    expect(deadPathReason("/fr/opengraph-image", site, true)).toMatch(/^no page at/);
  });

  it("names the list pages for a bad page number", () => {
    expect(deadPathReason("/fr/blog/page/1", site, true)).toBe(
      'no page at "/fr/blog/page/1": list pages are /fr/blog/page/2, 3…',
    );
  });
});
