import { expect, test, type Page } from "@playwright/test";
import { openWithShortcut } from "./shortcut";
import { axeResults } from "./axe";

// axe-core with the WCAG 2.0–2.2 A and AA rules, target-size included, on every page type, in
// both themes; the phone and desktop projects run it at both widths.

const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const pages = [
  "/fr",
  "/en",
  "/fr/blog",
  "/en/blog",
  article,
  "/fr/blog/categories/entrepreneuriat",
  "/en/blog/authors/rudy-baer",
  "/fr/blog/archives",
  "/en/blog/archives",
  "/fr/blog/categories/entrepreneuriat/page/1",
  "/en/blog/authors/rudy-baer/page/1",
  "/fr/blog/tags/stage",
  "/en/blog/tags/reseau/page/1",
  "/fr/blog/series/breves",
  "/en/feeds",
  "/fr/feeds",
  "/fr/search?q=stage",
  "/en/search",
  "/fr/share/mastodon",
];
const notFound = "/fr/cette-page-n-existe-pas";

async function expectNoViolation(page: Page) {
  const results = await axeResults(page);
  const ran = [
    ...results.passes,
    ...results.violations,
    ...results.incomplete,
    ...results.inapplicable,
  ].map((rule) => rule.id);
  expect(ran).toContain("target-size");
  expect(ran).toContain("color-contrast");
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(" ")).join("\n  ")}`,
  );
  expect(violations).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    for (const path of pages) {
      test(`${path} has no violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
        await page.goto(path);
        if (path.includes("?q=")) await expect(page.locator("main ol li").first()).toBeVisible();
        await expectNoViolation(page);
      });
    }

    test(`the 404 page (${notFound}) has no violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      const response = await page.goto(notFound);
      // The site's own 404 page (app/[locale]/404), in both modes, never Next.js's built-in
      // not-found document, which has no lang and no landmarks.
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.locator("main")).toHaveCount(1);
      await expectNoViolation(page);
    });

    test("the open Mastodon share box has no violation", async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      await page.goto(article);
      await page.getByText("Partager sur Mastodon").click();
      await expect(page.getByLabel("Ou une autre instance")).toBeVisible();
      await expectNoViolation(page);
    });

    test("the open search and figure dialogs have no violation", async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      await page.goto(article);
      await openWithShortcut(page, "Control+k", page.getByRole("dialog"));
      await page.keyboard.type("stage");
      await expect(page.getByRole("dialog").locator("ol li")).toHaveCount(1);
      await expectNoViolation(page);
      await page.keyboard.press("Escape");
      await page.locator("article figure a[data-zoom]").click();
      await expect(page.getByRole("dialog").locator("img")).toBeVisible();
      await expectNoViolation(page);
    });
  });
}

test.describe("keyboard and focus", () => {
  test("the skip link and the header menu work from the keyboard, with a visible focus", async ({
    page,
  }) => {
    await page.goto(article);
    const outline = () =>
      page.evaluate(() => {
        const focused = document.activeElement;
        return focused ? getComputedStyle(focused).outlineStyle : "none";
      });
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Aller au contenu" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const names = [];
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press("Tab");
      expect(await outline()).not.toBe("none");
      names.push(
        await page.evaluate(
          () =>
            (document.activeElement as HTMLElement | null)?.innerText.replace(/\s+/g, " ") ?? "",
        ),
      );
    }
    expect(names.map((name) => name.trim())).toEqual([
      "BearStudio Le blog",
      "Blog",
      expect.stringMatching(/^(Rechercher \/|Rechercher|)$/),
      expect.stringMatching(/English$/),
      "Thème sombre",
    ]);
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-theme", /dark|light/);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en$/);
  });

  test("the skip link moves to the main content", async ({ page }) => {
    await page.goto(article);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(
      () => document.querySelector("main")?.contains(document.activeElement) ?? false,
    );
    expect(inMain).toBe(true);
  });

  test("reduced motion turns transitions off", async ({ page }) => {
    await page.goto(article);
    const mark = page.locator("h2#slack a span");
    const duration = () => mark.evaluate((span) => getComputedStyle(span).transitionDuration);
    expect(await duration()).toBe("0.15s");
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await duration()).toBe("1e-05s");
    await expect(page.locator("html")).toHaveCSS("scroll-behavior", "auto");
  });
});
