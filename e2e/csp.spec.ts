import { expect, test } from "@playwright/test";
import { watchPage } from "./console";

const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";

declare global {
  interface Window {
    __violations?: string[];
    __next_f?: unknown[];
  }
}

test.describe("the Content-Security-Policy", () => {
  test("blocks an inline script injected into a real page, and lets Next.js's own run", async ({
    page,
  }) => {
    // Served exactly as built (headers included), with one script added, as an injection would.
    await page.route(
      (url) => url.pathname === article,
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        expect(html).toContain("</head>");
        const injected = html.replace(
          "</head>",
          "<script>document.documentElement.dataset.injected = 'ran'</script></head>",
        );
        await route.fulfill({ response, body: injected });
      },
    );
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(article);
    await expect(page.locator("h1")).toBeVisible();
    expect(await page.locator("html").getAttribute("data-injected")).toBeNull();
    await expect
      .poll(() => page.evaluate(() => window.__violations))
      .toEqual(["script-src-elem inline"]);
    // Next.js's inline scripts (hashed in the policy) ran: its flight data was queued.
    expect(await page.evaluate(() => Array.isArray(window.__next_f))).toBe(true);
  });

  test("reports no violation on the pages of the site", async ({ page }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    const watcher = watchPage(page);
    for (const path of [
      "/fr",
      "/fr/blog",
      article,
      "/fr/blog/authors/rudy-baer",
      "/fr/blog/categories/entrepreneuriat",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => window.__violations), path).toEqual([]);
      expect(await page.evaluate(() => Array.isArray(window.__next_f)), path).toBe(true);
    }
    watcher.expectClean();
  });
});
