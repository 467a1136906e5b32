import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";
import { plain } from "./catalogue-source";
import { axeResults, violationLines } from "./axe";

// Our own articles of the catalogue build (tests/fixtures/catalogue-site/): a series of three
// parts, and thirteen articles in one category, by one author, with one tag: one more than a
// page holds (12).
// What each page should show is read from the fixture files, in both hosting modes.

type Fixture = { slug: string; title: string; date: string; part?: number };
const folder = "tests/fixtures/catalogue-site/content/blog";
const fixtures: Fixture[] = readdirSync(folder).map((slug) => {
  const { data } = matter(readFileSync(`${folder}/${slug}/fr.md`, "utf8"));
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date;
  return { slug, title: data.title, date, part: data.series?.part };
});
const parts = fixtures
  .filter((fixture) => fixture.part !== undefined)
  .sort((a, b) => a.part! - b.part!);
/** Newest first, as lists show them. */
const byDate = [...fixtures].sort((a, b) => b.date.localeCompare(a.date));
const pathOf = (url: string | null) => new URL(url ?? "", "http://x").pathname;

async function head(page: Page) {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  const meta = page.locator('meta[name="robots"]');
  const robots = (await meta.count()) > 0 ? await meta.getAttribute("content") : null;
  return { canonical: pathOf(canonical), robots };
}

async function expectNoAxeViolation(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await page.reload();
    expect(violationLines(await axeResults(page)), `${colorScheme} theme`).toEqual([]);
  }
}

test("the fixtures make a series of three and one page more than a list holds", () => {
  expect(parts.map((part) => part.part)).toEqual([1, 2, 3]);
  expect(fixtures).toHaveLength(13);
});

test.describe("a series of three parts", () => {
  const [first, second, third] = parts as [Fixture, Fixture, Fixture];
  const label = "Série : Formulaires accessibles";

  test("each part lists the parts in order, marks its own, links to the next", async ({ page }) => {
    await page.goto(`/fr/blog/${second.slug}`);
    const series = page.getByRole("navigation", { name: label });
    await expect(series.getByText("Partie 2 sur 3", { exact: true })).toBeVisible();
    const items = (await series.locator("ol > li").allTextContents()).map(plain);
    expect(items).toEqual(
      parts.map((part, index) => plain(`${index + 1}.Partie ${index + 1} sur 3: ${part.title}`)),
    );
    const current = plain((await series.locator('[aria-current="page"]').textContent()) ?? "");
    expect(current).toBe(plain(`Partie 2 sur 3: ${second.title}`));
    await expect(series.locator(`a[href="/fr/blog/${second.slug}"]`)).toHaveCount(0);
    await expect(series.locator(`ol a[href="/fr/blog/${first.slug}"]`)).toHaveCount(1);
    await expect(series.locator(`ol a[href="/fr/blog/${third.slug}"]`)).toHaveCount(1);

    const next = series.locator('a[rel="next"]');
    expect(plain((await next.textContent()) ?? "")).toBe(
      plain(`Partie suivante : ${third.title} →`),
    );
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/fr/blog/${third.slug}$`));
    await expect(series.getByText("Partie 3 sur 3", { exact: true })).toBeVisible();
    await expect(series.locator('a[rel="next"]')).toHaveCount(0);
    await expect(series.getByText("C’est la dernière partie de la série.")).toBeVisible();

    await series.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(/\/fr\/blog\/series\/formulaires$/);
  });

  test("the series page lists the parts in order, indexed at its own address", async ({ page }) => {
    expect((await page.goto("/fr/blog/series/formulaires"))?.status()).toBe(200);
    expect(plain((await page.locator("h1").textContent()) ?? "")).toBe(label);
    const links = page.locator("main ol a");
    expect(
      await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href"))),
    ).toEqual(parts.map((part) => `/fr/blog/${part.slug}`));
    expect(await head(page)).toEqual({ canonical: "/fr/blog/series/formulaires", robots: null });
    await expectNoAxeViolation(page);
  });
});

for (const [kind, topic] of [
  ["categories", "accessibilite"],
  ["authors", "claire-dupont"],
  ["tags", "accessibilite"],
] as const) {
  const base = `/fr/blog/${kind}/${topic}`;
  const titlesOn = async (page: Page) =>
    (await page.locator("main article h2, main article h3").allTextContents()).map(plain);

  test.describe(`${base}, two pages`, () => {
    test("page 1: the twelve newest, indexed at the topic's address, linking page 2", async ({
      page,
    }) => {
      await page.goto(base);
      await expect(page.getByText("13 articles", { exact: true })).toBeVisible();
      expect(await titlesOn(page)).toEqual(byDate.slice(0, 12).map((item) => plain(item.title)));
      expect(await head(page)).toEqual({ canonical: base, robots: null });
      const pages = page.getByRole("navigation", { name: "Pages des articles" });
      await pages.getByRole("link", { name: "Page 2" }).click();
      await expect(page).toHaveURL(new RegExp(`${base}/page/2$`));
    });

    test("page 2: the oldest, its own canonical, noindex, and nothing past it", async ({
      page,
    }) => {
      expect((await page.goto(`${base}/page/2`))?.status()).toBe(200);
      expect(await titlesOn(page)).toEqual(byDate.slice(12).map((item) => plain(item.title)));
      expect(await head(page)).toEqual({ canonical: `${base}/page/2`, robots: "noindex, follow" });
      const pages = page.getByRole("navigation", { name: "Pages des articles" });
      await expect(pages.locator('[aria-current="page"]')).toHaveText("2");
      await expect(pages.locator('a[rel="prev"]')).toHaveAttribute("href", base);
      await expectNoAxeViolation(page);
      expect((await page.goto(`${base}/page/3`))?.status()).toBe(404);
    });
  });
}

// Issue 15's French footnote labels, in both hosting modes (the preview build has them too).
test("footnotes are labelled in French, and the call and its note lead to each other", async ({
  page,
}) => {
  await page.goto("/fr/blog/focus-visible");
  const notes = page.locator("section[data-footnotes]");
  await expect(notes.getByRole("heading", { name: "Notes" })).toHaveCount(1);
  await expect(notes.getByRole("listitem")).toContainText("critère 2.4.7 des WCAG");
  const back = notes.getByRole("link", { name: "Retour à l’appel de note 1", exact: true });
  await expect(back).toHaveCount(1);
  await expect(page.getByText(/Footnotes|Back to reference/)).toHaveCount(0);
  const call = page.locator("sup a[aria-describedby='footnote-label']");
  await expect(call).toHaveText("1");
  await call.click();
  await expect(page).toHaveURL(/#user-content-fn-wcag$/);
  await back.click();
  await expect(page).toHaveURL(/#user-content-fnref-wcag$/);
  await expectNoAxeViolation(page);
});
