// `npm start` against bare `next start` on the same build (issue 14, target 2): the load test
// of bench/load.mjs on both, in alternation, `runs` times; medians of req/s and p99 per phase.
// The reference is this build's .next copied to .scratch/bench/bare with proxy.ts switched off
// (its entry removed from Next.js's functions manifest): the same pages, nothing in front.
// Alone, after `npm run build`: `node bench/server-compare.mjs [runs] [seconds]`; it exits
// non-zero naming each missed target. BEFORE_SERVER=<file> adds a third setup to the rounds:
// another server script on the same build (e.g. an older scripts/server.mjs, for a before/after).
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkServer } from "./budgets.mjs";
import { median, ports, root, scratchDir, startNext, startServer } from "./common.mjs";
import { loadProblems, runLoad } from "./load.mjs";

export const bareDir = path.join(scratchDir, "bare");

/** The build of `root` without its proxy, for bare `next start`; returns its folder. */
export function prepareBare() {
  rmSync(bareDir, { recursive: true, force: true });
  cpSync(path.join(root, ".next"), path.join(bareDir, ".next"), {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(root, ".next", "cache")),
  });
  for (const file of ["package.json", "next.config.js"]) {
    cpSync(path.join(root, file), path.join(bareDir, file));
  }
  symlinkSync(path.join(root, "public"), path.join(bareDir, "public"));
  const functionsFile = path.join(bareDir, ".next", "server", "functions-config-manifest.json");
  const functions = JSON.parse(readFileSync(functionsFile, "utf8"));
  if (!functions.functions?.["/_middleware"]) {
    throw new Error(
      `${functionsFile}: no /_middleware entry (has Next.js changed how it loads proxy.ts?)`,
    );
  }
  delete functions.functions["/_middleware"];
  writeFileSync(functionsFile, JSON.stringify(functions));
  return bareDir;
}

/** Starts one setup; checks that the bare one really runs without proxy.ts. */
async function start(setup, port) {
  if (setup === "bare") {
    const stop = await startNext(bareDir, port);
    const response = await fetch(`http://127.0.0.1:${port}/fr`);
    if (response.headers.has("content-security-policy")) {
      await stop();
      throw new Error("bare next start still runs proxy.ts (its answer has a CSP header)");
    }
    return stop;
  }
  const script =
    setup === "before"
      ? path.resolve(process.env.BEFORE_SERVER)
      : path.join(root, "scripts", "server.mjs");
  return startServer(root, port, [script]);
}

/**
 * `runs` rounds of the load test, each on `npm start` then on bare `next start` (a fresh
 * server each time, warmed by runLoad's first requests); the medians of each phase.
 */
export async function compareServers({ runs = 5, duration = 15, log = console.log } = {}) {
  if (!existsSync(path.join(root, ".next", "server-answers.json"))) {
    throw new Error("no build: run `npm run build` first");
  }
  prepareBare();
  const setups = { site: [], bare: [], ...(process.env.BEFORE_SERVER ? { before: [] } : {}) };
  for (let run = 1; run <= runs; run++) {
    for (const setup of Object.keys(setups)) {
      const stop = await start(setup, ports.load);
      try {
        const load = await runLoad(`http://127.0.0.1:${ports.load}`, { duration });
        setups[setup].push(load);
        log(
          `  run ${run} ${setup}: ` +
            load.phases
              .map((p) => `${p.name} ${Math.round(p.rps)} req/s p99 ${p.p99} ms`)
              .join(", "),
        );
      } finally {
        await stop();
      }
    }
  }
  const phases = setups.site[0].phases.map(({ name }) => {
    const figures = (setup) => {
      const phase = setups[setup].map((load) => load.phases.find((p) => p.name === name));
      return {
        rps: median(phase.map((p) => p.rps)),
        p99: median(phase.map((p) => p.p99)),
        runs: phase.map((p) => Math.round(p.rps)),
      };
    };
    const site = figures("site");
    const bare = figures("bare");
    const before = setups.before ? figures("before") : undefined;
    return { name, site, bare, before, ratio: site.rps / bare.rps };
  });
  return {
    runs,
    duration,
    perPathStatus: { site: setups.site[0].perPathStatus, bare: setups.bare[0].perPathStatus },
    phases,
    problems: [
      ...checkServer(phases),
      ...setups.site.flatMap((load) => loadProblems("npm start", load)),
      ...setups.bare.flatMap((load) => loadProblems("bare next start", load)),
    ],
  };
}

/** The comparison as a Markdown table. */
export function renderServerComparison(comparison) {
  const cells = (f) => [`${Math.round(f.rps)} (${f.runs.join(", ")})`, `${f.p99} ms`];
  const rows = comparison.phases.map((p) =>
    [
      "",
      p.name,
      ...cells(p.site),
      ...cells(p.bare),
      `${p.ratio.toFixed(2)}×`,
      ...(p.before ? [...cells(p.before), `${(p.before.rps / p.bare.rps).toFixed(2)}×`] : []),
      "",
    ]
      .join(" | ")
      .trim(),
  );
  const before = comparison.phases[0]?.before
    ? [" before req/s (runs) | p99 | before ratio |", " --- | --- | --- |"]
    : ["", ""];
  return [
    `Medians of ${comparison.runs} alternating runs of ${comparison.duration} s each, 50 connections; bare \`next start\` serves the same build with proxy.ts switched off.`,
    "",
    `| phase | npm start req/s (runs) | p99 | bare next start req/s (runs) | p99 | ratio |${before[0]}`,
    `| --- | --- | --- | --- | --- | --- |${before[1]}`,
    ...rows,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [runs = 5, duration = 15] = process.argv.slice(2).map(Number);
  const comparison = await compareServers({ runs, duration });
  console.log(`\n${renderServerComparison(comparison)}\n`);
  console.log(JSON.stringify(comparison.perPathStatus));
  for (const problem of comparison.problems) console.error(`missed: ${problem}`);
  process.exit(comparison.problems.length ? 1 : 0);
}
