// Lighthouse 12.2.3, mobile (its default: Moto G Power, simulated slow 4G, 4x CPU slowdown),
// against Debian's Chromium with the project's flags; median of `runs` runs per page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromeFlags, chromePath, median, ports } from "./common.mjs";

const categories = ["performance", "accessibility", "best-practices", "seo"];

async function once(url, port, flags) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: categories,
    ...flags,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(
      categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ),
    lcp: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbt: audit("total-blocking-time"),
    fcp: audit("first-contentful-paint"),
    failed: Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== "informative" &&
          a.scoreDisplayMode !== "manual" &&
          a.scoreDisplayMode !== "notApplicable",
      )
      .map((a) => a.id),
  };
}

/**
 * Runs Lighthouse `runs` times on each URL; the median of each figure, and every run. `flags`
 * are Lighthouse's own (e.g. `blockedUrlPatterns`).
 */
export async function runLighthouse(urls, runs = 3, flags = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: chromeFlags,
    port: ports.lighthouse,
  });
  try {
    const results = {};
    for (const url of urls) {
      const all = [];
      for (let index = 0; index < runs; index += 1) all.push(await once(url, chrome.port, flags));
      results[url] = {
        runs: all,
        scores: Object.fromEntries(
          categories.map((id) => [id, median(all.map((r) => r.scores[id]))]),
        ),
        lcp: median(all.map((r) => r.lcp)),
        cls: median(all.map((r) => r.cls)),
        tbt: median(all.map((r) => r.tbt)),
        fcp: median(all.map((r) => r.fcp)),
        failed: [...new Set(all.flatMap((r) => r.failed))],
      };
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runLighthouse(process.argv.slice(2), 1), null, 2));
}
