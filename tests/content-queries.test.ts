import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeContentRoot } from "./content-fixture";

// The queries the category and author pages and the sitemap ask the content layer, on a
// fixture folder: two categories, two authors, three articles (one of them only in English).

const base = path.join(import.meta.dirname, "fixtures", "base", "content", "blog");

beforeAll(async () => {
  const valid = await readFile(path.join(base, "valid-article", "fr.mdx"), "utf8");
  const variant = (title: string, category: string, author: string) =>
    valid
      .replace("Un article valide", title)
      .replace("  - entrepreneuriat", `  - ${category}`)
      .replace("  - rudy-baer", `  - ${author}`);
  const root = await makeContentRoot(
    {
      "stage-fr": variant("Stage", "stages", "rudy-baer"),
      "deux-auteurs": variant("Deux auteurs", "entrepreneuriat", "rudy-baer\n  - ada"),
      "only-english/en.mdx": variant("Only in English", "stages", "ada").replace(
        "languages: ['fr']",
        "languages: ['en']",
      ),
    },
    {
      "categories.yml":
        "entrepreneuriat:\n  fr: Entrepreneuriat\n  en: Entrepreneurship\nstages:\n  fr: Stages\n  en: Internships\n",
      "authors/ada.yml": "name: Ada Lovelace\n",
    },
  );
  vi.stubEnv("CONTENT_ROOT", root);
  vi.resetModules();
});

const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug).sort();

describe("the content layer's queries", () => {
  it("getArticles narrows one language to a category, an author, or both", async () => {
    const { getArticles } = await import("@/lib/content");
    expect(slugs(await getArticles("fr"))).toEqual(["deux-auteurs", "stage-fr", "valid-article"]);
    expect(slugs(await getArticles("fr", { category: "stages" }))).toEqual(["stage-fr"]);
    expect(slugs(await getArticles("fr", { author: "ada" }))).toEqual(["deux-auteurs"]);
    expect(
      slugs(await getArticles("fr", { category: "entrepreneuriat", author: "rudy-baer" })),
    ).toEqual(["deux-auteurs", "valid-article"]);
    expect(await getArticles("fr", { category: "nowhere" })).toEqual([]);
  });

  it("getListedArticles adds the other languages' articles of the same category or author", async () => {
    const { getListedArticles } = await import("@/lib/content");
    expect(slugs(await getListedArticles("fr", { category: "stages" }))).toEqual([
      "only-english",
      "stage-fr",
    ]);
    expect(slugs(await getListedArticles("fr", { author: "ada" }))).toEqual([
      "deux-auteurs",
      "only-english",
    ]);
  });

  it("getCategory and getAuthor find one by id, or nothing", async () => {
    const { getAuthor, getCategory } = await import("@/lib/content");
    expect(await getCategory("stages")).toEqual({
      id: "stages",
      labels: { fr: "Stages", en: "Internships" },
    });
    expect(await getAuthor("ada")).toMatchObject({ id: "ada", name: "Ada Lovelace" });
    expect(await getCategory("nowhere")).toBeUndefined();
    expect(await getAuthor("nobody")).toBeUndefined();
  });
});
