import { InternalLink } from "@/components/site/internal-link";
import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";

type SeriesPartListProps = { locale: Locale; parts: Article[]; current?: Article };

/** The parts of a series in order, numbered by their part; the current one is not a link. */
export function SeriesPartList({ locale, parts, current }: SeriesPartListProps) {
  const t = getDictionary(locale).series;
  return (
    <ol className="space-y-2">
      {parts.map((part, index) => {
        // The place in the list: a gap in the authors' numbering (a warning) shows no hole.
        const number = index + 1;
        const isCurrent = part.slug === current?.slug;
        return (
          <li key={part.slug} className="flex gap-3">
            <span className="w-8 shrink-0 font-sans text-muted" aria-hidden="true">
              {number}.
            </span>
            {isCurrent ? (
              <span aria-current="page" className="font-semibold">
                <span className="sr-only">{t.part(number, parts.length)}: </span>
                {part.title}
              </span>
            ) : (
              <InternalLink
                href={paths.article(part.locale, part.slug)}
                className="underline decoration-line underline-offset-4 hover:decoration-ink"
              >
                <span className="sr-only">{t.part(number, parts.length)}: </span>
                {part.title}
              </InternalLink>
            )}
          </li>
        );
      })}
    </ol>
  );
}
