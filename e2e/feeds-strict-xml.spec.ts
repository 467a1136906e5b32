import { expect, test } from "@playwright/test";
import { checkContent as loadContent } from "@/lib/content";
import { formatProblem } from "@/lib/content";
import { publishedLocales } from "@/lib/site";
import { paths } from "@/lib/routes/paths";
import { makeContentRoot, readFixture } from "../tests/content-fixture";

// Feed readers refuse a whole feed over one character XML 1.0 cannot carry. The content check
// refuses such characters (tests/fixtures/hostile/control-characters.mdx); every feed and the
// sitemap the build wrote must then pass the browser's own XML parser, which is strict.

test("the check refuses control characters pasted from a terminal", async () => {
  const root = await makeContentRoot({
    "control-characters": await readFixture("hostile/control-characters.mdx"),
  });
  const { problems, articles } = await loadContent(root);
  expect(problems.map(formatProblem)).toContainEqual(
    expect.stringMatching(
      /^content\/blog\/control-characters\/fr\.mdx:15:1: error: U\+001B is a control character/,
    ),
  );
  expect(articles.map((article) => article.slug)).not.toContain("control-characters");
});

test("every feed and the sitemap are well-formed XML for the browser's strict parser", async ({
  page,
  request,
}) => {
  // The feeds pages list every feed: the blog's and each category's, author's and tag's.
  const listed: string[] = [];
  for (const locale of publishedLocales) {
    await page.goto(paths.feeds(locale));
    listed.push(
      ...(await page
        .locator("main a[href$='.xml']")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))),
    );
  }
  expect(listed).toEqual(
    expect.arrayContaining([paths.atom("fr"), paths.topicFeed("tag", "en", "stage", "rss")]),
  );
  const xmlFiles = ["/sitemap.xml", ...listed];
  for (const path of xmlFiles) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    const error = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, "application/xml");
      return document.querySelector("parsererror")?.textContent ?? null;
    }, text);
    expect(error, path).toBeNull();
    // The parser is strict: a control character would have been refused.
    const broken = await page.evaluate(
      (xml) =>
        new DOMParser()
          .parseFromString(xml.replace("</", "\u001b</"), "application/xml")
          .querySelector("parsererror") !== null,
      text,
    );
    expect(broken, `${path}: the parser refuses ESC`).toBe(true);
  }
  // A language without articles yet has an empty feed: valid all the same.
  for (const locale of publishedLocales) {
    const feed = JSON.parse(await (await request.get(paths.jsonFeed(locale))).text()) as {
      version: string;
      items: unknown;
    };
    expect(feed.version, paths.jsonFeed(locale)).toBe("https://jsonfeed.org/version/1.1");
    expect(Array.isArray(feed.items), paths.jsonFeed(locale)).toBe(true);
  }
});

test("the JSON-LD of an article is valid JSON", async ({ page }) => {
  await page.goto("/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(() => JSON.parse(block)).not.toThrow();
});
