import { ListCount } from "@/components/lists/list-count";
import { InternalLink } from "@/components/site/internal-link";
import { PageIntro } from "@/components/site/page-intro";
import { PageShell } from "@/components/site/page-shell";
import type { ArchiveYear } from "@/lib/content";
import { formatDate } from "@/lib/format-date";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";

/** Every article of the blog, year by year, with the count of each year. */
export function Archives({ locale, years }: { locale: Locale; years: ArchiveYear[] }) {
  const t = getDictionary(locale);
  const total = years.reduce((sum, year) => sum + year.articles.length, 0);
  return (
    <PageShell location={{ locale, path: paths.archives }}>
      <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.lists.archives}>{t.lists.archivesIntro}</PageIntro>
        <ListCount locale={locale} count={total} />
        {years.length === 0 ? <p className="text-lg">{t.blog.empty}</p> : null}
        {years.map(({ year, articles }) => (
          <section key={year} aria-labelledby={`year-${year}`} className="mt-12">
            <h2 id={`year-${year}`} className="flex items-baseline gap-3 text-3xl font-bold">
              {year}{" "}
              <span className="font-sans text-base font-normal text-muted">
                {t.lists.count(articles.length)}
              </span>
            </h2>
            <ul className="mt-4 divide-y divide-line">
              {articles.map((article) => (
                <li
                  key={`${article.locale}/${article.slug}`}
                  className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-6"
                >
                  <time
                    dateTime={article.date}
                    className="shrink-0 font-sans text-sm text-muted sm:w-36"
                  >
                    {formatDate(article.date, locale)}
                  </time>
                  <InternalLink
                    href={paths.article(article.locale, article.slug)}
                    hrefLang={article.locale === locale ? undefined : article.locale}
                    lang={article.locale === locale ? undefined : article.locale}
                    className="font-semibold underline decoration-line underline-offset-4 hover:decoration-ink"
                  >
                    {article.title}
                  </InternalLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </PageShell>
  );
}
