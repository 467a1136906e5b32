import { expect, test } from "@playwright/test";

// What the content model of issue 13 puts on the real site's pages. The fields content/ does
// not use yet (updated, slug, no authors) are tested on fixtures in tests/catalogue-model.test.ts;
// tags, which it uses, in e2e/lists.spec.ts.

const path = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const heroAlt =
  "Des personnes au travail autour d’un bureau, avec des ordinateurs portables et des notes";

test("the hero carries its heroAlt on the article and on its card", async ({ page }) => {
  await page.goto(path);
  await expect(page.locator("article img").first()).toHaveAttribute("alt", heroAlt);
  await page.goto("/fr/blog");
  await expect(page.locator("main article img").first()).toHaveAttribute("alt", heroAlt);
});
