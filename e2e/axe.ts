import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// The site's accessibility standard, for every spec that runs axe-core: the WCAG 2.0–2.2 A and
// AA rules, with target-size (off by default in axe) turned on.

type AxeOptions = {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** Rules left out, each with its reason where it is called. */
  disabled?: string[];
};

/** axe-core's results for the page as it is now. */
export function axeResults(page: Page, { include, disabled = [] }: AxeOptions = {}) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const off = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
  return builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .options({ rules: { "target-size": { enabled: true }, ...off } })
    .analyze();
}

/** Each violation as one line: its rule, then the elements it found. */
export function violationLines(results: Awaited<ReturnType<typeof axeResults>>): string[] {
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
