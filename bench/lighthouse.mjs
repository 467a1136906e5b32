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
    // Main-thread time by kind of work, and script time by file (both at the simulated 4× CPU).
    mainThread: Object.fromEntries(
      (lhr.audits["mainthread-work-breakdown"]?.details?.items ?? []).map((item) => [
        item.group,
        item.duration,
      ]),
    ),
    longTasks: (lhr.audits["long-tasks"]?.details?.items ?? []).map((item) => ({
      url: item.url,
      start: item.startTime,
      duration: item.duration,
    })),
    bootup: (lhr.audits["bootup-time"]?.details?.items ?? []).map((item) => ({
      url: item.url,
      total: item.total,
      scripting: item.scripting,
      parse: item.scriptParseCompile,
    })),
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

/** The median of each key over a list of `{ key: number }` records (a missing key counts 0). */
function medianBy(records) {
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  return Object.fromEntries([...keys].map((key) => [key, median(records.map((r) => r[key] ?? 0))]));
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
        mainThread: medianBy(all.map((r) => r.mainThread)),
        bootup: Object.entries(
          medianBy(
            all.map((r) => Object.fromEntries(r.bootup.map((item) => [item.url, item.total]))),
          ),
        )
          .map(([url, total]) => ({ url, total }))
          .sort((a, b) => b.total - a.total),
        failed: [...new Set(all.flatMap((r) => r.failed))],
      };
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runLighthouse(process.argv.slice(2), Number(process.env.RUNS ?? 1));
  for (const result of Object.values(results)) delete result.runs;
  console.log(JSON.stringify(results, null, 2));
}
