import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { parsePath } from "../lib/routes/paths";
import { serializeJsonLd } from "../lib/structured-data";
import { watchPage } from "./console";

const slug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const articlePath = `/fr/blog/${slug}`;
// Typeset for French: a narrow no-break space before "?".
const title = "Comment se faire un réseau pour trouver un premier stage\u202F?";
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const pathOf = (url: string) => new URL(url).pathname;

// A plain static file server guesses types from file names (out/_headers carries the exact
// ones for hosts that read it, checked in http-static.spec.ts): only `next start` is held to them.
const plainStaticServer = () => test.info().project.name.startsWith("static");

async function getText(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  if (!plainStaticServer()) expect(response.headers()["content-type"], path).toMatch(type);
  return response.text();
}

test.describe("listing pages", () => {
  for (const path of [
    "/fr",
    "/fr/blog",
    "/fr/blog/categories/entrepreneuriat",
    "/fr/blog/authors/rudy-baer",
    "/fr/blog/tags/stage",
  ]) {
    test(`${path} lists the article with its card`, async ({ page }) => {
      const watcher = watchPage(page);
      await page.goto(path);
      const card = page.locator("article", { has: page.getByRole("link", { name: title }) });
      await expect(card).toHaveCount(1);
      await expect(card.getByRole("link", { name: title })).toHaveAttribute("href", articlePath);
      await expect(card.locator("time")).toHaveText("19 octobre 2020");
      await expect(card).toContainText("5 min de lecture");
      await expect(card).toContainText("Dans cet article, je vous propose quelques tips");
      await expect(card.getByRole("link", { name: "Entrepreneuriat" })).toBeVisible();
      const image = card.locator("img");
      await expect(image).toHaveAttribute("width", "2560");
      await expect(image).toHaveAttribute("height", "1709");
      watcher.expectClean();
    });
  }

  test("the author page shows the author's card with initials and links", async ({ page }) => {
    await page.goto("/fr/blog/authors/rudy-baer");
    await expect(page.locator("h1")).toHaveText("Rudy Baer");
    await expect(page.getByText("RB", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "BearStudio" }).last()).toHaveAttribute(
      "href",
      "https://www.bearstudio.fr/team/rudy-baer",
    );
  });
});

