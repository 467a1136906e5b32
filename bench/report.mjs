// Renders the figures of one `npm run bench` run as the Markdown block of docs/benchmarks.md.
import { renderServerComparison } from "./server-compare.mjs";
const k = (bytes) => (bytes / 1024).toFixed(1);
const ratio = (value, floor) => (floor ? `${(value / floor).toFixed(2)}×` : "–");

function table(head, rows) {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

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
  ]);
  const staticRps = Object.fromEntries(load.static.phases.map((p) => [p.name, p.rps]));
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
    "### Lighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU slowdown), median of 3 runs",
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
      ],
      lighthouseRows,
    ),
    "",
    "The last two rows are the article again with Lighthouse's `blockedUrlPatterns`: without its two font files, then without any script (the framework's included): what each costs.",
    "",
    "### Load: autocannon, 50 connections, 15 s per phase, loopback",
    "",
    `The mix cycles through ${Object.entries(load.next.perPathStatus)
      .map(([p, s]) => `\`${p}\` (${s})`)
      .join(", ")}. Static server: ${load.static.source}.`,
    "",
    table(
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
    renderServerComparison(results.serverComparison),
    "",
    "### Build scaling: `npm run build` of generated articles (one run each)",
    "",
    `The site's own build in this run: ${results.siteBuildSeconds.toFixed(1)} s.`,
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
    "### Budgets",
    "",
    results.problems.length
      ? results.problems.map((p) => `- missed: ${p}`).join("\n")
      : "Every budget met.",
  ].join("\n");
}
