import { paths } from "@/lib/routes/paths";
import { InternalLink } from "@/components/site/internal-link";
import type { Article } from "@/lib/content";
import { formatDate } from "@/lib/format-date";
import { getDictionary } from "@/lib/i18n";

/** Date, reading time, authors and categories, in one compact line. */
export function ArticleMeta({ article }: { article: Article }) {
  const t = getDictionary(article.locale);
  const { locale } = article;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-[0.95rem] text-muted">
      <time dateTime={article.date}>{formatDate(article.date, locale)}</time>
      <span aria-hidden="true">·</span>
      <span>{t.article.readingTime(article.readingMinutes)}</span>
      <span aria-hidden="true">·</span>
      <span>
        {t.article.by}{" "}
        {article.authors.map((author, index) => (
          <span key={author.id}>
            {index > 0 ? ", " : null}
            <InternalLink
              href={paths.author(locale, author.id)}
              className="font-medium text-ink hover:underline"
            >
              {author.name}
            </InternalLink>
          </span>
        ))}
      </span>
      <span aria-hidden="true">·</span>
      <ul aria-label={t.article.categories} className="flex flex-wrap gap-2">
        {article.categories.map((category) => (
          <li key={category.id}>
            <InternalLink
              href={paths.category(locale, category.id)}
              className="rounded-full border border-line px-2.5 py-0.5 text-sm text-ink hover:border-accent"
            >
              {category.labels[locale]}
            </InternalLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
