import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkContent, formatProblem, type Content } from "@/lib/content";
import { makeContentRoot, readFixture } from "./content-fixture";

// The fields real catalogues bring (issue 13): tags, updated, heroAlt, a per-language slug, an
// article signed by the studio, h5/h6, ./images/ paths and SVG images. Expectations by hand.

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures/catalogue", name);
let root: string;
let content: Content;

beforeAll(async () => {
  root = await makeContentRoot(
    {
      "catalogue/fr.mdx": await readFixture("catalogue/tagged.mdx"),
      "catalogue/en.mdx": await readFixture("catalogue/tagged-en.mdx"),
    },
    { "redirects.yml": "/blog/ancien-article: /fr/blog/catalogue\n" },
  );
  await copyFile(fixture("logo.svg"), path.join(root, "content/blog/catalogue/images/logo.svg"));
  content = await checkContent(root);
  vi.stubEnv("CONTENT_ROOT", root);
  vi.resetModules();
});

const article = (locale: string) =>
  content.articles.find((found) => found.id === "catalogue" && found.locale === locale)!;

describe("the content model of real catalogues", () => {
  it("accepts the new fields without a problem", () => {
    expect(
      content.problems.filter((problem) => problem.file.includes("/catalogue/")).map(formatProblem),
    ).toEqual([]);
  });

  it("reads tags with their ids, the revision date, the hero's alt text and an own slug", () => {
    const french = article("fr");
    expect(french.tags).toEqual([
      { id: "next-js", label: "Next.js" },
      { id: "css", label: "CSS" },
    ]);
    expect(french.updated).toBe("2023-06-15");
    expect(french.heroAlt).toBe("Un bureau vu de haut");
    expect(french.hero.reference).toBe("images/hero.jpg");
    expect(french.slug).toBe("catalogue");
    const english = article("en");
    expect(english.slug).toBe("a-catalogue-article");
    expect(english.authors).toEqual([]);
  });

  it("serves an existing SVG as a file, with no raster variants", async () => {
    const { imageVariants } = await import("@/lib/media");
    const logo = article("fr").images.get("images/logo.svg")!;
    expect(logo).toMatchObject({ format: "svg", width: 120, height: 40 });
    expect(imageVariants(logo).map((variant) => variant.fileName)).toEqual(["logo.svg"]);
  });

  it("lists the articles of a tag, and the tags of a language", async () => {
    const { getArticles, getTags, getTag } = await import("@/lib/content");
    expect((await getArticles("fr", { tag: "css" })).map((found) => found.slug)).toEqual([
      "catalogue",
    ]);
    expect((await getArticles("en", { tag: "next-js" })).map((found) => found.slug)).toEqual([
      "a-catalogue-article",
    ]);
    expect(await getArticles("en", { tag: "css" })).toEqual([]);
    expect((await getTags("fr")).map((tag) => tag.id).sort()).toEqual(["css", "next-js"]);
    expect(await getTag("fr", "next-js")).toEqual({ id: "next-js", label: "Next.js" });
  });

  it("links the two versions at their own addresses: hreflang and language switch", async () => {
    const { getArticleVersions } = await import("@/lib/content");
    const { articleLocation, languageLinks } = await import("@/lib/page-location");
    const { articleMetadata } = await import("@/lib/metadata");
    const english = article("en");
    const versions = await getArticleVersions(english);
    expect(versions).toEqual({ fr: "catalogue", en: "a-catalogue-article" });
    const location = articleLocation(english, versions);
    expect(languageLinks(location)).toEqual([{ locale: "fr", href: "/fr/blog/catalogue" }]);
    expect(languageLinks(articleLocation(article("fr"), versions))).toEqual([
      { locale: "en", href: "/en/blog/a-catalogue-article" },
    ]);
    const metadata = articleMetadata(english, location);
    expect(metadata.alternates?.canonical).toBe(
      "http://localhost:3000/en/blog/a-catalogue-article",
    );
    expect(metadata.alternates?.languages).toMatchObject({
      fr: "http://localhost:3000/fr/blog/catalogue",
      en: "http://localhost:3000/en/blog/a-catalogue-article",
    });
  });

  it("gives the revision date to JSON-LD, Open Graph and the sitemap", async () => {
    const { blogPostingJsonLd } = await import("@/lib/structured-data");
    const { articleMetadata } = await import("@/lib/metadata");
    const { articleLocation } = await import("@/lib/page-location");
    const french = article("fr");
    expect(blogPostingJsonLd(french)).toMatchObject({
      datePublished: "2022-01-10",
      dateModified: "2023-06-15",
    });
    const metadata = articleMetadata(french, articleLocation(french, { fr: "catalogue" }));
    expect(metadata.openGraph).toMatchObject({
      publishedTime: "2022-01-10",
      modifiedTime: "2023-06-15",
    });
    const { default: sitemap } = await import("@/app/sitemap");
    const entries = await sitemap();
    const at = (url: string) => entries.find((entry) => entry.url === url);
    expect(at("http://localhost:3000/fr/blog/catalogue")?.lastModified).toBe("2023-06-15");
    expect(at("http://localhost:3000/en/blog/a-catalogue-article")?.alternates).toEqual({
      languages: {
        fr: "http://localhost:3000/fr/blog/catalogue",
        en: "http://localhost:3000/en/blog/a-catalogue-article",
      },
    });
    expect(at("http://localhost:3000/fr/blog/tags/next-js")?.lastModified).toBe("2023-06-15");
    expect(at("http://localhost:3000/en/blog/tags/css")).toBeDefined();
  });

  it("signs an article without authors by the studio: JSON-LD Organization, no author link", async () => {
    const { blogPostingJsonLd } = await import("@/lib/structured-data");
    const { articleMetadata } = await import("@/lib/metadata");
    const english = article("en");
    expect(blogPostingJsonLd(english).author).toEqual([
      { "@type": "Organization", name: "BearStudio", url: "https://www.bearstudio.fr" },
    ]);
    const metadata = articleMetadata(english, { locale: "en", path: () => "/en/blog/x" });
    expect(metadata.authors).toEqual([{ name: "BearStudio", url: "https://www.bearstudio.fr" }]);
  });

  it("signs the feed item of a studio article, dates it by its revision, lists its tags", async () => {
    const { buildFeed } = await import("@/lib/feeds/build-feed");
    const english = (await buildFeed("en")).items.find(
      (item) => item.title === "A catalogue article",
    )!;
    expect(english.link).toBe("http://localhost:3000/en/blog/a-catalogue-article");
    expect(english.author).toEqual([{ name: "BearStudio", link: "https://www.bearstudio.fr" }]);
    const french = (await buildFeed("fr")).items.find(
      (item) => item.title === "Un article du catalogue",
    )!;
    expect(french.date.toISOString()).toBe("2023-06-15T00:00:00.000Z");
    expect(french.category).toContainEqual({ name: "Next.js", term: "next-js" });
  });

  it("renders h5 and h6 with ids, keeps them out of the table of contents, finds ./images/", async () => {
    const { renderArticleBody } = await import("@/components/mdx/article-body");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { content: body, headings } = await renderArticleBody(article("fr"));
    const html = renderToStaticMarkup(body);
    expect(html).toMatch(/<h5 id="un-detail"[^>]*>/);
    expect(html).toMatch(/<h6 id="un-detail-plus-fin"[^>]*>/);
    expect(html).toContain('src="/media/catalogue/figure.png"');
    expect(headings.map((heading) => heading.id)).toEqual(["une-section", "une-sous-section"]);
  });
});

