// The budgets of issue 7. Each missed budget is one line naming it, the figure and the limit.
const KiB = 1024;
export const budgets = {
  lighthouseScore: 100,
  cls: 0,
  lcpMs: 1300,
  tbtMs: 50,
  jsOverFloorKiB: 15,
  cssKiB: 15,
  fontFiles: 2,
  heroPhoneKB: 60,
  buildSeconds1000: 120,
  buildPeakBytes1000: 2e9,
  /** npm start's req/s at least this share of bare `next start`'s, with a p99 no higher. */
  serverRpsRatio: 0.9,
};

/** Target 2 of issue 14, on the phases of bench/server-compare.mjs. */
export function checkServer(phases) {
  return phases.flatMap(({ name, site, bare, ratio }) => [
    ...(ratio < budgets.serverRpsRatio
      ? [
          `npm start ${name}: ${Math.round(site.rps)} req/s = ${ratio.toFixed(2)}× bare next start (${Math.round(bare.rps)}) < ${budgets.serverRpsRatio}×`,
        ]
      : []),
    ...(site.p99 > bare.p99
      ? [`npm start ${name}: p99 ${site.p99} ms > bare next start's ${bare.p99} ms`]
      : []),
  ]);
}

export function checkBudgets({ weights, lighthouse, scale }) {
  const missed = [];
  for (const page of ["article", "home", "index"]) {
    const lh = lighthouse[page];
    if (lh) {
      for (const [category, score] of Object.entries(lh.scores)) {
        if (score < budgets.lighthouseScore)
          missed.push(`Lighthouse ${category} on ${page}: ${score} < ${budgets.lighthouseScore}`);
      }
      if (lh.cls > budgets.cls) missed.push(`CLS on ${page}: ${lh.cls.toFixed(3)} > 0`);
      if (lh.lcp > budgets.lcpMs)
        missed.push(`LCP on ${page}: ${Math.round(lh.lcp)} ms > ${budgets.lcpMs} ms`);
      if (lh.tbt > budgets.tbtMs)
        missed.push(`TBT on ${page}: ${Math.round(lh.tbt)} ms > ${budgets.tbtMs} ms`);
    }
    const weight = weights[page];
    if (!weight) continue;
    const css = weight.totals.css?.gzip ?? 0;
    if (css > budgets.cssKiB * KiB)
      missed.push(`CSS on ${page}: ${(css / KiB).toFixed(1)} KiB gzip > ${budgets.cssKiB} KiB`);
    const { fonts } = weight;
    if (fonts.files.length > budgets.fontFiles)
      missed.push(`fonts on ${page}: ${fonts.files.length} files > ${budgets.fontFiles}`);
    if (fonts.preloaded < fonts.files.length)
      missed.push(
        `fonts on ${page}: ${fonts.files.length - fonts.preloaded} font file(s) not preloaded`,
      );
    if (fonts.swap < fonts.faces)
      missed.push(
        `fonts on ${page}: ${fonts.faces - fonts.swap} @font-face without font-display: swap`,
      );
    if (fonts.subset < fonts.faces)
      missed.push(
        `fonts on ${page}: ${fonts.faces - fonts.subset} @font-face without unicode-range (not declared as a subset)`,
      );
    for (const image of weight.images.filter((i) => i.oversized)) {
      missed.push(
        `image on ${page}: ${image.src} is ${image.downloadedWidth} px wide where ${image.best} px would do (check its sizes attribute)`,
      );
    }
  }
  const article = weights.article;
  const floor = weights.floor;
  if (article && floor) {
    const over = (article.totals.js?.gzip ?? 0) - (floor.totals.js?.gzip ?? 0);
    if (over > budgets.jsOverFloorKiB * KiB)
      missed.push(
        `article JS: floor + ${(over / KiB).toFixed(1)} KiB gzip > floor + ${budgets.jsOverFloorKiB} KiB`,
      );
    const hero = article.images[0];
    if (hero && hero.bytes > budgets.heroPhoneKB * 1000)
      missed.push(
        `hero at phone width: ${(hero.bytes / 1000).toFixed(1)} KB > ${budgets.heroPhoneKB} KB`,
      );
  }
  const thousand = scale.find((s) => s.count === 1000);
  // A budget that was not measured is not met.
  if (!thousand) missed.push("1,000-article build: not measured in this run (see --scale)");
  if (thousand) {
    if (thousand.seconds > budgets.buildSeconds1000)
      missed.push(
        `1,000-article build: ${thousand.seconds.toFixed(0)} s > ${budgets.buildSeconds1000} s`,
      );
    if (thousand.peakBytes > budgets.buildPeakBytes1000)
      missed.push(`1,000-article build: peak ${(thousand.peakBytes / 1e9).toFixed(2)} GB > 2 GB`);
  }
  return missed;
}
