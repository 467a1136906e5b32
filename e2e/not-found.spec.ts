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
  "/fr/404",
];

test.describe("an unknown path", () => {
  for (const path of unknownPaths) {
    test(`${path} answers 404 with the site's own page in French, and ways back`, async ({
      page,
    }) => {
      const watcher = watchPage(page, { documentStatus: 404 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.locator("h1")).toHaveText("Page introuvable");
      await expect(page).toHaveTitle(/^Page introuvable — /);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      const main = page.locator("main");
      await expect(main.getByRole("link", { name: "Retour à l’accueil" })).toHaveAttribute(
        "href",
        "/fr",
      );
      await expect(main.locator(`a[href="${article}"]`)).toHaveCount(1);
      await expect(main.locator('a[href="/fr/blog"]')).toHaveCount(1);
      watcher.expectClean();
    });
  }

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
