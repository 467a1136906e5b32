import type { Article } from "./types";

export type ArchiveYear = { year: string; articles: Article[] };

/** Articles grouped by the year of their date, newest year first, newest article first in each. */
export function groupByYear(articles: readonly Article[]): ArchiveYear[] {
  const years = new Map<string, Article[]>();
  const newestFirst = [...articles].sort(
    (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title),
  );
  for (const article of newestFirst) {
    const year = article.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), article]);
  }
  return [...years].map(([year, list]) => ({ year, articles: list }));
}
