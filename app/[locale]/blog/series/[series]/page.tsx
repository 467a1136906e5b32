import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesPage } from "@/components/series/series-page";
import { getSeriesParts } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { routeSeries } from "@/lib/placeholder-page";
import { paths } from "@/lib/routes/paths";
import { publishedLocales } from "@/lib/site";

type Props = { params: Promise<{ locale: string; series: string }> };

export const dynamicParams = false;

/** Every series, or, on a site with none yet, the placeholder (lib/placeholder-page.ts). */
export async function generateStaticParams() {
  const all = await routeSeries();
  return publishedLocales.flatMap((locale) => all.map((series) => ({ locale, series: series.id })));
}

async function seriesFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const { series: id } = await params;
  const series = (await routeSeries()).find((known) => known.id === id);
  if (!series) notFound();
  return { locale, series, parts: await getSeriesParts(locale, series.id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, series, parts } = await seriesFor(params);
  const label = series.labels[locale];
  const metadata = pageMetadata({
    locale,
    title: getDictionary(locale).series.label(label),
    description: getDictionary(locale).series.description(label),
    path: (pathLocale) => paths.series(pathLocale, series.id),
  });
  // A series with no part yet in this language (the placeholder too) stays out of search engines
  // (and the sitemap).
  return parts.length > 0 ? metadata : { ...metadata, robots: { index: false, follow: true } };
}

export default async function SeriesRoute({ params }: Props) {
  return <SeriesPage {...await seriesFor(params)} />;
}
