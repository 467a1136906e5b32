import { expect, test } from "@playwright/test";
import { watchPage } from "./console";
import { seedBlocks, seedBody, seedLinks } from "./seed";

const path = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
// French typography turns spaces before ? ! ; : into no-break ones and "..." into "…":
// the words stay the author's.
const normalise = (text: string) =>
  text
    .replace(/\.\.\./g, "…")
    .replace(/\s+/g, " ")
    .trim();

test.describe("the first article", () => {
  test("reads word for word as its author wrote it", async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto(path);
    const text = normalise(await page.locator("article").innerText());
    for (const block of seedBlocks()) expect(text).toContain(normalise(block));
    expect(text).not.toMatch(/Ã|â€|ğŸ|Â|\uFFFD/);
    watcher.expectClean();
  });

  test("has its header: language, title, date, reading time, authors, categories, description", async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(
      "Comment se faire un réseau pour trouver un premier stage ?",
    );
    await expect(page).toHaveTitle(
      /^Comment se faire un réseau pour trouver un premier stage\s\? — /,
    );
    await expect(page.locator('article time[datetime="2020-10-19"]').first()).toHaveText(
      "19 octobre 2020",
    );
    await expect(page.locator("article header")).toContainText("5 min de lecture");
    await expect(page.getByRole("link", { name: "Rudy Baer" })).toHaveAttribute(
      "href",
      "/fr/blog/authors/rudy-baer",
    );
    await expect(page.getByRole("link", { name: "Entrepreneuriat" })).toHaveAttribute(
      "href",
      "/fr/blog/categories/entrepreneuriat",
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      "Dans cet article, je vous propose quelques tips pour optimiser vos chances de trouver un stage, même si vous n'avez pas spécialement de contacts.",
    );
  });

  test("links every link of the seed to its address, external ones without opener or referrer", async ({
    page,
  }) => {
    await page.goto(path);
    const body = page.locator("article .prose");
    for (const { text, href } of seedLinks()) {
      const link = body.locator(`a[href="${href}"]`);
      await expect(link, href).toHaveCount(1);
      await expect(link).toHaveText(text);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    await expect(body.locator("a[href^='http']")).toHaveCount(seedLinks().length);
  });

  test("gives headings stable ids and working anchors", async ({ page }) => {
    await page.goto(path);
    const headings = page.locator("article .prose :is(h2, h3)");
    await expect(headings).toHaveCount(seedBody().match(/^#{2,3} /gm)?.length ?? -1);
    await expect(page.locator("h2#le-feedback-apres-un-entretien")).toHaveText(
      /Le feedback après un entretien/,
    );
    await expect(page.locator("h3#une-piste-assez-simple-les-sponsors")).toHaveText(
      /Une piste assez simple\s:\sles sponsors\s!/,
    );
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute("id");
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      await expect(heading.getByRole("link")).toHaveAttribute("href", `#${id}`);
    }
    await page.locator("h2#le-feedback-apres-un-entretien a").click();
    await expect(page).toHaveURL(/#le-feedback-apres-un-entretien$/);
    await expect(page.locator("h2#le-feedback-apres-un-entretien")).toBeInViewport();
  });

  test("shows the callout and the captioned figure", async ({ page }) => {
    await page.goto(path);
    const callout = page.getByRole("complementary", { name: "À noter" });
    await expect(callout).toContainText(
      "Disclaimer : cet article a été écrit avant la crise du coronavirus 😷",
    );
    const figure = page.locator("article figure");
    await expect(figure).toHaveCount(1);
    await expect(figure.locator("figcaption")).toHaveText(
      "Trouvez la communauté qui vous ressemble.",
    );
    const image = figure.locator("img");
    await expect(image).toHaveAttribute("width", "1024");
    await expect(image).toHaveAttribute("height", "528");
    await expect(image).toHaveAttribute("loading", "lazy");
  });

  test("loads every image, the hero first", async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto(path);
    const hero = page.locator("article img").first();
    await expect(hero).toHaveAttribute("fetchpriority", "high");
    await expect(hero).not.toHaveAttribute("loading", "lazy");
    for (const image of await page.locator("img").all()) {
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() =>
          image.evaluate(
            (element: HTMLImageElement) => element.complete && element.naturalWidth > 0,
          ),
        )
        .toBe(true);
    }
    watcher.expectClean();
  });
});

test.describe("the way to the article", () => {
  // A plain static server has no redirects: e2e/http-static.spec.ts checks out/_redirects.
  test("/ redirects to /fr", { tag: "@node" }, async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
  });

  test("the home and blog index lead to the article", async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto("/fr");
    await page
      .getByRole("link", { name: "Comment se faire un réseau pour trouver un premier stage ?" })
      .click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await page.goto("/fr/blog");
    await expect(page.locator("h1")).toHaveText("Tous les articles");
    await page
      .getByRole("link", { name: "Comment se faire un réseau pour trouver un premier stage ?" })
      .click();
    await expect(page.locator("h1")).toHaveText(
      "Comment se faire un réseau pour trouver un premier stage ?",
    );
    watcher.expectClean();
  });
});
