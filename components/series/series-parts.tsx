import { SeriesPartList } from "@/components/series/series-part-list";
import { InternalLink } from "@/components/site/internal-link";
import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/routes/paths";

/**
 * Inside an article of a series: the series' parts in order, the article's own place among
 * them, and a link to the next part. `parts` are the series' parts in the article's language.
 */
export function SeriesParts({ article, parts }: { article: Article; parts: Article[] }) {
  const series = article.series;
  if (!series) return null;
  const t = getDictionary(article.locale).series;
  const label = series.labels[article.locale];
  const index = parts.findIndex((part) => part.slug === article.slug);
  const next = parts[index + 1];
  return (
    <nav
      aria-label={t.label(label)}
      data-pagefind-ignore
      className="my-10 rounded-xl border border-line px-5 py-4 font-sans text-base"
    >
      <p className="font-semibold">
        <InternalLink
          href={paths.series(article.locale, series.id)}
          className="underline decoration-line underline-offset-4 hover:decoration-ink"
        >
          {t.label(label)}
        </InternalLink>
      </p>
      <p className="mt-1 text-sm text-muted">{t.part(index + 1, parts.length)}</p>
      <div className="mt-4">
        <SeriesPartList locale={article.locale} parts={parts} current={article} />
      </div>
      <p className="mt-4">
        {next ? (
          <InternalLink
            href={paths.article(next.locale, next.slug)}
            rel="next"
            className="font-semibold underline decoration-line underline-offset-4 hover:decoration-ink"
          >
            {t.next} {next.title} →
          </InternalLink>
        ) : (
          <span className="text-muted">{t.last}</span>
        )}
      </p>
    </nav>
  );
}
