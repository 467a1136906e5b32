// The measurement behind issue 14's article LCP target (≤ 1.1× the zero-JavaScript reference),
// and what reaching it would cost. Copies of the article of out/ (`npm run build:static` first),
// served gzipped side by side:
// - as built: Next.js's scripts `async` in <head>;
// - the zero-JavaScript reference of `npm run bench` (bench/reference.mjs);
// - two copies whose Next.js scripts start after the first paint: their tags and script
//   preloads taken out, and one inline script (hashed into the page's policy) that adds them
//   back, either in the task after the first requestAnimationFrame callback, or once the
//   browser reports its first-contentful-paint entry. Experiments, not shipped: see
//   docs/benchmarks.md, "Hydration after the first paint".
// Lighthouse measures each copy; then, in Playwright's Chromium as the browser tests run it, a
// click on "Copier le lien" right after `page.goto` (as e2e/reader.spec.ts does): does it copy?
// Usage: node bench/hydration-limit.mjs [runs]   (default 5 Lighthouse runs per copy, 10 clicks)
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright";
import { median, chromeFlags, chromePath, root } from "./common.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { withoutScripts } from "./reference.mjs";
import { startStaticServer } from "./static-server.mjs";

const runs = Number(process.argv[2] ?? 5);
const clicks = 10;
const port = Number(process.env.BENCH_PORT ?? 3431) + 10;
const out = path.join(root, "out");
const articlePath = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const built = await readFile(path.join(out, `${articlePath}.html`), "utf8");

/** Adds the scripts of data-scripts to <head>, `async`: React looks for `script[async][src]`. */
const addScripts =
  'for(const s of u){const e=document.createElement("script");e.src=s;e.async=true;document.head.append(e)}';
const afterFirstFrame = `{const u=document.currentScript.dataset.scripts.split(" ");requestAnimationFrame(()=>setTimeout(()=>{${addScripts}}))}`;
const afterFirstContentfulPaint = `{const u=document.currentScript.dataset.scripts.split(" ");new PerformanceObserver((l,o)=>{o.disconnect();setTimeout(()=>{${addScripts}})}).observe({type:"paint",buffered:true})}`;

/** The article with its Next.js scripts started by `starter` at the end of <body>. */
function scriptsAfterFirstPaint(html, starter) {
  const sources = [];
  const stripped = html
    .replace(/<link rel="preload" as="script"[^>]*\/>/g, "")
    .replace(/<script src="(\/_next\/static\/chunks\/[^"]+)" async=""><\/script>/g, (_, src) => {
      sources.push(src);
      return "";
    });
  if (sources.length === 0) throw new Error("no Next.js script tag found in the article");
  const hash = createHash("sha256").update(starter).digest("base64");
  const withHash = stripped.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
  if (withHash === stripped) throw new Error("the article's policy has no script-src 'self'");
  return withHash.replace(
    "</body>",
    `<script data-scripts="${sources.join(" ")}">${starter}</script></body>`,
  );
}

/** Each copy: its address, its HTML when it is not the built file, whether it is the reference. */
const copies = [
  { name: "as built", path: articlePath },
  {
    name: "zero-JS reference",
    path: "/bench/reference",
    html: withoutScripts(built).html,
    reference: true,
  },
  {
    name: "scripts after the first frame",
    path: "/bench/after-frame",
    html: scriptsAfterFirstPaint(built, afterFirstFrame),
  },
  {
    name: "scripts after the first-contentful-paint entry",
    path: "/bench/after-fcp",
    html: scriptsAfterFirstPaint(built, afterFirstContentfulPaint),
  },
];
const overrides = Object.fromEntries(
  copies.filter((copy) => copy.html).map((copy) => [copy.path, copy.html]),
);
const stop = await startStaticServer({ dir: out, mounts: {}, overrides }, port, { gzip: true });
const url = (pagePath) => `http://localhost:${port}${pagePath}`;

/** Clicks "Copier le lien" right after `page.goto`, `clicks` times: how many copied, load, first paint. */
async function clickAfterLoad(browser, pageUrl) {
  let copied = 0;
  const loads = [];
  const paints = [];
  for (let index = 0; index < clicks; index += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await page.goto(pageUrl);
    const share = page.getByRole("region", { name: "Partager cet article" });
    await share.getByRole("button", { name: "Copier le lien" }).click();
    const status = await share
      .getByRole("status")
      .filter({ hasText: "Lien copié" })
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (status) copied += 1;
    const timing = await page.evaluate(() => ({
      load: performance.getEntriesByType("navigation")[0].loadEventStart,
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    }));
    loads.push(timing.load);
    paints.push(timing.paint);
    await context.close();
  }
  return `${copied}/${clicks}, load ${Math.round(median(loads))} / paint ${Math.round(median(paints))} ms`;
}

try {
  const lighthouse = await runLighthouse(
    copies.map((copy) => url(copy.path)),
    runs,
  );
  const referenceLcp = lighthouse[url(copies.find((copy) => copy.reference).path)].lcp;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  const rows = [];
  for (const copy of copies) {
    const lh = lighthouse[url(copy.path)];
    rows.push({
      copy: copy.name,
      performance: lh.scores.performance,
      "LCP ms": Math.round(lh.lcp),
      "÷ reference": (lh.lcp / referenceLcp).toFixed(2),
      "each run": lh.runs.map((r) => Math.round(r.lcp)).join(" "),
      "TBT ms": Math.round(lh.tbt),
      "clicks that copied (load / first paint)": copy.reference
        ? "–"
        : await clickAfterLoad(browser, url(copy.path)),
    });
  }
  await browser.close();
  console.table(rows);
} finally {
  await stop();
}
