// Load test (issue 6, item 6): autocannon on loopback, bounded in time. 50 connections for
// 15 s on the article, then 15 s on a mix of article, 404, feed and home. Run alone with
// `node bench/load.mjs http://127.0.0.1:3431`: it exits non-zero on any error, timeout or 5xx.
import autocannon from "autocannon";

export const articlePath = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
export const mixPaths = [articlePath, "/fr/blog/this-page-does-not-exist", "/fr/rss.xml", "/fr"];

function fire(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 50, duration: 15, timeout: 10, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function summarise(name, result) {
  const codes = result.statusCodeStats ?? {};
  const count = (test) =>
    Object.entries(codes)
      .filter(([code]) => test(Number(code)))
      .reduce((sum, [, { count }]) => sum + count, 0);
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    status5xx: count((code) => code >= 500),
    statuses: Object.fromEntries(Object.entries(codes).map(([code, { count }]) => [code, count])),
  };
}

/** Both phases against one base URL; `perPathStatus` tells which mix paths answer what. */
export async function runLoad(baseUrl, { duration = 15 } = {}) {
  const perPathStatus = {};
  for (const path of mixPaths) perPathStatus[path] = (await fetch(baseUrl + path)).status;
  const article = await fire({ url: baseUrl + articlePath, duration });
  const mix = await fire({
    url: baseUrl,
    duration,
    requests: mixPaths.map((path) => ({ method: "GET", path })),
  });
  return {
    perPathStatus,
    phases: [summarise("article", article), summarise("mix", mix)],
  };
}

export function loadProblems(label, load) {
  return load.phases.flatMap((phase) =>
    phase.errors || phase.timeouts || phase.status5xx
      ? [
          `${label} ${phase.name}: ${phase.errors} errors, ${phase.timeouts} timeouts, ${phase.status5xx} 5xx`,
        ]
      : [],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? "http://127.0.0.1:3431";
  const load = await runLoad(base);
  console.log(JSON.stringify(load, null, 2));
  const problems = loadProblems(base, load);
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
