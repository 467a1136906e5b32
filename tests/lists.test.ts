import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { groupByYear } from "@/lib/content/archives";
import type { Article } from "@/lib/content";
import { deadPathReason } from "@/lib/content/site-paths";
import { parsePath, paths } from "@/lib/routes/paths";
import { makeContentRoot, numberedArticles, readFixture } from "./content-fixture";
import { siteIndex } from "./site-index-fixture";

// Archives, topic pagination and topic feeds: the URL scheme, the grouping by year, then a
// fixture folder of 14 articles (13 in "design" by "jeanne-doe", one in "entrepreneuriat").

describe("the URL scheme of lists and feeds", () => {
  it.each([
    ["/fr/blog/archives", { kind: "archives", locale: "fr" }],
    ["/fr/feeds", { kind: "feeds", locale: "fr" }],
    ["/en/blog/series/breves", { kind: "series", locale: "en", id: "breves" }],
    [
      "/fr/blog/categories/design/page/2",
      { kind: "category", locale: "fr", id: "design", page: "2" },
    ],
    [
      "/en/blog/authors/rudy-baer/page/3",
      { kind: "author", locale: "en", id: "rudy-baer", page: "3" },
    ],
    [
      "/fr/blog/categories/design/rss.xml",
      { kind: "feed", locale: "fr", id: "rss", topic: { kind: "category", id: "design" } },
    ],
    [
      "/en/blog/authors/rudy-baer/feed.json",
      { kind: "feed", locale: "en", id: "json", topic: { kind: "author", id: "rudy-baer" } },
    ],
  ])("%s", (route, parsed) => {
    expect(parsePath(route)).toEqual(parsed);
  });

  it.each([
    "/fr/blog/categories/design/page/1",
    "/fr/blog/categories/design/page/x",
    "/fr/blog/categories/design/page",
    "/fr/blog/categories/design/index.xml",
    "/fr/blog/authors/rudy-baer/page/2/rss.xml",
    "/fr/blog/series/breves/page/2",
  ])("%s is no path of the site", (route) => {
    expect(parsePath(route)).toBeUndefined();
  });

  it("reads back every path it builds", () => {
    expect(parsePath(paths.topic("author", "fr", "a", 2))).toEqual({
      kind: "author",
      locale: "fr",
      id: "a",
      page: "2",
    });
    expect(paths.topic("category", "fr", "design", 1)).toBe("/fr/blog/categories/design");
    expect(paths.topicFeed("category", "en", "design", "atom")).toBe(
      "/en/blog/categories/design/atom.xml",
    );
  });

  const site = siteIndex({ series: new Set(["breves"]) });
  it("lets articles link to them, and names what is unknown", () => {
    for (const href of [
      "/fr/blog/archives",
      "/fr/feeds",
      "/fr/blog/series/breves",
      "/fr/blog/categories/design/page/2",
      "/en/blog/authors/rudy-baer/atom.xml",
    ]) {
      expect(deadPathReason(href, site, true), href).toBeUndefined();
    }
    expect(deadPathReason("/fr/blog/series/chroniques", site, true)).toBe(
      'link to unknown series "chroniques" (known: breves)',
    );
    expect(deadPathReason("/fr/blog/categories/cuisine/rss.xml", site, true)).toBe(
      'link to unknown category "cuisine" (known: design)',
    );
    expect(deadPathReason("/fr/blog/authors/x/page/2", site, true)).toBe(
      'link to unknown author "x" (known: rudy-baer)',
    );
    expect(deadPathReason("/fr/blog/categories/design/page/1", site, true)).toBe(
      'no page at "/fr/blog/categories/design/page/1": list pages are /fr/blog/categories/design/page/2, 3…',
    );
  });
});

describe("article folders", () => {
  it("may not take the address of a list page", async () => {
    const { checkContent, formatProblem } = await import("@/lib/content");
    const valid = await readFixture("base/content/blog/valid-article/fr.mdx");
    const root = await makeContentRoot({ archives: valid });
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([
      "content/blog/archives: error: the folder name is the article's URL, and /<lang>/blog/archives is the site's archives page: rename the folder",
    ]);
  });
});

describe("archives", () => {
  const article = (slug: string, date: string) => ({ slug, date, title: slug }) as Article;
  it("groups articles by year, newest year and newest article first", () => {
    const years = groupByYear([
      article("b", "2020-10-19"),
      article("c", "2021-01-02"),
      article("a", "2020-12-31"),
      article("d", "2019-05-05"),
    ]);
    expect(years.map(({ year, articles }) => [year, articles.map((item) => item.slug)])).toEqual([
      ["2021", ["c"]],
      ["2020", ["a", "b"]],
      ["2019", ["d"]],
    ]);
  });
});

