import { expect, test } from "@playwright/test";
import { publishedLocales } from "@/lib/site";
import { watchPage } from "./console";

const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";

// Unknown articles, categories, authors, pages and languages, and paths of no language.
const unknownPaths = [
  "/fr/blog/un-article-qui-n-existe-pas",
  "/fr/blog/categories/inconnue",
  "/fr/blog/authors/personne",
  "/fr/blog/page/999",
  "/fr/a-propos",
  "/de",
  "/de/blog",
  "/une-page-inconnue",
];

test.describe("an unknown path", () => {
  test("answers 404 with the site's own page in French, and ways back", async ({ page }) => {
    for (const path of unknownPaths) {
      const watcher = watchPage(page, { documentStatus: 404 });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "fr");
      await expect(page.locator("h1"), path).toHaveText("Page introuvable");
      await expect(page, path).toHaveTitle(/^Page introuvable — /);
      await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute("content", /noindex/);
      const main = page.locator("main");
      await expect(main.getByRole("link", { name: "Retour à l’accueil" }), path).toHaveAttribute(
        "href",
        "/fr",
      );
      await expect(main.locator(`a[href="${article}"]`), path).toHaveCount(1);
      await expect(main.locator('a[href="/fr/blog"]'), path).toHaveCount(1);
      watcher.expectClean();
      page.removeAllListeners();
    }
  });

  test(
    "below a published language answers in that language",
    { tag: "@node" },
    async ({ page }) => {
      for (const locale of publishedLocales) {
        const response = await page.goto(`/${locale}/blog/nothing-here`);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
    },
  );

  test("leads back to the article", async ({ page }) => {
    await page.goto("/fr/blog/un-article-qui-n-existe-pas");
    await page.locator(`main a[href="${article}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${article}$`));
    await expect(page.locator("h1")).toHaveText(
      "Comment se faire un réseau pour trouver un premier stage ?",
    );
  });
});
