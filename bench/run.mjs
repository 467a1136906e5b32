// `npm run bench`: builds the site and the framework floor, measures page weight, Lighthouse,
// load and build scaling, prints every figure, writes docs/benchmarks.md and exits non-zero
// naming each missed budget. `--skip-scale` leaves out the (long) build-scaling runs;
// `--scale=1,100` picks the article counts. `--phone` measures only the pages (page weight,
// Lighthouse and the zero-JavaScript reference: no load test, no build scaling);
// `--no-build` measures the builds already in .next/ and out/; `--runs=N` sets the number of
// Lighthouse runs per page (default 5); `--attribution` adds the article with its fonts, then
// its scripts, blocked.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { checkBudgets } from "./budgets.mjs";
import { measureBuild } from "./build-scale.mjs";
import { chromePath, env, kib, median, ports, root, run, startNext, startSite } from "./common.mjs";
import { buildFloor } from "./floor.mjs";
import { imagesTable, measureImages } from "./images.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { articlePath, loadProblems, runLoad } from "./load.mjs";
import { measureNavigation } from "./navigation.mjs";
import { launch, measurePageWeight } from "./page-weight.mjs";
import { astroLcpMs, startReference } from "./reference.mjs";
import { renderReport } from "./report.mjs";
import { compareServers } from "./server-compare.mjs";
import { startStaticServer, staticRoot } from "./static-server.mjs";

const args = new Set(process.argv.slice(2));
const scaleArg = process.argv.find((arg) => arg.startsWith("--scale="));
const phoneOnly = args.has("--phone");
const runsArg = process.argv.find((arg) => arg.startsWith("--runs="));
const lighthouseRuns = runsArg ? Number(runsArg.slice("--runs=".length)) : 5;
const scaleCounts =
  args.has("--skip-scale") || phoneOnly
    ? []
    : scaleArg
      ? scaleArg.slice("--scale=".length).split(",").map(Number)
      : [1, 100, 300, 1000];
const pages = { article: articlePath, home: "/fr", index: "/fr/blog" };

const log = (...parts) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

const machine = {
  date: new Date().toISOString(),
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? "unknown",
  memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  chromium: execFileSync(chromePath, ["--version"], { encoding: "utf8" }).trim(),
  next: JSON.parse(await readFile(path.join(root, "node_modules/next/package.json"), "utf8"))
    .version,
  lighthouse: JSON.parse(
    await readFile(path.join(root, "node_modules/lighthouse/package.json"), "utf8"),
  ).version,
  load: os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" "),
};
log("machine", machine);

// The static export first: out/ is the plain static server's reference below, and the
// zero-JavaScript reference is its article without scripts.
let siteBuildSeconds;
if (!args.has("--no-build")) {
  log("npm run build:static");
  await run("npm", ["run", "build:static"], { cwd: root, env });
  log("npm run build");
  const buildStarted = performance.now();
  await run("npm", ["run", "build"], { cwd: root, env });
  siteBuildSeconds = (performance.now() - buildStarted) / 1000;
}
log("floor: next build of a minimal App Router page");
const floorDir = await buildFloor();

const stopSite = await startSite(ports.site);
const stopFloor = await startNext(floorDir, ports.floor);
const reference = await startReference(path.join(root, "out"), articlePath, ports.staticSite);
const site = `http://127.0.0.1:${ports.site}`;
const floorUrl = `http://127.0.0.1:${ports.floor}/`;
const referenceUrl = `http://127.0.0.1:${ports.staticSite}${articlePath}`;
const results = {
  machine,
  siteBuildSeconds,
  lighthouseRuns,
  astroLcpMs,
  weights: {},
  lighthouse: {},
  load: {},
  scale: [],
};
log(`zero-JS reference: ${reference.removed} script elements removed from the article`);
try {
  log("page weight (headless Chromium, phone)");
  const browser = await launch();
  results.weights.floor = await measurePageWeight(browser, floorUrl);
  for (const [name, pagePath] of Object.entries(pages)) {
    results.weights[name] = await measurePageWeight(browser, site + pagePath);
  }
  await browser.close();
  for (const [name, weight] of Object.entries(results.weights)) {
    log(
      `  ${name}: ${weight.total.requests} requests, ${kib(weight.total.transferred)} KiB transferred, JS ${kib(weight.totals.js?.gzip ?? 0)} KiB gzip`,
    );
  }

  log(`Lighthouse 12.2.3 mobile, ${lighthouseRuns} runs per page`);
  const lighthouseUrls = {
    floor: floorUrl,
    reference: referenceUrl,
    ...Object.fromEntries(Object.entries(pages).map(([n, p]) => [n, site + p])),
  };
  const lighthouse = await runLighthouse(Object.values(lighthouseUrls), lighthouseRuns);
  for (const [name, url] of Object.entries(lighthouseUrls)) {
    results.lighthouse[name] = lighthouse[url];
    const r = lighthouse[url];
    log(
      `  ${name}: ${Object.values(r.scores).join("/")} LCP ${Math.round(r.lcp)} ms CLS ${r.cls} TBT ${Math.round(r.tbt)} ms`,
    );
  }
  // Where the article's time goes: the same runs without its fonts, then without any script.
  const attribution = args.has("--attribution")
    ? [
        ["article, fonts blocked", "*.woff2"],
        ["article, scripts blocked", "*.js"],
      ]
    : [];
  for (const [name, pattern] of attribution) {
    const url = site + pages.article;
    const r = (await runLighthouse([url], lighthouseRuns, { blockedUrlPatterns: [pattern] }))[url];
    results.lighthouse[name] = r;
    log(`  ${name}: LCP ${Math.round(r.lcp)} ms TBT ${Math.round(r.tbt)} ms`);
  }
} finally {
  await reference.stop();
  await stopFloor();
  await stopSite();
}

