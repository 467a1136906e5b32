import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Article, Content } from "@/lib/content";
import { checkContent } from "@/lib/content/check-content";
import { deadPathReason } from "@/lib/content/site-paths";
import { topicsOf } from "@/lib/content/topics";
import { parsePath, paths } from "@/lib/routes/paths";
import { makeContentRoot, numberedArticles, readFixture } from "./content-fixture";
import { siteIndex } from "./site-index-fixture";

// Tags as a topic, like categories and authors: the URL scheme, the dead-link rule, the labels,
// then a fixture folder of 13 articles tagged "Réseau" (the newest two also "Stage") beside the
// base article, which has no tag; then a site with no tag and no series, which builds the
// placeholder pages the static export needs.

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const origin = "http://localhost:3000";

describe("the URL scheme of tags", () => {
  it.each([
    ["/fr/blog/tags/reseau", { kind: "tag", locale: "fr", id: "reseau" }],
    ["/fr/blog/tags/reseau/page/2", { kind: "tag", locale: "fr", id: "reseau", page: "2" }],
    [
      "/en/blog/tags/reseau/atom.xml",
      { kind: "feed", locale: "en", id: "atom", topic: { kind: "tag", id: "reseau" } },
    ],
  ])("%s", (route, parsed) => {
    expect(parsePath(route)).toEqual(parsed);
  });

  it.each([
    "/fr/blog/tags/reseau/page/1",
    "/fr/blog/tags/reseau/index.xml",
    "/fr/blog/tags/reseau/page/2/rss.xml",
  ])("%s is no path of the site", (route) => {
    expect(parsePath(route)).toBeUndefined();
  });

  it("builds a tag's pages and feeds under /<lang>/blog/tags/<id>", () => {
    expect(paths.tag("fr", "reseau")).toBe("/fr/blog/tags/reseau");
    expect(paths.topic("tag", "fr", "reseau", 3)).toBe("/fr/blog/tags/reseau/page/3");
    expect(paths.topicFeed("tag", "en", "reseau", "json")).toBe("/en/blog/tags/reseau/feed.json");
  });
});

describe("links to tags in articles", () => {
  const site = siteIndex({ tags: new Map([["reseau", true]]) });
  it("accept a tag's pages and feeds", () => {
    for (const href of [
      "/fr/blog/tags/reseau",
      "/fr/blog/tags/reseau/page/2",
      "/fr/blog/tags/reseau/rss.xml",
      "/en/blog/tags/reseau/atom.xml",
      "/fr/blog/tags/reseau/feed.json",
    ]) {
      expect(deadPathReason(href, site, true), href).toBeUndefined();
    }
  });

  it("refuse a tag no article has, its feeds and pages included", () => {
    for (const href of [
      "/fr/blog/tags/rust",
      "/fr/blog/tags/rust/feed.json",
      "/fr/blog/tags/rust/page/2",
    ]) {
      expect(deadPathReason(href, site, true), href).toBe(
        'link to tag "rust", which no article has (known: reseau)',
      );
    }
    // The placeholder of a site with no tag is no page to link to.
    expect(deadPathReason("/fr/blog/tags/_", { ...site, tags: new Map() }, true)).toBe(
      'link to tag "_", which no article has (known: none)',
    );
  });

  it("refuse, in a published article, a tag that only drafts have; a draft may link to it", () => {
    const withDraftTag = {
      ...site,
      tags: new Map([
        ["reseau", true],
        ["brouillon", false],
      ]),
    };
    expect(deadPathReason("/fr/blog/tags/brouillon", withDraftTag, true)).toBe(
      'link to tag "brouillon", which only drafts or scheduled articles have: its page does not exist until one of them is published',
    );
    expect(deadPathReason("/fr/blog/tags/brouillon", withDraftTag, false)).toBeUndefined();
  });

  it("accept any tag when the caller does not know them (the importer)", () => {
    const { tags, ...withoutTags } = site;
    expect(tags.size).toBe(1);
    expect(deadPathReason("/fr/blog/tags/rust/rss.xml", withoutTags, true)).toBeUndefined();
  });
});

describe("the content check of links to tags", () => {
  it("knows a tag as published once any published article has it, whatever the order", async () => {
    const valid = await readFixture("base/content/blog/valid-article/fr.mdx");
    const article = (state: string, tags: string, body = "") =>
      `${valid.replace("state: published", `state: ${state}`).replace("heroAlt:", `tags: ${tags}\nheroAlt:`)}\n${body}\n`;
    const links = "[Brouillon](/fr/blog/tags/brouillon) et [Mixte](/fr/blog/tags/mixte).";
    // Read in folder order: a draft, then the published article, then another draft.
    const root = await makeContentRoot({
      "a-brouillon": article("draft", "['Brouillon', 'Mixte']"),
      "b-publie": article("published", "['Mixte']", links),
      "c-brouillon": article("draft", "['Mixte']"),
    });
    const { problems } = await checkContent(root);
    expect(
      problems
        .filter((problem) => problem.file === "content/blog/b-publie/fr.mdx")
        .map((problem) => problem.message),
    ).toEqual([
      'link to tag "brouillon", which only drafts or scheduled articles have: its page does not exist until one of them is published',
    ]);
  });
});

