import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

// Archives, paginated topic pages with their canonicals, per-topic feeds and the feeds page, on
// the real content (one article, in "entrepreneuriat", by "rudy-baer", tagged "Stage" and "Réseau"). The series UI with three
// parts is proven with fixture content in tests/series.test.ts: content/ has no series part.

const slug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const title = "Comment se faire un réseau pour trouver un premier stage\u202F?";
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const pathOf = (url: string | null) => new URL(url ?? "", "http://x").pathname;
const plainStaticServer = () => test.info().project.name.startsWith("static");

async function head(page: Page) {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  const meta = page.locator('meta[name="robots"]');
  const robots = (await meta.count()) > 0 ? await meta.getAttribute("content") : null;
  return { canonical: pathOf(canonical), robots };
}

test.describe("archives", () => {
  test("group the articles by year with counts, linked from the index", async ({ page }) => {
    await page.goto("/fr/blog");
    await expect(page.getByText("1 article", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Tous les articles par année" }).click();
    await expect(page).toHaveURL(/\/fr\/blog\/archives$/);
    await expect(page.locator("h1")).toHaveText("Archives");
    const year = page.getByRole("region", { name: "2020 1 article" });
    await expect(year.getByRole("heading", { level: 2 })).toHaveText("2020 1 article");
    await expect(year.getByRole("link", { name: title })).toHaveAttribute(
      "href",
      `/fr/blog/${slug}`,
    );
    await expect(year.locator("time")).toHaveText("19 octobre 2020");
    expect(await head(page)).toEqual({ canonical: "/fr/blog/archives", robots: null });
  });

  test("in English list the French article too", async ({ page }) => {
    await page.goto("/en/blog/archives");
    const link = page.getByRole("link", { name: title });
    await expect(link).toHaveAttribute("hreflang", "fr");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("2020 1 article");
  });
});

for (const [kind, topic] of [
  ["categories", "entrepreneuriat"],
  ["authors", "rudy-baer"],
  ["tags", "stage"],
] as const) {
  const base = `/fr/blog/${kind}/${topic}`;
  test.describe(`${base}, paginated`, () => {
    test("its first page is indexed at its own address, with its count and feeds", async ({
      page,
    }) => {
      await page.goto(base);
      await expect(page.getByText("1 article", { exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
      expect(await head(page)).toEqual({ canonical: base, robots: null });
      // No second page: no page list.
      await expect(page.getByRole("navigation", { name: "Pages des articles" })).toHaveCount(0);
      for (const [type, file] of [
        ["application/rss+xml", "rss.xml"],
        ["application/atom+xml", "atom.xml"],
        ["application/feed+json", "feed.json"],
      ]) {
        const hrefs = await page
          .locator(`link[rel="alternate"][type="${type}"]`)
          .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
        expect(hrefs.map(pathOf)).toEqual([`${base}/${file}`, `/fr/${file}`]);
        await expect(page.locator(`main a[href="${base}/${file}"]`)).toHaveCount(1);
      }
    });

    test("…/page/1 exists unlinked, noindex, with the first page as canonical", async ({
      page,
    }) => {
      const response = await page.goto(`${base}/page/1`);
      expect(response?.status()).toBe(200);
      expect(await head(page)).toEqual({ canonical: base, robots: "noindex, follow" });
    });

    test("a page past the last answers 404", async ({ page }) => {
      const response = await page.goto(`${base}/page/2`);
      expect(response?.status()).toBe(404);
    });
  });
}

async function getFeed(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  if (!plainStaticServer()) expect(response.headers()["content-type"], path).toMatch(type);
  return response.text();
}

test.describe("feeds per topic", () => {
  for (const [kind, topic, label] of [
    ["categories", "entrepreneuriat", "Entrepreneuriat"],
    ["authors", "rudy-baer", "Rudy Baer"],
    ["tags", "stage", "Stage"],
  ] as const) {
    const base = `/fr/blog/${kind}/${topic}`;
    test(`${base}: RSS, Atom and JSON Feed carry its article`, async ({ request }) => {
      const rss = xml.parse(await getFeed(request, `${base}/rss.xml`, /application\/rss\+xml/)).rss
        .channel;
      expect(rss.title).toBe(`Le blog du BearStudio\u00A0: ${label}`);
      expect(pathOf(rss.link)).toBe(base);
      expect([rss.item].flat().map((item) => pathOf(item.link))).toEqual([`/fr/blog/${slug}`]);

      const atom = xml.parse(
        await getFeed(request, `${base}/atom.xml`, /application\/atom\+xml/),
      ).feed;
      const self = [atom.link].flat().find((link) => link["@rel"] === "self");
      expect(pathOf(self["@href"])).toBe(`${base}/atom.xml`);
      expect([atom.entry].flat()).toHaveLength(1);

      const json = JSON.parse(
        await getFeed(request, `${base}/feed.json`, /application\/feed\+json/),
      );
      expect(json.version).toBe("https://jsonfeed.org/version/1.1");
      expect(pathOf(json.feed_url)).toBe(`${base}/feed.json`);
      expect(json.items.map((item: { url: string }) => pathOf(item.url))).toEqual([
        `/fr/blog/${slug}`,
      ]);
    });
  }

  test("the English feed of a topic exists, empty while no article is in English", async ({
    request,
  }) => {
    const json = JSON.parse(
      await getFeed(request, "/en/blog/categories/entrepreneuriat/feed.json", /feed\+json/),
    );
    expect(json.language).toBe("en");
    expect(json.items).toEqual([]);
  });

  test("the feeds page, linked from the footer, lists every feed", async ({ page, request }) => {
    await page.goto("/fr/blog");
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: "Flux RSS, Atom et JSON" })
      .click();
    await expect(page).toHaveURL(/\/fr\/feeds$/);
    await expect(page.locator("h1")).toHaveText("Flux");
    const hrefs = await page
      .locator("main a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual([
      "/fr/rss.xml",
      "/fr/atom.xml",
      "/fr/feed.json",
      "/fr/blog/categories/entrepreneuriat/rss.xml",
      "/fr/blog/categories/entrepreneuriat/atom.xml",
      "/fr/blog/categories/entrepreneuriat/feed.json",
      "/fr/blog/authors/rudy-baer/rss.xml",
      "/fr/blog/authors/rudy-baer/atom.xml",
      "/fr/blog/authors/rudy-baer/feed.json",
      "/fr/blog/tags/reseau/rss.xml",
      "/fr/blog/tags/reseau/atom.xml",
      "/fr/blog/tags/reseau/feed.json",
      "/fr/blog/tags/stage/rss.xml",
      "/fr/blog/tags/stage/atom.xml",
      "/fr/blog/tags/stage/feed.json",
    ]);
    for (const href of hrefs)
      expect((await request.get(href ?? "")).status(), href ?? "").toBe(200);
  });
});

test.describe("tags", () => {
  test("the article links each of its tags to the tag's page, titled by its label", async ({
    page,
  }) => {
    await page.goto(`/fr/blog/${slug}`);
    const tags = page.getByRole("list", { name: "Mots-clés" }).first();
    await expect(tags.getByRole("link")).toHaveText(["#Stage", "#Réseau"]);
    await tags.getByRole("link", { name: "#Réseau" }).click();
    await expect(page).toHaveURL(/\/fr\/blog\/tags\/reseau$/);
    await expect(page.locator("h1")).toHaveText("Réseau");
    await expect(
      page.getByText("Les articles sur Réseau, du plus récent au plus ancien."),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  });

  test("the English page of a French-only tag lists the French article", async ({ page }) => {
    await page.goto("/en/blog/tags/stage");
    await expect(page.locator("h1")).toHaveText("Stage");
    await expect(page.getByRole("link", { name: title }).first()).toHaveAttribute("hreflang", "fr");
    expect(await head(page)).toEqual({ canonical: "/en/blog/tags/stage", robots: null });
  });

  test("a tag no article has answers 404, and so do its feeds", async ({ page, request }) => {
    expect((await page.goto("/fr/blog/tags/inconnu"))?.status()).toBe(404);
    // The placeholder exists only on a site with no tag (tests/tag-topic.test.ts).
    expect((await page.goto("/fr/blog/tags/_"))?.status()).toBe(404);
    expect((await request.get("/fr/blog/tags/inconnu/rss.xml")).status()).toBe(404);
  });
});

test("a series with no part yet has its page, noindex", async ({ page }) => {
  const response = await page.goto("/fr/blog/series/breves");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("Série\u00A0: Brèves");
  await expect(page.getByText("Aucune partie de cette série n’est encore publiée.")).toBeVisible();
  expect(await head(page)).toEqual({
    canonical: "/fr/blog/series/breves",
    robots: "noindex, follow",
  });
});
