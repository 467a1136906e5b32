import { expect, test, type Page } from "@playwright/test";
import { hydratedEvent } from "@/lib/enhanced-controls";

// A tap made before the page's scripts have hydrated it is held and carried out once they have
// (lib/early-taps.ts), not lost. The scripts are held back as on a slow phone; `load` waits for
// them, so each page is opened up to DOMContentLoaded. The article body is HTML that hydration
// leaves alone (components/mdx/body-html.ts).

const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const chunks = "**/_next/static/chunks/*.js";

/** Holds the page's scripts back, as on a slow phone; returns what lets them through. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunks, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Marks <html> with `data-hydrated` when the page says it has hydrated
 * (components/site/hydration-signal.tsx); call it before `page.goto`.
 */
async function markHydration(page: Page): Promise<void> {
  await page.addInitScript((event) => {
    document.addEventListener(
      event,
      () => document.documentElement.setAttribute("data-hydrated", ""),
      { once: true },
    );
  }, hydratedEvent);
}

test("a button tapped before the page has hydrated does its job once it has", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const release = await holdScripts(page);
  await page.goto(article, { waitUntil: "domcontentloaded" });
  const share = page.getByRole("region", { name: "Partager cet article" });
  await share.getByRole("button", { name: "Copier le lien" }).click();
  release();
  await expect(share.getByRole("status")).toHaveText("Lien copié");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `http://localhost:3000${article}`,
  );
});

test("the theme toggle switches the theme before the page has hydrated", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await holdScripts(page);
  await page.goto("/fr", { waitUntil: "domcontentloaded" });
  // The theme script does it (lib/theme-script.ts): the page's scripts are still held here.
  await page.getByRole("button", { name: "Thème sombre" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
  await page.getByRole("button", { name: "Thème sombre" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
});

test("the header's search, tapped before the page has hydrated, opens the dialog", async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto("/fr", { waitUntil: "domcontentloaded" });
  await page.getByRole("link", { name: "Rechercher" }).click();
  release();
  await expect(page.getByRole("dialog", { name: "Rechercher" })).toBeVisible();
  await expect(page).toHaveURL(/\/fr$/);
});

test("a figure tapped before the page has hydrated opens in the dialog", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto(article, { waitUntil: "domcontentloaded" });
  await page.locator("article figure a[data-zoom]").first().click();
  release();
  await expect(page.locator("dialog[open] img")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${article}$`));
});

test("when the scripts cannot load, a tapped link does what it does without JavaScript", async ({
  page,
}) => {
  await page.route(chunks, (route) => route.abort());
  await page.goto("/fr");
  await page.getByRole("link", { name: "Rechercher" }).click();
  // Held for 3 s, then let go.
  await expect(page).toHaveURL(/\/fr\/search$/, { timeout: 10_000 });
});

test("hydrating the article leaves its body as it was: React does not render it again", async ({
  page,
}) => {
  await markHydration(page);
  const release = await holdScripts(page);
  await page.goto(article, { waitUntil: "domcontentloaded" });
  // What a translation tool or a reader's extension may do before the scripts have run. Had
  // React hydrated the body's elements, it would find them changed and render them again.
  const paragraph = page.locator(".prose > p").first();
  await paragraph.evaluate((node) => {
    node.textContent = "Changé avant l’hydratation.";
  });
  release();
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await expect(paragraph).toHaveText("Changé avant l’hydratation.");
});

test("Next.js's scripts are requested once the page has painted, and then hydrate it", async ({
  page,
}) => {
  await markHydration(page);
  await page.goto(article);
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByType("paint")[0]?.startTime ?? Number.NaN,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(scripts.length).toBeGreaterThan(0);
  expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint);
});
