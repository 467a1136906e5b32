import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { watchPage } from "./console";
import { axeResults, violationLines } from "./axe";

// Real bodies in the real page: the fixtures of tests/fixtures/render/ (code in several
// languages, a wide table, a long bare URL and long inline code, raw figures, embeds, nested
// HTML) are rendered by the site's pipeline (e2e/render-fixtures.ts), then shown in place of the
// body of the built article page, with its stylesheet, its CSP and its scripts. The builds do
// not publish them: content/ holds only the studio's real articles.

const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const image = readFileSync("tests/fixtures/base/content/blog/valid-article/images/figure.png");

let bodies: Record<string, string> = {};
test.beforeAll(() => {
  const output = execFileSync(
    "npx",
    ["tsx", "--tsconfig", "tsconfig.json", "e2e/render-fixtures.ts"],
    {
      env: { ...process.env, NODE_ENV: "production" },
      encoding: "utf8",
    },
  );
  bodies = JSON.parse(output) as Record<string, string>;
});

/** Opens the article with the named fixture bodies as its body. */
async function showBodies(page: Page, slugs: string[]) {
  // The fixtures' images are not in the build: the same image stands in, from the same host.
  await page.route(/\/media\/render-[^/]+\//, (route) =>
    route.fulfill({ body: image, contentType: "image/png" }),
  );
  await page.goto(article);
  const html = slugs.map((slug) => bodies[slug] ?? `missing fixture ${slug}`).join("\n");
  await page
    .locator(".prose")
    .first()
    .evaluate((prose, body) => {
      prose.innerHTML = body;
    }, html);
}

const everything = [
  "render-code",
  "render-wide",
  "render-figures",
  "render-embeds",
  "render-nested",
];

test("code is highlighted with classes, in colours that follow the theme", async ({ page }) => {
  const colours: Record<string, string> = {};
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await showBodies(page, ["render-code"]);
    const keyword = page.locator("pre[data-language='ts'] .token-keyword").first();
    await expect(keyword).toHaveText("const");
    colours[colorScheme] = await keyword.evaluate((node) => getComputedStyle(node).color);
    // The block's own text and the keyword differ: the token is coloured.
    const plain = await page
      .locator("pre[data-language='ts'] code")
      .evaluate((node) => getComputedStyle(node).color);
    expect(colours[colorScheme]).not.toBe(plain);
  }
  expect(colours.light).not.toBe(colours.dark);
  await expect(page.locator(".prose [style]")).toHaveCount(0);
});

test("a code block has its language label and a copy button that copies its code", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await showBodies(page, ["render-code"]);
  const block = page
    .locator("[data-code-block]")
    .filter({ has: page.locator("pre[data-language='ts']") });
  await expect(block.getByText("TypeScript", { exact: true })).toBeVisible();
  const button = block.getByRole("button", { name: "Copier le code" });
  await button.click();
  await expect(button).toHaveAttribute("data-copied", "");
  await expect(page.getByRole("status").filter({ hasText: "Code copié" })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe('// Une note\nconst name: string = "Rudy";');
});

test("nothing scrolls the page sideways at 320 px: tables and long lines scroll in their box", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await showBodies(page, everything);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  // The wide table and the long code line overflow their own boxes, which scroll.
  for (const box of [page.locator(".table-scroll"), page.locator("pre[data-language='java']")]) {
    const { scroll, client } = await box.evaluate((node) => ({
      scroll: node.scrollWidth,
      client: node.clientWidth,
    }));
    expect(scroll).toBeGreaterThan(client);
    await expect(box).toHaveAttribute("tabindex", "0");
  }
  // The long URL and the long inline code stay inside the text column.
  const column = await page
    .locator(".prose")
    .first()
    .evaluate((node) => node.getBoundingClientRect().right);
  for (const text of [
    page.getByText(/^https:\/\/www\.example\.org\/un\/chemin/),
    page.locator("p > code").first(),
  ]) {
    const right = await text.evaluate((node) => node.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(column + 0.5);
  }
});

test("every figure has one caption, and none is inside another", async ({ page }) => {
  await showBodies(page, ["render-figures"]);
  const figures = page.locator(".prose figure");
  await expect(figures).toHaveCount(2);
  await expect(page.locator(".prose figure figure")).toHaveCount(0);
  for (const figure of await figures.all())
    await expect(figure.locator("figcaption")).toHaveCount(1);
  await expect(page.locator(".prose figcaption")).toHaveText([
    "La légende du schéma.",
    "Une seule légende, avec un lien vers l’exemple.",
  ]);
});

test("videos and posts are link cards: no request to another host, no iframe", async ({ page }) => {
  const watcher = watchPage(page);
  await showBodies(page, everything);
  await expect(page.locator("[data-embed]")).toHaveCount(5);
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Une conférence sur YouTube/ })).toHaveAttribute(
    "href",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  );
  await expect(page.locator("[data-embed] blockquote")).toHaveText("Un tweet cité mot pour mot.");
  // Give images and anything lazy the time to load.
  await page.waitForLoadState("networkidle");
  watcher.expectClean();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the rendered constructs have no axe violation, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await showBodies(page, everything);
    expect(violationLines(await axeResults(page, { include: ".prose" }))).toEqual([]);
  });
}