describe("a tag's labels", () => {
  const article = (locale: "fr" | "en", labels: string[]) =>
    ({ locale, tags: labels.map((label) => ({ id: label.toLowerCase(), label })) }) as Article;
  const content = { categories: new Map(), authors: new Map() } as unknown as Content;

  it("are written as each language's articles write them, else as the first article does", () => {
    const topics = topicsOf(content, "tag", [
      article("en", ["Stage", "CSS"]),
      article("fr", ["STAGE"]),
    ]);
    expect(topics).toEqual([
      { kind: "tag", id: "css", labels: { fr: "CSS", en: "CSS" } },
      { kind: "tag", id: "stage", labels: { fr: "STAGE", en: "Stage" } },
    ]);
  });
});

describe("tag pages and feeds from a fixture folder", () => {
  beforeAll(async () => {
    const articles = await numberedArticles("reseau", "Réseau", 13, (source, index) => {
      const tags = index >= 12 ? "['Réseau', 'Stage']" : "['Réseau']";
      return source.replace("heroAlt:", `tags: ${tags}\nheroAlt:`);
    });
    vi.stubEnv("CONTENT_ROOT", await makeContentRoot(articles));
    vi.resetModules();
  });

  it("prerenders every page of every tag, in every language", async () => {
    const { topicListStaticParams } = await import("@/lib/topic-list");
    const params = await topicListStaticParams("tag", true);
    expect(params.filter((param) => param.locale === "fr")).toEqual([
      { locale: "fr", tag: "reseau", page: "1" },
      { locale: "fr", tag: "reseau", page: "2" },
      { locale: "fr", tag: "stage", page: "1" },
    ]);
    expect(await topicListStaticParams("tag", false)).toEqual([
      { locale: "fr", tag: "reseau" },
      { locale: "fr", tag: "stage" },
      { locale: "en", tag: "reseau" },
      { locale: "en", tag: "stage" },
    ]);
  });

  it("holds 12 articles a page, with the whole list's count", async () => {
    const { topicListView } = await import("@/lib/topic-list");
    const view = (page?: string) =>
      topicListView(
        "tag",
        Promise.resolve({ locale: "fr", tag: "reseau", ...(page ? { page } : {}) }),
      );
    const first = await view();
    expect(first.topic.labels.fr).toBe("Réseau");
    expect(first.page.items).toHaveLength(12);
    expect(first.page.items[0]?.slug).toBe("reseau-13");
    const second = await view("2");
    expect(second.page.items.map((article) => article.slug)).toEqual(["reseau-01"]);
    expect([first.page.total, second.page.total, second.page.pageCount]).toEqual([13, 13, 2]);
  });

  it("gives page 1 the tag's address, noindex after it and on …/page/1, and its feeds", async () => {
    const { topicListMetadata, topicListView } = await import("@/lib/topic-list");
    const meta = async (page?: string) =>
      topicListMetadata(
        await topicListView(
          "tag",
          Promise.resolve({ locale: "fr", tag: "reseau", ...(page ? { page } : {}) }),
        ),
      );
    const first = await meta();
    expect(first.alternates?.canonical).toBe(`${origin}/fr/blog/tags/reseau`);
    expect(first.robots).toBeUndefined();
    expect(first.description).toBe("Les articles sur Réseau, du plus récent au plus ancien.");
    const second = await meta("2");
    expect(second.alternates?.canonical).toBe(`${origin}/fr/blog/tags/reseau/page/2`);
    expect(second.robots).toEqual({ index: false, follow: true });
    const unlinked = await meta("1");
    expect(unlinked.alternates?.canonical).toBe(`${origin}/fr/blog/tags/reseau`);
    expect(unlinked.robots).toEqual({ index: false, follow: true });
    expect(first.alternates?.types?.["application/feed+json"]).toEqual([
      {
        url: `${origin}/fr/blog/tags/reseau/feed.json`,
        title: "Le blog du BearStudio\u00A0: Réseau (JSON Feed)",
      },
      { url: `${origin}/fr/feed.json`, title: "Le blog du BearStudio (JSON Feed)" },
    ]);
  });

  it("serves a tag's RSS, Atom and JSON Feed with its articles only", async () => {
    const { topicFeedResponse, topicFeedStaticParams } =
      await import("@/lib/feeds/topic-feed-route");
    expect(await topicFeedStaticParams("tag")).toHaveLength(2 * 2 * 3);
    const feed = async (file: string) => {
      const response = await topicFeedResponse(
        "tag",
        Promise.resolve({ locale: "fr", tag: "stage", feed: file }),
      );
      return { type: response.headers.get("content-type"), text: await response.text() };
    };
    const rss = await feed("rss.xml");
    expect(rss.type).toBe("application/rss+xml; charset=utf-8");
    const channel = xml.parse(rss.text).rss.channel;
    expect(channel.title).toBe("Le blog du BearStudio\u00A0: Stage");
    expect(channel.link).toBe(`${origin}/fr/blog/tags/stage`);
    expect([channel.item].flat().map((item: { link: string }) => item.link)).toEqual([
      `${origin}/fr/blog/reseau-13`,
      `${origin}/fr/blog/reseau-12`,
    ]);
    const atom = await feed("atom.xml");
    expect(atom.type).toBe("application/atom+xml; charset=utf-8");
    const parsed = xml.parse(atom.text).feed;
    const self = [parsed.link]
      .flat()
      .find((link: Record<string, string>) => link["@rel"] === "self");
    expect(self["@href"]).toBe(`${origin}/fr/blog/tags/stage/atom.xml`);
    expect([parsed.entry].flat()).toHaveLength(2);
    const json = await feed("feed.json");
    expect(json.type).toBe("application/feed+json; charset=utf-8");
    const items = JSON.parse(json.text).items as { url: string }[];
    expect(items.map((item) => item.url)).toEqual([
      `${origin}/fr/blog/reseau-13`,
      `${origin}/fr/blog/reseau-12`,
    ]);
  });

  it("puts each tag's first page in the sitemap, no other page of it", async () => {
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls.filter((url) => url.includes("/tags/"))).toEqual([
      `${origin}/fr/blog/tags/reseau`,
      `${origin}/fr/blog/tags/stage`,
      `${origin}/en/blog/tags/reseau`,
      `${origin}/en/blog/tags/stage`,
    ]);
  });
});

