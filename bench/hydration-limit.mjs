// Where Next.js's scripts start, against issue 14's article LCP target (≤ 1.1× the
// zero-JavaScript reference). Copies of the article of out/ (`npm run build:static` first),
// served gzipped side by side:
// - as built: the scripts added once the page has painted (lib/build/scripts-after-paint.ts);
// - the zero-JavaScript reference of `npm run bench` (bench/reference.mjs);
// - the scripts where Next.js writes them, `async` in <head> (the starter's list put back).
// Lighthouse measures each copy; then, in Playwright's Chromium as the browser tests run it, a
// click on "Copier le lien" right after `page.goto` (as e2e/reader.spec.ts does): does it copy?
// See docs/benchmarks.md, "Scripts after the first paint".
// Usage: node bench/hydration-limit.mjs [runs]   (default 5 Lighthouse runs per copy, 10 clicks)
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

/** The article with the starter's scripts back in <head>, `async`, as Next.js writes them. */
function scriptsInHead(html) {
  const starter = /<script data-scripts="([^"]+)">[^<]*<\/script>/.exec(html);
  if (!starter)
    throw new Error("the article has no scripts starter: build it with npm run build:static");
  const tags = starter[1]
    .split(" ")
    .map((src) => `<script src="${src}" async=""></script>`)
    .join("");
  return html.replace(starter[0], "").replace("</head>", `${tags}</head>`);
}

/** Each copy: its address, its HTML when it is not the built file, whether it is the reference. */
const copies = [
  { name: "as built (scripts after the first paint)", path: articlePath },
  {
    name: "zero-JS reference",
    path: "/bench/reference",
    html: withoutScripts(built).html,
    reference: true,
  },
  {
    name: "scripts async in <head>, as Next.js writes them",
    path: "/bench/scripts-in-head",
    html: scriptsInHead(built),
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
