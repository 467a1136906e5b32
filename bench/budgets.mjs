// The budgets of issues 7 and 14. Each missed budget is one line naming it, the figure and the
// limit. Issue 14's phone targets are ratios to references measured in the same run: the
// framework floor and the zero-JavaScript copy of the article (bench/reference.mjs).
import { astroLcpMs } from "./reference.mjs";

const KiB = 1024;
export const budgets = {
  lighthouseScore: 100,
  cls: 0,
  /** Article LCP at most this many times the zero-JavaScript reference's. */
  lcpOverReference: 1.1,
  /** TBT at most the floor's plus this. */
  tbtOverFloorMs: 50,
  /** JavaScript (gzip) at most the floor's plus this. */
  jsOverFloorKiB: 10,
  cssKiB: 15,
  fontFiles: 2,
  heroPhoneKB: 60,
  buildSeconds1000: 120,
  buildPeakBytes1000: 2e9,
  /** Build time per extra article, from 100 to 1,000 generated articles. */
  buildMsPerArticle: 60,
  /** The peak at 1,000 articles at most this much above the peak at 300. */
  buildPeakGrowth300To1000: 300e6,
  /** The image step (scripts/media.ts) on 450 photos of 1–3 megapixels, cold cache. */
  imagesSeconds450: 180,
  /** npm start's req/s at least this share of bare `next start`'s, with a p99 no higher. */
  serverRpsRatio: 0.9,
};

const ms = (value) => `${Math.round(value)} ms`;

/**
 * Issue 14's phone targets, each figure beside its reference: `{ target, figure, reference,
 * met }` rows, for the report and for the list of missed budgets.
 */
export function phoneTargets({ weights, lighthouse, navigation }) {
  const rows = [];
  const floor = lighthouse.floor;
  const reference = lighthouse.reference;
  for (const page of ["article", "home", "index"]) {
    const lh = lighthouse[page];
    if (!lh || !floor) continue;
    const performance = lh.scores.performance;
    rows.push({
      target: `Lighthouse performance on ${page}`,
      figure: String(performance),
      reference: `100, at worst the floor's ${floor.scores.performance}`,
      met: performance >= Math.min(budgets.lighthouseScore, floor.scores.performance),
    });
    for (const [category, score] of Object.entries(lh.scores)) {
      if (category === "performance") continue;
      rows.push({
        target: `Lighthouse ${category} on ${page}`,
        figure: String(score),
        reference: String(budgets.lighthouseScore),
        met: score >= budgets.lighthouseScore,
      });
    }
    rows.push({
      target: `CLS on ${page}`,
      figure: lh.cls.toFixed(3),
      reference: "0",
      met: lh.cls <= budgets.cls,
    });
    rows.push({
      target: `TBT on ${page}`,
      figure: ms(lh.tbt),
      reference: `floor ${ms(floor.tbt)} + ${budgets.tbtOverFloorMs} ms`,
      met: lh.tbt <= floor.tbt + budgets.tbtOverFloorMs,
    });
    const js = weights[page]?.totals.js?.gzip ?? 0;
    const floorJs = weights.floor?.totals.js?.gzip ?? 0;
    if (weights[page] && weights.floor)
      rows.push({
        target: `JavaScript on ${page} (gzip)`,
        figure: `${(js / KiB).toFixed(1)} KiB`,
        reference: `floor ${(floorJs / KiB).toFixed(1)} KiB + ${budgets.jsOverFloorKiB} KiB`,
        met: js <= floorJs + budgets.jsOverFloorKiB * KiB,
      });
  }
  const article = lighthouse.article;
  if (article) {
    rows.push({
      target: "LCP on article",
      figure: ms(article.lcp),
      reference: reference
        ? `zero-JS reference ${ms(reference.lcp)} × ${budgets.lcpOverReference} (Astro's template: ${ms(astroLcpMs)})`
        : "zero-JS reference not measured",
      met: reference ? article.lcp <= reference.lcp * budgets.lcpOverReference : false,
    });
  }
  const speculated = navigation?.["with speculation rules"];
  if (speculated) {
    const speculatedRuns = (n) => n.prefetched + n.prerendered;
    rows.push({
      target: "article prefetched or prerendered on hover (target 4)",
      figure: `${speculatedRuns(speculated)}/${speculated.runs} runs (${speculated.prerendered} prerendered)`,
      reference: `every run (without the header: ${speculatedRuns(navigation.without)}/${navigation.without.runs})`,
      met: speculatedRuns(speculated) === speculated.runs,
    });
    rows.push({
      target: "cross-document view transition (target 4)",
      figure: `${speculated.viewTransition}/${speculated.runs} runs`,
      reference: "every run",
      met: speculated.viewTransition === speculated.runs,
    });
  }
  return rows;
}

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

export function checkBudgets({ weights, lighthouse, navigation, scale, images }) {
  const missed = phoneTargets({ weights, lighthouse, navigation })
    .filter((row) => !row.met)
    .map((row) => `${row.target}: ${row.figure}, target ${row.reference}`);
  if (!images) missed.push("image step: not measured in this run");
  else if (images.cold.seconds > budgets.imagesSeconds450)
    missed.push(
      `image step on ${images.photos} photos: ${images.cold.seconds.toFixed(0)} s > ${budgets.imagesSeconds450} s`,
    );
  if (images && images.warm.written > 0)
    missed.push(`image step, warm cache: ${images.warm.written} files written again, 0 expected`);
  for (const page of ["article", "home", "index"]) {
    const weight = weights[page];
    if (!weight) continue;
    const css = weight.totals.css?.gzip ?? 0;
    if (css > budgets.cssKiB * KiB)
      missed.push(`CSS on ${page}: ${(css / KiB).toFixed(1)} KiB gzip > ${budgets.cssKiB} KiB`);
    const { fonts } = weight;
    if (fonts.files.length > budgets.fontFiles)
      missed.push(`fonts on ${page}: ${fonts.files.length} files > ${budgets.fontFiles}`);
    // Issue 14: the upright face draws the first screen and is preloaded; the italic is not, so
    // that it does not take bandwidth from the hero (it loads once italic text is laid out).
    if (fonts.files.length > 0 && fonts.preloaded < 1)
      missed.push(
        `fonts on ${page}: no font file preloaded (the upright face draws the first screen)`,
      );
    if (fonts.preloaded > 1)
      missed.push(
        `fonts on ${page}: ${fonts.preloaded} font files preloaded, where the upright face alone is needed before the first paint`,
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
  if (article) {
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
    const hundred = scale.find((s) => s.count === 100);
    if (!hundred) missed.push("build time per article: no 100-article build in this run");
    else {
      const perArticle =
        ((thousand.seconds - hundred.seconds) * 1000) / (thousand.count - hundred.count);
      if (perArticle > budgets.buildMsPerArticle)
        missed.push(
          `build time per extra article, 100 → 1,000: ${perArticle.toFixed(0)} ms > ${budgets.buildMsPerArticle} ms`,
        );
    }
    const threeHundred = scale.find((s) => s.count === 300);
    const growth = threeHundred && thousand.peakBytes - threeHundred.peakBytes;
    if (growth === undefined) missed.push("build peak growth: no 300-article build in this run");
    else if (growth > budgets.buildPeakGrowth300To1000)
      missed.push(
        `build peak at 1,000 articles: ${(growth / 1e6).toFixed(0)} MB above 300's > ${budgets.buildPeakGrowth300To1000 / 1e6} MB`,
      );
  }
  return missed;
}
