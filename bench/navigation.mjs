// Instant navigation (issue 14, target 4): from the home page of the static export (out/), a
// reader hovers the first article's link, then clicks it. Measured twice: served with the
// `Speculation-Rules` header that lib/speculation-rules.ts defines (as the hosting layer is to
// send it), then without. Prints whether the article came from a prefetch or a prerender
// (Playwright's DevTools session disables prerendering, not prefetch), whether the
// page was revealed with a cross-document view transition, and the time from the click to the
// article's title on screen. Usage: node bench/navigation.mjs (after npm run build:static).
import path from "node:path";
import { chromeFlags, chromePath, median, root } from "./common.mjs";
import { chromium } from "@playwright/test";
import { startStaticServer } from "./static-server.mjs";

// The same values as lib/speculation-rules.ts (TypeScript, which this script cannot import).
const rulesPath = "/speculation-rules.json";
const rulesType = "application/speculationrules+json";
const articleLink = 'main a[href^="/fr/blog/"][href*="comment-se-faire"]';

async function navigate(origin) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      addEventListener("pagereveal", (event) => {
        sessionStorage.setItem("revealedWithTransition", String(Boolean(event.viewTransition)));
      });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Preload.enable");
    const statuses = [];
    const ruleSetErrors = [];
    cdp.on("Preload.prerenderStatusUpdated", (event) =>
      statuses.push(
        [event.status, event.prerenderStatus, event.disallowedMojoInterface]
          .filter(Boolean)
          .join(" "),
      ),
    );
    const prefetches = [];
    cdp.on("Preload.prefetchStatusUpdated", (event) => prefetches.push(event.status));
    cdp.on("Preload.ruleSetUpdated", ({ ruleSet }) => {
      if (ruleSet.errorType) ruleSetErrors.push(`${ruleSet.errorType}: ${ruleSet.errorMessage}`);
    });
    await page.goto(`${origin}/fr`, { waitUntil: "networkidle" });
    await page.hover(articleLink);
    // "moderate" eagerness starts after 200 ms of hover; give the prerender time to finish.
    const deadline = Date.now() + 5000;
    const settled = () =>
      statuses.some((status) => /^(Ready|Failure)/.test(status)) &&
      prefetches.some((status) => /^(Ready|Failure)/.test(status));
    while (!settled() && Date.now() < deadline) await page.waitForTimeout(100);
    const clicked = performance.now();
    await page.click(articleLink);
    await page.waitForURL(/comment-se-faire/);
    await page.locator("h1").waitFor();
    const toTitle = performance.now() - clicked;
    const { activationStart, deliveryType } = await page.evaluate(() => {
      const entry = performance.getEntriesByType("navigation")[0];
      return { activationStart: entry?.activationStart ?? 0, deliveryType: entry?.deliveryType };
    });
    const transition = await page.evaluate(() => sessionStorage.getItem("revealedWithTransition"));
    return {
      prerendered: activationStart > 0,
      prefetched: deliveryType === "navigational-prefetch",
      statuses: [...new Set([...statuses, ...prefetches.map((status) => `prefetch ${status}`)])],
      ruleSetErrors,
      viewTransition: transition === "true",
      toTitleMs: toTitle,
    };
  } finally {
    await browser.close();
  }
}

export async function measureNavigation(port, runs = 3) {
  const out = path.join(root, "out");
  const results = {};
  for (const [name, withRules] of [
    ["with speculation rules", true],
    ["without", false],
  ]) {
    const stop = await startStaticServer({ dir: out, mounts: {} }, port, {
      gzip: true,
      headers: (pathname, type) =>
        pathname === rulesPath
          ? { "Content-Type": rulesType }
          : withRules && type === ".html"
            ? { "Speculation-Rules": `"${rulesPath}"` }
            : {},
    });
    try {
      const all = [];
      for (let index = 0; index < runs; index += 1)
        all.push(await navigate(`http://127.0.0.1:${port}`));
      results[name] = {
        prerendered: all.filter((r) => r.prerendered).length,
        prefetched: all.filter((r) => r.prefetched).length,
        viewTransition: all.filter((r) => r.viewTransition).length,
        runs,
        toTitleMs: median(all.map((r) => r.toTitleMs)),
        statuses: [...new Set(all.flatMap((r) => r.statuses))],
        ruleSetErrors: [...new Set(all.flatMap((r) => r.ruleSetErrors))],
      };
    } finally {
      await stop();
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureNavigation(Number(process.env.PORT ?? 4537)), null, 2));
}