describe("a site with no tag and no series yet", () => {
  beforeAll(async () => {
    // The base fixture: one article, without tags, and no content/series.yml.
    vi.stubEnv("CONTENT_ROOT", await makeContentRoot());
    vi.resetModules();
  });

  it("builds one placeholder tag page per language, with its page/1 and feeds", async () => {
    const { topicListStaticParams } = await import("@/lib/topic-list");
    const { topicFeedStaticParams } = await import("@/lib/feeds/topic-feed-route");
    expect(await topicListStaticParams("tag", false)).toEqual([
      { locale: "fr", tag: "_" },
      { locale: "en", tag: "_" },
    ]);
    expect(await topicListStaticParams("tag", true)).toEqual([
      { locale: "fr", tag: "_", page: "1" },
      { locale: "en", tag: "_", page: "1" },
    ]);
    expect(
      (await topicFeedStaticParams("tag")).map(({ locale, feed }) => `${locale}/${feed}`),
    ).toEqual([
      "fr/rss.xml",
      "fr/atom.xml",
      "fr/feed.json",
      "en/rss.xml",
      "en/atom.xml",
      "en/feed.json",
    ]);
  });

  it("keeps the placeholder tag page out of search engines, with an empty feed", async () => {
    const { topicListMetadata, topicListView } = await import("@/lib/topic-list");
    const view = await topicListView("tag", Promise.resolve({ locale: "fr", tag: "_" }));
    expect(view.page.total).toBe(0);
    expect(topicListMetadata(view).robots).toEqual({ index: false, follow: true });
    const { topicFeedResponse } = await import("@/lib/feeds/topic-feed-route");
    const response = await topicFeedResponse(
      "tag",
      Promise.resolve({ locale: "fr", tag: "_", feed: "feed.json" }),
    );
    expect(JSON.parse(await response.text()).items).toEqual([]);
  });

  it("builds one placeholder series page per language, noindex", async () => {
    const route = await import("@/app/[locale]/blog/series/[series]/page");
    expect(await route.generateStaticParams()).toEqual([
      { locale: "fr", series: "_" },
      { locale: "en", series: "_" },
    ]);
    const metadata = await route.generateMetadata({
      params: Promise.resolve({ locale: "fr", series: "_" }),
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it("lists neither placeholder in the sitemap or on the feeds page", async () => {
    const { getTopics } = await import("@/lib/content");
    expect(await getTopics("tag")).toEqual([]);
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls.filter((url) => /\/(tags|series)\//.test(url))).toEqual([]);
  });
});
