import { InternalLink } from "@/components/site/internal-link";
import { getDictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

type PaginationProps = {
  locale: Locale;
  page: number;
  pageCount: number;
  /** The path of a page of the list: the blog index's by default. */
  pagePath?: (page: number) => string;
};

/** Previous / next links and the page list of the blog index, or of another list. */
export function Pagination({
  locale,
  page,
  pageCount,
  pagePath = (number) => paths.blog(locale, number),
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = getDictionary(locale).pagination;
  const link =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 hover:bg-line/60";
  return (
    <nav aria-label={t.label} className="mt-16 font-sans">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <InternalLink href={pagePath(page - 1)} rel="prev" className={link}>
              ← {t.previous}
            </InternalLink>
          </li>
        ) : null}
        {Array.from({ length: pageCount }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page" className={`${link} bg-ink text-paper`}>
                {number}
              </span>
            ) : (
              <InternalLink href={pagePath(number)} className={link} aria-label={t.page(number)}>
                {number}
              </InternalLink>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <InternalLink href={pagePath(page + 1)} rel="next" className={link}>
              {t.next} →
            </InternalLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
