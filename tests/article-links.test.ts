import { describe, expect, it } from "vitest";
import { articleNeighbours, relatedArticles } from "@/lib/article-links";

// Articles newest first, as getArticles returns them.
const article = (slug: string, ...categories: string[]) => ({
  slug,
  categories: categories.map((id) => ({ id })),
});
const articles = [
  article("f", "design"),
  article("e", "code"),
  article("d", "design", "code"),
  article("c", "business"),
  article("b", "design"),
  article("a", "business"),
];
const slugs = (list: { slug: string }[]) => list.map((item) => item.slug);
const at = (slug: string) => articles.find((item) => item.slug === slug) ?? articles[0]!;

describe("articleNeighbours", () => {
  it.each([
    ["f", "e", undefined],
    ["d", "c", "e"],
    ["a", undefined, "b"],
  ])("%s: previous (older) %s, next (newer) %s", (slug, previous, next) => {
    const found = articleNeighbours(articles, at(slug));
    expect(found.previous?.slug).toBe(previous);
    expect(found.next?.slug).toBe(next);
  });

  it("has no neighbour for a single article or one not in the list", () => {
    expect(articleNeighbours([at("a")], at("a"))).toEqual({ previous: undefined, next: undefined });
    expect(articleNeighbours(articles, article("z"))).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
});

describe("relatedArticles", () => {
  it.each([
    // Same category first (newest first), then the most recent others.
    ["b", ["f", "d", "e"]],
    ["c", ["a", "f", "e"]],
    ["d", ["f", "e", "b"]],
    ["e", ["d", "f", "c"]],
  ])("%s → %j", (slug, expected) => {
    expect(slugs(relatedArticles(articles, at(slug)))).toEqual(expected);
  });

  it("never lists the article itself, and at most `count`", () => {
    expect(slugs(relatedArticles(articles, at("f"), 10))).toEqual(["d", "b", "e", "c", "a"]);
    expect(relatedArticles([at("a")], at("a"))).toEqual([]);
  });
});
