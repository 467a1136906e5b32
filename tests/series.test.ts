import { readFile } from "node:fs/promises";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot } from "./content-fixture";

// Series: the content check's rules (exact file:line lines), then the parts in order on the
// article, on the series page, in JSON-LD and in the sitemap, from a fixture folder of three
// parts. The series UI is proven here by rendering (react-dom/server), not in the browser:
// content/ holds only the studio's real articles, which form no series.

const seriesYml = "breves:\n  fr: Brèves\n  en: Briefs\n";
const valid = readFile(
  path.join(import.meta.dirname, "fixtures/base/content/blog/valid-article/fr.mdx"),
  "utf8",
);

/** The valid base article as part `part` of `id`, with its own title and date. */
async function part(id: string, number: number | string, title: string, date = "2021-03-04") {
  return (await valid)
    .replace("Un article valide", title)
    .replace("2021-03-04", date)
    .replace("  - rudy-baer\n", `  - rudy-baer\nseries:\n  id: ${id}\n  part: ${number}\n`);
}

describe("the content check on series", () => {
  // In each file: series at line 14, its id at line 15, its part at line 16 (column 3).
  it.each([
    [
      "a part number used twice",
      { "a-un": ["breves", 1], "b-un": ["breves", 1] },
      [
        'content/blog/b-un/fr.mdx:16:3: error: part 1 of series "breves" is also content/blog/a-un/fr.mdx: give each part its own number',
      ],
    ],
    [
      "an unknown series",
      { "a-un": ["chroniques", 1] },
      [
        'content/blog/a-un/fr.mdx:15:3: error: unknown series "chroniques" (known: breves): fix the id or add it to content/series.yml',
      ],
    ],
    [
      "a gap in the numbering (a warning)",
      { "a-un": ["breves", 1], "b-quatre": ["breves", 4] },
      [
        'content/blog/b-quatre/fr.mdx:16:3: warning: series "breves" has no parts 2 to 3 before part 4: renumber the parts, or write the missing one',
      ],
    ],
    [
      "a part that is not a whole number",
      { "a-un": ["breves", "1.5"] },
      [
        'content/blog/a-un/fr.mdx:16:3: error: "series.part" must be a whole number, 1 for the first part',
      ],
    ],
  ] as const)("reports %s", async (_name, parts, expected) => {
    const articles: Record<string, string> = {};
    for (const [slug, [id, number]] of Object.entries(parts)) {
      articles[slug] = await part(id, number, slug);
    }
    const root = await makeContentRoot(articles, { "series.yml": seriesYml });
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual(expected);
  });

  it("accepts parts numbered 1, 2, 3 in each language on their own", async () => {
    const root = await makeContentRoot(
      {
        "p-un": await part("breves", 1, "Un"),
        "p-deux": await part("breves", 2, "Deux"),
        "p-un/en.mdx": (await part("breves", 1, "One")).replace("['fr']", "['en']"),
      },
      { "series.yml": seriesYml },
    );
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe("a series of three parts", () => {
  beforeAll(async () => {
    // Part 3 is older than part 2: the order is the parts', not the dates'.
    const root = await makeContentRoot(
      {
        "breve-un": await part("breves", 1, "Brève un", "2021-01-01"),
        "breve-deux": await part("breves", 2, "Brève deux", "2021-03-01"),
        "breve-trois": await part("breves", 3, "Brève trois", "2021-02-01"),
      },
      { "series.yml": seriesYml },
    );
    vi.stubEnv("CONTENT_ROOT", root);
    vi.resetModules();
  });

  const titlesIn = (html: string) =>
    [...html.matchAll(/<li[^>]*>.*?<\/li>/g)].map((item) =>
      item[0].replace(/<span class="sr-only">.*?<\/span>/g, "").replace(/<[^>]+>/g, ""),
    );

  it("lists its parts in part order", async () => {
    const { getSeriesParts } = await import("@/lib/content");
    const parts = await getSeriesParts("fr", "breves");
    expect(parts.map((article) => article.slug)).toEqual(["breve-un", "breve-deux", "breve-trois"]);
  });

  it("shows each part the series, its own place and a link to the next part", async () => {
    const { getArticle, getSeriesParts } = await import("@/lib/content");
    const { SeriesParts } = await import("@/components/series/series-parts");
    const parts = await getSeriesParts("fr", "breves");
    const article = (await getArticle("fr", "breve-deux"))!;
    const html = renderToStaticMarkup(createElement(SeriesParts, { article, parts }));
    expect(html).toContain('aria-label="Série\u00A0: Brèves"');
    expect(html).toContain('href="/fr/blog/series/breves"');
    expect(html).toContain("Partie 2 sur 3");
    expect(titlesIn(html)).toEqual(["1.Brève un", "2.Brève deux", "3.Brève trois"]);
    expect(html).toMatch(/<span aria-current="page"[^>]*>.*Brève deux<\/span>/);
    expect(html).not.toContain('href="/fr/blog/breve-deux"');
    expect(html).toMatch(
      /<a [^>]*href="\/fr\/blog\/breve-trois"[^>]*rel="next"|<a [^>]*rel="next"[^>]*href="\/fr\/blog\/breve-trois"/,
    );
    expect(html).toContain("Partie suivante\u00A0: Brève trois");

    const last = (await getArticle("fr", "breve-trois"))!;
    const lastHtml = renderToStaticMarkup(createElement(SeriesParts, { article: last, parts }));
    expect(lastHtml).not.toContain('rel="next"');
    expect(lastHtml).toContain("C’est la dernière partie de la série.");
  });

  it("has a page that lists the parts in order", async () => {
    const { getSeries, getSeriesParts } = await import("@/lib/content");
    const { SeriesPartList } = await import("@/components/series/series-part-list");
    const series = (await getSeries("breves"))!;
    expect(series.labels).toEqual({ fr: "Brèves", en: "Briefs" });
    const parts = await getSeriesParts("fr", "breves");
    const html = renderToStaticMarkup(createElement(SeriesPartList, { locale: "fr", parts }));
    expect(titlesIn(html)).toEqual(["1.Brève un", "2.Brève deux", "3.Brève trois"]);
    expect([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/fr/blog/breve-un",
      "/fr/blog/breve-deux",
      "/fr/blog/breve-trois",
    ]);
  });

  it("is carried by JSON-LD (isPartOf) and the sitemap", async () => {
    const { getArticle } = await import("@/lib/content");
    const { blogPostingJsonLd } = await import("@/lib/structured-data");
    const article = (await getArticle("fr", "breve-deux"))!;
    expect(blogPostingJsonLd(article)).toMatchObject({
      isPartOf: {
        "@type": "CreativeWorkSeries",
        name: "Brèves",
        url: "http://localhost:3000/fr/blog/series/breves",
      },
      position: 2,
    });
    const { default: sitemap } = await import("@/app/sitemap");
    const entries = await sitemap();
    const page = entries.find(
      (entry) => entry.url === "http://localhost:3000/fr/blog/series/breves",
    );
    expect(page?.lastModified).toBe("2021-03-01");
  });
});