describe("the content check's new rules", () => {
  it("reports each at its line: warnings for a moved link and a missing heroAlt, errors for the rest", async () => {
    const problemsRoot = await makeContentRoot(
      { "liens/fr.md": await readFixture("catalogue/problems.md") },
      { "redirects.yml": "/blog/ancien-article: /fr/blog/valid-article\n" },
    );
    const { problems, articles } = await checkContent(problemsRoot);
    const file = "content/blog/liens/fr.md";
    expect(problems.filter((problem) => problem.file === file).map(formatProblem)).toEqual([
      `${file}:5:1: error: updated (2021-01-01) is before date (2022-02-01): an article is revised after it is published`,
      `${file}:7:19: error: tag "next.js" is the same tag as "Next.js" (both /tags/next-js): keep one`,
      `${file}:7:30: error: tag "!!" has no letter or digit for its address: write it in words`,
      `${file}:8:1: warning: the hero image has no alt text: add heroAlt: "what the image shows" (screen readers and search engines read it)`,
      `${file}:13:4: warning: "/blog/ancien-article" is an old address that content/redirects.yml sends to "/fr/blog/valid-article": link to "/fr/blog/valid-article"`,
      `${file}:13:45: error: the blog serves no page at "/fr/equipe/rudy-baer": if it is a page of BearStudio's site, write it absolute, https://www.bearstudio.fr/fr/equipe/rudy-baer`,
      `${file}:13:127: error: link to tag "rust", which no article has (known: next-js)`,
    ]);
    expect(articles.map((found) => found.slug)).toEqual(["valid-article"]);
  });

  it("refuses a slug used twice in one language, at the second one's slug line", async () => {
    const taken = (await readFixture("catalogue/tagged-en.mdx")).replace(
      "slug: a-catalogue-article",
      "slug: a-first",
    );
    const duplicateRoot = await makeContentRoot({
      "a-first/en.mdx": (await readFixture("catalogue/tagged-en.mdx")).replace(
        "slug: a-catalogue-article\n",
        "",
      ),
      "zz-other/en.mdx": taken,
    });
    const { problems } = await checkContent(duplicateRoot);
    expect(problems.filter((problem) => problem.severity === "error").map(formatProblem)).toEqual([
      "content/blog/zz-other/en.mdx:4:1: error: the address /en/blog/a-first is already content/blog/a-first/en.mdx's: give this article another slug",
    ]);
  });

  it("says where a translation with its own slug lives when a link uses the folder's name", async () => {
    const linkRoot = await makeContentRoot({
      "catalogue/en.mdx": await readFixture("catalogue/tagged-en.mdx"),
      "link/en.mdx": (await readFixture("catalogue/tagged-en.mdx"))
        .replace("slug: a-catalogue-article\n", "")
        .replace("Text, signed by the studio.", "See [the other one](/en/blog/catalogue)."),
    });
    const { problems } = await checkContent(linkRoot);
    expect(problems.filter((problem) => problem.severity === "error").map(formatProblem)).toEqual([
      "content/blog/link/en.mdx:15:5: error: this article's address in this language is its slug: write /en/blog/a-catalogue-article",
    ]);
  });

  it("refuses an SVG that holds code, at each line, and accepts a plain one", async () => {
    const svgRoot = await makeContentRoot();
    const images = path.join(svgRoot, "content/blog/valid-article/images");
    await copyFile(fixture("unsafe.svg"), path.join(images, "unsafe.svg"));
    await copyFile(fixture("logo.svg"), path.join(images, "logo.svg"));
    const { problems } = await checkContent(svgRoot);
    const file = "content/blog/valid-article/images/unsafe.svg";
    expect(problems.filter((problem) => problem.file.endsWith(".svg")).map(formatProblem)).toEqual([
      `${file}:2:32: error: event attribute "onload" on <rect> in an SVG image is not allowed (it runs code when the image is opened): export the image again without it`,
      `${file}:3:3: error: <script> in an SVG image is not allowed (it runs code when the image is opened): export the image again without it`,
      `${file}:4:3: error: <foreignObject> in an SVG image is not allowed (it embeds HTML that can run code when the image is opened): export the image again without it`,
    ]);
  });

  it("finds no mojibake in the real catalogue's correct French", async () => {
    const { damagedText } = await import("@/lib/content/text-damage");
    const line = await readFile(fixture("problems.md"), "utf8");
    expect(line).toContain("marché…\u00a0:");
    expect(damagedText(line, "x.md")).toEqual([]);
    // Real mojibake is still found: "Ã©" for "é", "â€™" for "’".
    expect(damagedText("rÃ©seau câ€™est", "x.md").map((problem) => problem.message)).toEqual([
      '"Ã©" looks like text decoded with the wrong encoding: it was probably "é"; retype it, or fix the file\'s encoding',
    ]);
  });
});
