import { expect, test } from "@playwright/test";
import { watchPage } from "./console";

const articlePath = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";

test.describe("French typography", () => {
  test("no ordinary space stands before ? ! ; : in the French article, outside code and emoticons", async ({
    page,
  }) => {
    await page.goto(articlePath);
    const text = await page.locator("article").evaluate((article) => {
      const clone = article.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("code, pre, script").forEach((element) => element.remove());
      return clone.textContent ?? "";
    });
    const offenders = [...text.matchAll(/ [?!;:](?![-]?[()pPD])/g)].map((match) =>
      text.slice(Math.max(0, match.index - 20), match.index + 3),
    );
    expect(offenders).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe(
      "Comment se faire un réseau pour trouver un premier stage\u202F?",
    );
    // Emoticons keep the author's spaces.
    expect(text).toContain("passer pour un con :p");
    expect(text).toContain("pour trouver un job ;).");
  });
});

test.describe("the English side", () => {
  for (const path of ["/en", "/en/blog"]) {
    test(`${path} is in English and links to the French article, marked as French`, async ({
      page,
    }) => {
      const watcher = watchPage(page);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("link", { name: "Blog", exact: true })).toHaveAttribute(
        "href",
        "/en/blog",
      );
      const card = page.locator("article").filter({ hasText: "Comment se faire un réseau" });
      await expect(card).toContainText("In French");
      await expect(card).toContainText("October 19, 2020");
      await expect(card).toContainText("5 min read");
      const link = card.getByRole("link", { name: /Comment se faire un réseau/ });
      await expect(link).toHaveAttribute("href", articlePath);
      await expect(link).toHaveAttribute("hreflang", "fr");
      await expect(card.locator("h2")).toHaveAttribute("lang", "fr");
      await expect(card.getByRole("link", { name: "Entrepreneurship" })).toHaveAttribute(
        "href",
        "/en/blog/categories/entrepreneuriat",
      );
      watcher.expectClean();
    });
  }

  test("the language switch leads to the same page, or to the home page when there is no translation", async ({
    page,
  }) => {
    await page.goto("/fr/blog/categories/entrepreneuriat");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/blog\/categories\/entrepreneuriat$/);
    await expect(page.locator("h1")).toHaveText("Entrepreneurship");
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/blog\/categories\/entrepreneuriat$/);
    await page.goto(articlePath);
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en");
  });

  test("English feeds and pages carry their language", async ({ page, request }) => {
    const rss = await (await request.get("/en/rss.xml")).text();
    expect(rss).toContain("<language>en</language>");
    await page.goto("/en/blog/authors/rudy-baer");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await page.locator('meta[property="og:locale"]').getAttribute("content")).toBe("en_US");
    expect(await page.locator('meta[property="og:locale:alternate"]').getAttribute("content")).toBe(
      "fr_FR",
    );
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
      "href",
      /\/fr\/blog\/authors\/rudy-baer$/,
    );
  });
});