test.describe("feeds, sitemap and robots", () => {
  test("RSS 2.0 carries the article with its full text and absolute URLs", async ({ request }) => {
    const rss = xml.parse(await getText(request, "/fr/rss.xml", /application\/rss\+xml/)).rss;
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.language).toBe("fr");
    const item = [rss.channel.item].flat()[0];
    expect(item.title).toBe(title);
    expect(pathOf(item.link)).toBe(articlePath);
    const html: string = item["content:encoded"];
    expect(html).toContain("Le feedback après un entretien");
    expect(html).toMatch(/<img src="https?:\/\/[^"]+\/media\/[^"]+\.png"/);
    expect(html).not.toMatch(/(href|src)="\//);
  });

  test("Atom 1.0 and JSON Feed 1.1 carry the article", async ({ request }) => {
    const atom = xml.parse(await getText(request, "/fr/atom.xml", /application\/atom\+xml/)).feed;
    const entry = [atom.entry].flat()[0];
    expect(entry.title["#text"] ?? entry.title).toBe(title);
    const links: Record<string, string>[] = [entry.link].flat();
    expect(pathOf(links.find((link) => !link["@rel"])?.["@href"] ?? "")).toBe(articlePath);
    const json = JSON.parse(await getText(request, "/fr/feed.json", /application\/feed\+json/));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.language).toBe("fr");
    expect(json.items[0]).toMatchObject({ title, authors: [{ name: "Rudy Baer" }] });
    expect(pathOf(json.items[0].url)).toBe(articlePath);
    expect(json.items[0].content_html).toContain("Trouvez la communauté qui vous ressemble.");
  });

  test("the sitemap lists every page with its date and languages; robots.txt points to it", async ({
    request,
  }) => {
    const urlset = xml.parse(await getText(request, "/sitemap.xml", /xml/)).urlset;
    const urls = [urlset.url].flat();
    const article = urls.find((url) => pathOf(url.loc) === articlePath);
    expect(article.lastmod).toBe("2020-10-19");
    expect([article["xhtml:link"]].flat()[0]).toMatchObject({
      "@rel": "alternate",
      "@hreflang": "fr",
    });
    expect(urls.map((url) => pathOf(url.loc))).toEqual(
      expect.arrayContaining([
        "/fr",
        "/fr/blog",
        "/fr/blog/categories/entrepreneuriat",
        "/fr/blog/authors/rudy-baer",
        "/fr/blog/tags/stage",
        "/fr/blog/tags/reseau",
        "/en/blog/tags/stage",
        "/fr/blog/archives",
        "/en/blog/archives",
        "/fr/feeds",
      ]),
    );
    // Only first pages are indexed; an empty series page is not.
    expect(
      urls.map((url) => pathOf(url.loc)).filter((path) => /\/page\/|\/series\//.test(path)),
    ).toEqual([]);
    const robots = await getText(request, "/robots.txt", /text\/plain/);
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});

test.describe("the article's head", () => {
  test("carries canonical, alternates, Open Graph, Twitter and feeds", async ({ page }) => {
    await page.goto(articlePath);
    const attribute = (selector: string, name = "content") =>
      page.locator(selector).first().getAttribute(name);
    expect(pathOf((await attribute('link[rel="canonical"]', "href")) ?? "")).toBe(articlePath);
    expect(await attribute('link[rel="alternate"][hreflang="fr"]', "href")).toMatch(
      new RegExp(`${articlePath}$`),
    );
    expect(await attribute('link[rel="alternate"][hreflang="x-default"]', "href")).toMatch(
      new RegExp(`${articlePath}$`),
    );
    for (const type of ["application/rss+xml", "application/atom+xml", "application/feed+json"]) {
      await expect(page.locator(`link[rel="alternate"][type="${type}"]`)).toHaveCount(1);
    }
    expect(await attribute('meta[property="og:type"]')).toBe("article");
    expect(await attribute('meta[property="og:locale"]')).toBe("fr_FR");
    expect(pathOf((await attribute('meta[property="og:url"]')) ?? "")).toBe(articlePath);
    expect(await attribute('meta[property="og:title"]')).toBe(title);
    expect(await attribute('meta[property="article:published_time"]')).toBe("2020-10-19");
    expect(await attribute('meta[property="article:section"]')).toBe("Entrepreneuriat");
    expect(await attribute('meta[property="article:author"]')).toMatch(
      /\/fr\/blog\/authors\/rudy-baer$/,
    );
    expect(await attribute('meta[name="twitter:card"]')).toBe("summary_large_image");
  });

  test("carries BlogPosting and BreadcrumbList structured data", async ({ page }) => {
    await page.goto(articlePath);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((block) => JSON.parse(block));
    const posting = data.find((item) => item["@type"] === "BlogPosting");
    expect(posting).toMatchObject({
      headline: title,
      datePublished: "2020-10-19",
      dateModified: "2020-10-19",
      inLanguage: "fr",
      author: [{ "@type": "Person", name: "Rudy Baer" }],
      publisher: { "@type": "Organization" },
    });
    expect(pathOf(posting.mainEntityOfPage["@id"])).toBe(articlePath);
    expect(pathOf(posting.author[0].url)).toBe("/fr/blog/authors/rudy-baer");
    expect(pathOf(posting.image)).toMatch(/\/media\/.+\/xp-stage-op\.jpg$/);
    const breadcrumb = data.find((item) => item["@type"] === "BreadcrumbList");
    expect(breadcrumb.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      "Accueil",
      "Blog",
      title,
    ]);
  });

  test("a title holding </script> stays inside its structured data in a real browser", async ({
    page,
  }) => {
    const trap = "Fin </script><script>window.escaped = true</script> du titre";
    await page.setContent(
      `<script type="application/ld+json">${serializeJsonLd({ headline: trap })}</script><p id="after">après</p>`,
    );
    expect(await page.evaluate(() => "escaped" in window)).toBe(false);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.map((block) => JSON.parse(block))).toEqual([{ headline: trap }]);
    await expect(page.locator("#after")).toHaveText("après");
  });

  test("links a 1200×630 PNG preview image", async ({ page, request }) => {
    await page.goto(articlePath);
    const url = await page.locator('meta[property="og:image"]').getAttribute("content");
    const response = await request.get(new URL(url ?? "").pathname + new URL(url ?? "").search);
    if (!plainStaticServer()) expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

test("every internal link resolves and every sitemap page is reachable from /fr", async ({
  page,
  request,
}) => {
  const seen = new Set<string>();
  const queue = ["/fr"];
  while (queue.length > 0) {
    const path = queue.shift() ?? "";
    if (seen.has(path)) continue;
    seen.add(path);
    // A feed is a file for feed readers, not a page: fetched, not opened.
    if (parsePath(path)?.kind === "feed") {
      expect((await request.get(path)).status(), path).toBe(200);
      continue;
    }
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const links = await page
      .locator("a[href^='/']")
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
      );
    for (const link of links) if (!seen.has(link)) queue.push(link);
  }
  const urlset = xml.parse(await (await request.get("/sitemap.xml")).text()).urlset;
  for (const url of [urlset.url].flat()) expect(seen, url.loc).toContain(pathOf(url.loc));
  // Every kind of topic feed is linked from a page, and was fetched.
  for (const feed of [
    "/fr/blog/categories/entrepreneuriat/atom.xml",
    "/fr/blog/authors/rudy-baer/feed.json",
    "/fr/blog/tags/stage/rss.xml",
    "/en/blog/tags/reseau/feed.json",
  ]) {
    expect(seen, feed).toContain(feed);
  }
});