describe("topic lists and feeds from a fixture folder", () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

  beforeAll(async () => {
    const articles = await numberedArticles("design", "Design", 13, (source) =>
      source
        .replace("  - entrepreneuriat", "  - design")
        .replace("  - rudy-baer", "  - jeanne-doe"),
    );
    const categories = await readFixture("base/content/categories.yml");
    const root = await makeContentRoot(articles, {
      "categories.yml": `${categories}design:\n  fr: Design\n  en: Design\n`,
      "authors/jeanne-doe.yml": "name: Jeanne Doe\n",
    });
    vi.stubEnv("CONTENT_ROOT", root);
    vi.resetModules();
  });

  it("paginates a topic like the index: 12 a page, every page prerendered", async () => {
    const { topicListStaticParams } = await import("@/lib/topic-list");
    const params = await topicListStaticParams("category", true);
    expect(params.filter((param) => param.locale === "fr")).toEqual([
      { locale: "fr", category: "entrepreneuriat", page: "1" },
      { locale: "fr", category: "design", page: "1" },
      { locale: "fr", category: "design", page: "2" },
    ]);
    expect(await topicListStaticParams("author", false)).toContainEqual({
      locale: "en",
      author: "jeanne-doe",
    });
  });

  it("holds the right articles on each page, with the whole list's count", async () => {
    const { topicListView } = await import("@/lib/topic-list");
    const params = (page?: string) =>
      Promise.resolve({ locale: "fr", category: "design", ...(page ? { page } : {}) });
    const first = await topicListView("category", params());
    expect(first.page.items.map((article) => article.slug)).toEqual(
      Array.from({ length: 12 }, (_, index) => `design-${String(13 - index).padStart(2, "0")}`),
    );
    const second = await topicListView("category", params("2"));
    expect(second.page.items.map((article) => article.slug)).toEqual(["design-01"]);
    expect([first.page.total, second.page.total, second.page.pageCount]).toEqual([13, 13, 2]);
  });

  it("gives page 2 its own canonical and noindex, page 1 the topic's address", async () => {
    const { topicListMetadata, topicListView } = await import("@/lib/topic-list");
    const meta = async (page?: string) =>
      topicListMetadata(
        await topicListView(
          "author",
          Promise.resolve({ locale: "fr", author: "jeanne-doe", ...(page ? { page } : {}) }),
        ),
      );
    const first = await meta();
    expect(first.alternates?.canonical).toBe("http://localhost:3000/fr/blog/authors/jeanne-doe");
    expect(first.robots).toBeUndefined();
    const second = await meta("2");
    expect(second.alternates?.canonical).toBe(
      "http://localhost:3000/fr/blog/authors/jeanne-doe/page/2",
    );
    expect(second.robots).toEqual({ index: false, follow: true });
    const unlinked = await meta("1");
    expect(unlinked.alternates?.canonical).toBe("http://localhost:3000/fr/blog/authors/jeanne-doe");
    expect(unlinked.robots).toEqual({ index: false, follow: true });
    expect(first.alternates?.types?.["application/rss+xml"]).toEqual([
      {
        url: "http://localhost:3000/fr/blog/authors/jeanne-doe/rss.xml",
        title: "Le blog du BearStudio\u00A0: Jeanne Doe (RSS)",
      },
      { url: "http://localhost:3000/fr/rss.xml", title: "Le blog du BearStudio (RSS)" },
    ]);
  });

  it("groups the archives by year with their counts", async () => {
    const { getArchives } = await import("@/lib/content");
    const years = await getArchives("fr");
    expect(years.map(({ year, articles }) => [year, articles.length])).toEqual([
      ["2022", 13],
      ["2021", 1],
    ]);
  });

  it("builds a category's RSS, Atom and JSON feeds with its articles only", async () => {
    const { getTopic } = await import("@/lib/content");
    const { buildFeed } = await import("@/lib/feeds/build-feed");
    const { jsonFeed11 } = await import("@/lib/feeds/json-feed");
    const topic = (await getTopic("category", "entrepreneuriat"))!;
    const feed = await buildFeed("en", topic);
    // The fixture's articles are all French: the English feed of a topic is empty, not absent.
    expect(JSON.parse(jsonFeed11(feed, "en")).items).toEqual([]);

    const french = await buildFeed("fr", topic);
    const rss = xml.parse(french.rss2()).rss.channel;
    expect(rss.title).toBe("Le blog du BearStudio\u00A0: Entrepreneuriat");
    expect(rss.link).toBe("http://localhost:3000/fr/blog/categories/entrepreneuriat");
    expect([rss.item].flat().map((item: { link: string }) => item.link)).toEqual([
      "http://localhost:3000/fr/blog/valid-article",
    ]);
    const atom = xml.parse(french.atom1()).feed;
    const self = [atom.link].flat().find((link: Record<string, string>) => link["@rel"] === "self");
    expect(self["@href"]).toBe("http://localhost:3000/fr/blog/categories/entrepreneuriat/atom.xml");
    const json = JSON.parse(jsonFeed11(french, "fr"));
    expect(json.feed_url).toBe(
      "http://localhost:3000/fr/blog/categories/entrepreneuriat/feed.json",
    );
    expect(json.items.map((item: { url: string }) => item.url)).toEqual([
      "http://localhost:3000/fr/blog/valid-article",
    ]);
  });

  it("builds an author's feed with that author's articles only, newest first", async () => {
    const { getTopic } = await import("@/lib/content");
    const { buildFeed } = await import("@/lib/feeds/build-feed");
    const feed = await buildFeed("fr", (await getTopic("author", "jeanne-doe"))!);
    const items = [xml.parse(feed.rss2()).rss.channel.item].flat();
    expect(items).toHaveLength(13);
    expect(items[0].title).toBe("Design 13");
    expect(items.some((item: { link: string }) => item.link.endsWith("/valid-article"))).toBe(
      false,
    );
  });

  it("serves each topic feed from its route with its type", async () => {
    const { topicFeedResponse, topicFeedStaticParams } =
      await import("@/lib/feeds/topic-feed-route");
    expect(await topicFeedStaticParams("category")).toContainEqual({
      locale: "en",
      category: "design",
      feed: "feed.json",
    });
    const response = await topicFeedResponse(
      "category",
      Promise.resolve({ locale: "fr", category: "design", feed: "atom.xml" }),
    );
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect([xml.parse(await response.text()).feed.entry].flat()).toHaveLength(13);
  });
});