log("navigation: hover then click an article link, with and without the Speculation-Rules header");
results.navigation = await measureNavigation(ports.staticLoad);
for (const [name, n] of Object.entries(results.navigation))
  log(
    `  ${name}: prefetched ${n.prefetched}/${n.runs}, prerendered ${n.prerendered}/${n.runs}, view transition ${n.viewTransition}/${n.runs}, click to title ${Math.round(n.toTitleMs)} ms ${n.ruleSetErrors.join("; ")}`,
  );

if (!phoneOnly) {
  log("load: autocannon, npm start's server, then the plain static server");
  const stopLoad = await startSite(ports.load);
  try {
    results.load.next = await runLoad(`http://127.0.0.1:${ports.load}`);
  } finally {
    await stopLoad();
  }
  const staticFiles = await staticRoot(root);
  const stopStatic = await startStaticServer(staticFiles, ports.staticLoad);
  try {
    results.load.static = {
      ...(await runLoad(`http://127.0.0.1:${ports.staticLoad}`)),
      source: staticFiles.kind,
    };
  } finally {
    await stopStatic();
  }
  for (const [name, load] of Object.entries(results.load)) {
    for (const phase of load.phases)
      log(
        `  ${name} ${phase.name}: ${Math.round(phase.rps)} req/s, p99 ${phase.p99} ms, errors ${phase.errors}, timeouts ${phase.timeouts}, 5xx ${phase.status5xx}`,
      );
  }
  log("server: npm start against bare next start on the same build, 5 alternating runs");
  results.serverComparison = await compareServers({ log });
  for (const phase of results.serverComparison.phases) {
    log(
      `  ${phase.name}: npm start ${Math.round(phase.site.rps)} req/s p99 ${phase.site.p99} ms, bare next start ${Math.round(phase.bare.rps)} req/s p99 ${phase.bare.p99} ms, ratio ${phase.ratio.toFixed(2)}×`,
    );
  }
}

for (const count of scaleCounts) {
  log(`build scaling: ${count} article(s)`);
  const scale = await measureBuild(count);
  results.scale.push(scale);
  log(
    `  ${count}: ${scale.seconds.toFixed(1)} s, peak ${(scale.peakBytes / 2 ** 30).toFixed(2)} GiB`,
  );
}

// The image step at catalogue scale: 450 photos (bench/photo-set.mjs, or BENCH_PHOTOS's folder).
const photos = process.env.BENCH_PHOTOS ?? path.join(root, ".scratch", "photos");
if (!process.env.BENCH_PHOTOS)
  await run("node", [path.join(root, "bench", "photo-set.mjs"), photos, "--count", "450"]);
results.images = await measureImages(photos, { count: 450, log });
log(imagesTable(results.images));

const problems = [
  ...checkBudgets(results),
  ...(phoneOnly
    ? ["load: not measured in this run (--phone)"]
    : [
        ...results.serverComparison.problems,
        ...loadProblems("npm start", results.load.next),
        ...loadProblems("static server", results.load.static),
      ]),
];
results.problems = problems;
await writeFile(path.join(root, ".scratch/bench/results.json"), JSON.stringify(results, null, 2));
const report = renderReport(results, median);
const docPath = path.join(root, "docs/benchmarks.md");
const doc = await readFile(docPath, "utf8").catch(
  () => "<!-- bench:start -->\n<!-- bench:end -->\n",
);
await writeFile(
  docPath,
  doc.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${report}\n<!-- bench:end -->`,
  ),
);
console.log(`\n${report}\n`);
if (problems.length) {
  console.error(`Budgets missed (${problems.length}):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
log("every budget met");
