import { ListCount } from "@/components/lists/list-count";
import { SeriesPartList } from "@/components/series/series-part-list";
import { PageIntro } from "@/components/site/page-intro";
import { PageShell } from "@/components/site/page-shell";
import type { Article, Series } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";

type SeriesPageProps = { locale: Locale; series: Series; parts: Article[] };

/** A series' own page: its parts in order. */
export function SeriesPage({ locale, series, parts }: SeriesPageProps) {
  const t = getDictionary(locale).series;
  const label = series.labels[locale];
  return (
    <PageShell location={{ locale, path: (pathLocale) => paths.series(pathLocale, series.id) }}>
      <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.label(label)}>{t.description(label)}</PageIntro>
        <ListCount locale={locale} count={parts.length} />
        {parts.length > 0 ? (
          <SeriesPartList locale={locale} parts={parts} />
        ) : (
          <p className="text-lg">{t.empty}</p>
        )}
      </div>
    </PageShell>
  );
}
