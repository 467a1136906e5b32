import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeResults } from "./axe";

// `npm run build:preview` of tests/fixtures/preview (a published article, a draft and one
// dated 2999-01-01), exported to out-preview/ and served as a static host would; then the
// production export out/, built after it, which must hold none of it.

const draft = "/fr/blog/brouillon-en-cours";
const scheduled = "/fr/blog/article-programme";
const published = "/fr/blog/carnet-de-notes";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.join(dir, file));
}

async function expectNoViolation(page: Page) {
  const results = await axeResults(page);
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

test("a draft and a scheduled article have their page, each under a visible banner", async ({
  page,
}) => {
  await page.goto(draft);
  await expect(page.locator("[data-preview-banner]")).toContainText("Brouillon");
  await expect(page.locator("[data-preview-banner]")).toBeVisible();
  await page.goto(scheduled);
  await expect(page.locator("[data-preview-banner]")).toContainText("Programmé le 1 janvier 2999");
  await page.goto(published);
  await expect(page.locator("[data-preview-banner]")).toHaveCount(0);
  await page.goto("/fr/blog");
  await expect(page.getByRole("link", { name: "Un brouillon en cours" })).toHaveCount(1);
});

test("every page is noindex, and robots.txt disallows everything", async ({ page, request }) => {
  await page.goto(draft);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  const pages = htmlFiles("out-preview");
  expect(pages.length).toBeGreaterThan(5);
  const indexable = pages.filter(
    (file) => !/<meta name="robots" content="noindex[^"]*"/.test(readFileSync(file, "utf8")),
  );
  expect(indexable).toEqual([]);
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/\n/i);
});

test("drafts and scheduled articles stay out of the feeds and the sitemap", async ({ request }) => {
  for (const file of ["/sitemap.xml", "/fr/rss.xml", "/fr/atom.xml", "/fr/feed.json"]) {
    const text = await (await request.get(file)).text();
    expect(text, file).toContain("carnet-de-notes");
    expect(text, file).not.toMatch(/brouillon-en-cours|article-programme/);
  }
});

test("with no tag and no series, the placeholder pages the export needs say so, in no sitemap", async ({
  page,
  request,
}) => {
  for (const [path, text] of [
    ["/fr/blog/tags/_", "Aucun article publié avec ce mot-clé pour l’instant."],
    ["/fr/blog/tags/_/page/1", "Aucun article publié avec ce mot-clé pour l’instant."],
    ["/en/blog/series/_", "No part of this series is published yet."],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByText(text)).toBeVisible();
  }
  const feed = JSON.parse(await (await request.get("/fr/blog/tags/_/feed.json")).text());
  expect(feed.items).toEqual([]);
  expect(await (await request.get("/sitemap.xml")).text()).not.toMatch(/\/(tags|series)\//);
  await page.goto("/fr/feeds");
  await expect(page.getByRole("heading", { name: "Par mot-clé" })).toHaveCount(0);
});

test("an author's Mastodon handle is the article's fediverse:creator, and its discussion is linked", async ({
  page,
}) => {
  await page.goto(published);
  await expect(page.locator('meta[name="fediverse:creator"]')).toHaveAttribute(
    "content",
    "@ada@mastodon.social",
  );
  await expect(page.getByRole("link", { name: "Discuter sur Mastodon" })).toHaveAttribute(
    "href",
    "https://mastodon.social/@ada/113456789012345678",
  );
  await page.goto("/fr/blog/authors/ada-lovelace");
  const mastodon = page.getByRole("link", { name: "Mastodon", exact: true });
  await expect(mastodon).toHaveAttribute("href", "https://mastodon.social/@ada");
  await expect(mastodon).toHaveAttribute("rel", /\bme\b/);
  await expect(page.getByRole("link", { name: "Bluesky", exact: true })).toHaveAttribute(
    "href",
    "https://bsky.app/profile/ada.bsky.social",
  );
});

test("footnotes are labelled in French", async ({ page }) => {
  await page.goto(published);
  const notes = page.locator("section[data-footnotes]");
  await expect(notes.getByRole("heading", { name: "Notes" })).toHaveCount(1);
  await expect(
    notes.getByRole("link", { name: "Retour à l’appel de note 1", exact: true }),
  ).toHaveCount(1);
  await expect(page.getByText(/Footnotes|Back to reference/)).toHaveCount(0);
  // Each call is described by the notes' heading.
  await expect(page.locator("sup a[aria-describedby='footnote-label']").first()).toBeVisible();
  await expect(page.locator("#footnote-label")).toHaveCount(1);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the banner, the discussion link and the notes have no axe violation (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    for (const target of [draft, published]) {
      await page.goto(target);
      await expectNoViolation(page);
    }
  });
}

test("the production export holds none of it", () => {
  const pages = htmlFiles("out");
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    expect(html, file).not.toContain("data-preview-banner");
    expect(html, file).not.toContain('content="noindex, nofollow"');
  }
  expect(readFileSync("out/robots.txt", "utf8")).toMatch(/Allow: \//);
  expect(readFileSync("out/robots.txt", "utf8")).not.toMatch(/Disallow/);
});
