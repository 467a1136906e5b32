import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesPage } from "@/components/series/series-page";
import { getAllSeries, getSeries, getSeriesParts } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes/paths";
import { publishedLocales } from "@/lib/site";

type Props = { params: Promise<{ locale: string; series: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const all = await getAllSeries();
  return publishedLocales.flatMap((locale) => all.map((series) => ({ locale, series: series.id })));
}

async function seriesFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const series = await getSeries((await params).series);
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
  // A series with no part yet in this language stays out of search engines (and the sitemap).
  return parts.length > 0 ? metadata : { ...metadata, robots: { index: false, follow: true } };
}

export default async function SeriesRoute({ params }: Props) {
  return <SeriesPage {...await seriesFor(params)} />;
}
