import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// A translated fixture article: content/blog/traduit/fr.mdx and en.mdx share a slug.

const base = path.join(import.meta.dirname, "fixtures", "base");

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "blog-translation-"));
  await cp(base, root, { recursive: true });
  const valid = await readFile(path.join(base, "content/blog/valid-article/fr.mdx"), "utf8");
  const dir = path.join(root, "content/blog/traduit");
  await mkdir(dir);
  await cp(path.join(base, "content/blog/valid-article/images"), path.join(dir, "images"), {
    recursive: true,
  });
  await writeFile(
    path.join(dir, "fr.mdx"),
    valid.replace("Un article valide", "Un article traduit ?").replace("2021-03-04", "2022-05-06"),
  );
  await writeFile(
    path.join(dir, "en.mdx"),
    valid
      .replace("Un article valide", "A translated article ?")
      .replace("languages: ['fr']", "languages: ['en']")
      .replace("2021-03-04", "2022-05-06"),
  );
  vi.stubEnv("CONTENT_ROOT", root);
  vi.resetModules();
});

describe("a translated article", () => {
  it("exists in both languages, each typeset for its own", async () => {
    const { getArticle, getArticleVersions } = await import("@/lib/content");
    expect(await getArticleVersions({ id: "traduit" })).toEqual({ fr: "traduit", en: "traduit" });
    expect((await getArticle("fr", "traduit"))?.title).toBe("Un article traduit\u202F?");
    expect((await getArticle("en", "traduit"))?.title).toBe("A translated article ?");
  });

  it("links its two pages to each other with hreflang alternates and x-default", async () => {
    const { getArticle, getArticleVersions } = await import("@/lib/content");
    const { articleMetadata } = await import("@/lib/metadata");
    const { articleLocation } = await import("@/lib/page-location");
    const english = await getArticle("en", "traduit");
    const location = articleLocation(english!, await getArticleVersions(english!));
    const metadata = articleMetadata(english!, location);
    expect(metadata.alternates?.canonical).toBe("http://localhost:3000/en/blog/traduit");
    expect(metadata.alternates?.languages).toEqual({
      en: "http://localhost:3000/en/blog/traduit",
      fr: "http://localhost:3000/fr/blog/traduit",
      "x-default": "http://localhost:3000/fr/blog/traduit",
    });
    expect(metadata.openGraph).toMatchObject({ locale: "en_US", alternateLocale: ["fr_FR"] });
  });

  it("gets a language switch to its translation; an untranslated one to the other home", async () => {
    const { getArticle, getArticleVersions } = await import("@/lib/content");
    const { articleLocation, languageLinks } = await import("@/lib/page-location");
    const french = (await getArticle("fr", "traduit"))!;
    expect(languageLinks(articleLocation(french, await getArticleVersions(french)))).toEqual([
      { locale: "en", href: "/en/blog/traduit" },
    ]);
    const untranslated = (await getArticle("fr", "valid-article"))!;
    expect(
      languageLinks(articleLocation(untranslated, await getArticleVersions(untranslated))),
    ).toEqual([{ locale: "en", href: "/en" }]);
  });

  it("lists English articles first in English, then the French-only ones, each once", async () => {
    const { getListedArticles } = await import("@/lib/content");
    const listed = (await getListedArticles("en")).map(
      (article) => `${article.locale}/${article.slug}`,
    );
    expect(listed).toEqual(["en/traduit", "fr/valid-article"]);
    const french = (await getListedArticles("fr")).map(
      (article) => `${article.locale}/${article.slug}`,
    );
    expect(french).toEqual(["fr/traduit", "fr/valid-article"]);
  });
});
