import { expect, test, type Page } from "@playwright/test";
import { watchPage } from "./console";
import { openWithShortcut } from "./shortcut";

// Search with the static Pagefind index built after `next build` (scripts/search-index.ts).

const slug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const title = "Comment se faire un réseau pour trouver un premier stage\u202F?";

async function expectArticleResult(page: Page, scope = page.locator("body")) {
  await expect(scope.getByRole("status").filter({ hasText: "résultat" })).toHaveText("1 résultat");
  const result = scope.locator("ol li").first();
  await expect(result.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    `/fr/blog/${slug}`,
  );
  await expect(result).toContainText("19 octobre 2020");
  await expect(result.locator("mark").first()).toHaveText(/stage/i);
}

test.describe("search", () => {
  test("the search page finds an article by its words: title, date, excerpt", async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto("/fr/search");
    await page.getByRole("searchbox", { name: "Rechercher dans les articles" }).fill("stage");
    await expectArticleResult(page);
    await expect(page).toHaveURL(/\/fr\/search\?q=stage$/);
    await page.getByRole("searchbox").fill("zzzqqq");
    await expect(page.getByRole("status").filter({ hasText: "résultat" })).toHaveText(
      "Aucun résultat",
    );
    watcher.expectClean();
  });

  test("what is typed before the page's scripts arrive is searched once they do", async ({
    page,
  }) => {
    // The page's scripts are held back until the reader has typed, as on a slow phone.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/fr/search", { waitUntil: "domcontentloaded" });
    await page.getByRole("searchbox", { name: "Rechercher dans les articles" }).fill("stage");
    release();
    await expectArticleResult(page);
  });

  test("a shared search address shows its results", async ({ page }) => {
    await page.goto("/fr/search?q=stage");
    await expect(page.getByRole("searchbox")).toHaveValue("stage");
    await expectArticleResult(page);
  });

  test("in English, articles not yet translated are found in French", async ({ page }) => {
    await page.goto("/en/search");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("searchbox", { name: "Search the articles" }).fill("stage");
    await expect(page.getByRole("status").filter({ hasText: "result" })).toHaveText("1 result");
    const link = page.getByRole("link", { name: title });
    await expect(link).toHaveAttribute("hreflang", "fr");
    await expect(page.locator("ol li").first()).toContainText("October 19, 2020");
  });

  test("'/' opens the search dialog from any page; keyboard alone reaches a result", async ({
    page,
  }) => {
    const watcher = watchPage(page);
    await page.goto(`/fr/blog/${slug}`);
    const dialog = page.getByRole("dialog", { name: "Rechercher" });
    await openWithShortcut(page, "/", dialog);
    const box = dialog.getByRole("searchbox");
    await expect(box).toBeFocused();
    await page.keyboard.type("réseau");
    await expect(dialog.getByRole("link", { name: title })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("link", { name: title })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("link", { name: "Rechercher" })).toBeFocused();

    await page.keyboard.press("Control+k");
    await expect(dialog).toBeVisible();
    await page.keyboard.type("stage");
    // Escape in the field closes the dialog at once (it does not just clear the field).
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.keyboard.press("Control+k");
    await expect(box).toBeFocused();
    await page.keyboard.type("stage");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/fr/blog/${slug}$`));
    watcher.expectClean();
  });

  test("the header's search opens the dialog by click, and is the search page without JavaScript", async ({
    page,
    browser,
  }) => {
    await page.goto("/fr");
    await page.getByRole("link", { name: "Rechercher" }).click();
    await expect(page.getByRole("dialog", { name: "Rechercher" })).toBeVisible();
    await expect(page).toHaveURL(/\/fr$/);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto("/fr");
    await noJs.getByRole("link", { name: "Rechercher" }).click();
    await expect(noJs).toHaveURL(/\/fr\/search$/);
    await expect(noJs.getByText("La recherche a besoin de JavaScript")).toBeVisible();
    await expect(noJs.getByRole("searchbox")).toBeHidden();
    await context.close();
  });

  test("the index holds the articles only, with their date, in their language", async ({
    request,
  }) => {
    const entry = await (await request.get("/pagefind/pagefind-entry.json")).json();
    expect(Object.keys(entry.languages)).toEqual(["fr"]);
    expect(entry.languages.fr.page_count).toBe(1);
    const bundle = await request.get("/pagefind/pagefind.js");
    expect(bundle.status()).toBe(200);
  });
});
