// Renders the figures of one `npm run bench` run as the Markdown block of docs/benchmarks.md.
import { phoneTargets } from "./budgets.mjs";
import { renderServerComparison } from "./server-compare.mjs";

const k = (bytes) => (bytes / 1024).toFixed(1);
const ratio = (value, floor) => (floor ? `${(value / floor).toFixed(2)}×` : "–");

/** A script's path without the build's folder, for the tables. */
function shortUrl(url) {
  try {
    const { pathname } = new URL(url);
    return pathname.replace(/^\/_next\/static\/chunks\//, "").slice(0, 60) || url;
  } catch {
    return url.slice(0, 60);
  }
}

function table(head, rows) {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

import { imagesTable } from "./images.mjs";

export function renderReport(results) {
  const { machine, weights, lighthouse, load, scale } = results;
  const floor = weights.floor;
  const part = (weight, kind, key = "gzip") => weight.totals[kind]?.[key] ?? 0;
  const weightRows = Object.entries(weights).map(([name, w]) => [
    name,
    k(part(w, "html")),
    k(part(w, "css")),
    `${k(part(w, "js"))} (${part(w, "js", "requests")})`,
    `${k(part(w, "font"))} (${part(w, "font", "requests")})`,
    `${k(part(w, "image"))} (${part(w, "image", "requests")})`,
    `${k(part(w, "other"))} (${part(w, "other", "requests")})`,
    k(w.total.transferred),
    String(w.total.requests),
    ratio(part(w, "js"), part(floor, "js")),
    ratio(w.total.transferred, floor.total.transferred),
  ]);
  const lighthouseRows = Object.entries(lighthouse).map(([name, r]) => [
    name,
    ...Object.values(r.scores).map(String),
    `${Math.round(r.lcp)} ms`,
    r.cls.toFixed(3),
    `${Math.round(r.tbt)} ms`,
    `${Math.round(r.fcp)} ms`,
    ratio(r.lcp, lighthouse.floor?.lcp),
    ratio(r.lcp, lighthouse.reference?.lcp),
    `${Math.round(r.tbt - (lighthouse.floor?.tbt ?? 0))} ms`,
  ]);
  const groups = [
    ...new Set(Object.values(lighthouse).flatMap((r) => Object.keys(r.mainThread ?? {}))),
  ];
  const mainThreadRows = Object.entries(lighthouse).map(([name, r]) => [
    name,
    ...groups.map((group) => String(Math.round(r.mainThread?.[group] ?? 0))),
    String(Math.round(Object.values(r.mainThread ?? {}).reduce((a, b) => a + b, 0))),
  ]);
  const bootupRows = Object.entries(lighthouse)
    .filter(([name]) => ["floor", "article"].includes(name))
    .flatMap(([name, r]) =>
      (r.bootup ?? [])
        .slice(0, 6)
        .map((item) => [name, `\`${shortUrl(item.url)}\``, `${Math.round(item.total)} ms`]),
    );
  const targetRows = phoneTargets(results).map((row) => [
    row.target,
    row.figure,
    row.reference,
    row.met ? "met" : "**missed**",
  ]);
  const staticRps = Object.fromEntries((load.static?.phases ?? []).map((p) => [p.name, p.rps]));
  const loadRows = Object.entries(load).flatMap(([server, l]) =>
    l.phases.map((p) => [
      server === "next" ? "npm start" : `static server`,
      p.name,
      String(p.requests),
      Math.round(p.rps).toString(),
      `${p.p50} ms`,
      `${p.p99} ms`,
      `${p.errors} / ${p.timeouts} / ${p.status5xx}`,
      Object.entries(p.statuses)
        .map(([code, count]) => `${code}: ${count}`)
        .join(", "),
      server === "next" ? ratio(p.rps, staticRps[p.name]) : "1×",
    ]),
  );
  const scaleRows = scale.map((s, index) => {
    const previous = scale[index - 1];
    const marginal = previous
      ? ((s.seconds - previous.seconds) * 1000) / (s.count - previous.count)
      : undefined;
    return [
      String(s.count),
      `${s.seconds.toFixed(1)} s`,
      `${(s.peakBytes / 2 ** 30).toFixed(2)} GiB`,
      String(s.staticPages ?? "?"),
      marginal === undefined ? "–" : `${Math.round(marginal)} ms`,
      Object.entries(s.steps ?? {})
        .map(([name, seconds]) => `${name} ${seconds.toFixed(0)}`)
        .join(" · "),
    ];
  });
  const imageRows = Object.entries(weights)
    .filter(([name]) => name !== "floor")
    .flatMap(([name, w]) =>
      w.images.map((i) => [
        name,
        i.src.split("/").at(-1),
        `${i.displayedWidth} px`,
        `${i.needed} px`,
        `${i.downloadedWidth} px`,
        `${(i.bytes / 1000).toFixed(1)} KB`,
        i.oversized ? "**yes**" : "no",
      ]),
    );
  const font = weights.article.fonts;
  return [
    `Run on ${machine.date.slice(0, 16).replace("T", " ")} UTC · ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.chromium} · Next.js ${machine.next} · Lighthouse ${machine.lighthouse} · load average at start ${machine.load} (the machine is shared with other builds).`,
    "",
    "### Page weight (headless Chromium, 412×823 at 1.75×, empty cache, page read to its end)",
    "",
    "KiB of gzip-compressed bodies (fonts and images as they are), request counts in brackets. `transferred` is what came over the wire from `npm start` (Next.js, which gzips). Ratios are to the framework floor, a minimal Next.js App Router page built with the same `next`.",
    "",
    table(
      [
        "page",
        "HTML",
        "CSS",
        "JS (req)",
        "fonts (req)",
        "images (req)",
        "other (req)",
        "transferred",
        "requests",
        "JS ÷ floor",
        "transferred ÷ floor",
      ],
      weightRows,
    ),
    "",
    `Fonts on the article: ${font.files.length} file(s) (${font.files.map((f) => `${f.url.split("/").at(-1)} ${k(f.bytes)} KiB`).join(", ")}), ${font.preloaded} preloaded, ${font.swap}/${font.faces} faces with font-display: swap, ${font.subset}/${font.faces} declaring a unicode-range subset.`,
    "",
    "### Images: downloaded against displayed size (phone)",
    "",
    table(
      ["page", "file", "displayed", "needed (× DPR)", "downloaded", "bytes", "larger than needed"],
      imageRows,
    ),
    "",
    `### Lighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU slowdown), median of ${results.lighthouseRuns ?? 3} runs`,
    "",
    "`reference` is the zero-JavaScript reference: the article of the static export with every script and script preload removed, served gzipped by a plain file server (bench/reference.mjs). Astro's blog template measured an LCP of " +
      `${results.astroLcpMs ?? 1280} ms on the same article (issue 14, a constant).`,
    "",
    table(
      [
        "page",
        "performance",
        "accessibility",
        "best practices",
        "SEO",
        "LCP",
        "CLS",
        "TBT",
        "FCP",
        "LCP ÷ floor",
        "LCP ÷ reference",
        "TBT − floor",
      ],
      lighthouseRows,
    ),
    "",
    "### Main thread (Lighthouse's mainthread-work-breakdown, ms at 4× CPU, medians)",
    "",
    table(["page", ...groups, "total"], mainThreadRows),
    "",
    "Script time by file (bootup-time, ms, medians), the six largest:",
    "",
    table(["page", "script", "total"], bootupRows),
    "",
    "### Issue 14's phone targets: each figure beside its reference",
    "",
    table(["target", "figure", "reference", "met"], targetRows),
    "",
    "### Navigation: hover, then click, an article link of the home page (static export, desktop, no throttling)",
    "",
    "Served with the `Speculation-Rules` header of lib/speculation-rules.ts (as the hosting layer is to send it), then without; the median time from the click to the article's title, over the runs. Playwright's DevTools session disables prerendering (`PrerenderingDisabledByDevTools`), so this shows the prefetch half of the rules.",
    "",
    results.navigation
      ? table(
          [
            "served",
            "page from a prefetch",
            "prerendered",
            "revealed with a view transition",
            "click to title",
            "speculation statuses",
          ],
          Object.entries(results.navigation).map(([name, n]) => [
            name,
            `${n.prefetched}/${n.runs}`,
            `${n.prerendered}/${n.runs}`,
            `${n.viewTransition}/${n.runs}`,
            `${Math.round(n.toTitleMs)} ms`,
            n.statuses.join(", ") || "–",
          ]),
        )
      : "_Not measured in this run._",
    "",
    "### Load: autocannon, 50 connections, 15 s per phase, loopback",
    "",
    load.next
      ? `The mix cycles through ${Object.entries(load.next.perPathStatus)
          .map(([p, s]) => `\`${p}\` (${s})`)
          .join(", ")}. Static server: ${load.static.source}.`
      : "_Not measured in this run (`--phone`)._",
    "",
    loadRows.length === 0
      ? ""
      : table(
          [
            "server",
            "phase",
            "requests",
            "req/s",
            "p50",
            "p99",
            "errors / timeouts / 5xx",
            "statuses",
            "req/s ÷ static",
          ],
          loadRows,
        ),
    "",
    "### Server: `npm start` against bare `next start` (bench/server-compare.mjs)",
    "",
    results.serverComparison
      ? renderServerComparison(results.serverComparison)
      : "_Not measured in this run (`--phone`)._",
    "",
    "### Build scaling: `npm run build` of generated articles (one run each)",
    "",
    results.siteBuildSeconds === undefined
      ? "The site's own build: not timed in this run (`--no-build`)."
      : `The site's own build in this run: ${results.siteBuildSeconds.toFixed(1)} s.`,
    "",
    scaleRows.length
      ? table(
          [
            "articles",
            "time",
            "peak memory (process tree)",
            "static pages",
            "marginal per article",
            "seconds per step",
          ],
          scaleRows,
        )
      : "_Skipped (`--skip-scale`)._",
    "",
    "### Image step: `scripts/media.ts` on 450 photos of 1–3 megapixels (bench/images.mjs)",
    "",
    results.images ? imagesTable(results.images) : "_Not measured._",
    "",
    "### Budgets",
    "",
    results.problems.length
      ? results.problems.map((p) => `- missed: ${p}`).join("\n")
      : "Every budget met.",
  ].join("\n");
}
