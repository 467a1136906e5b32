import { paths } from "@/lib/routes/paths";
import { InternalLink } from "@/components/site/internal-link";
import type { Article } from "@/lib/content";
import { formatDate } from "@/lib/format-date";
import { getDictionary } from "@/lib/i18n";
import { site } from "@/lib/site";

/** Date, reading time, authors, categories and tags, in one compact line. */
export function ArticleMeta({ article }: { article: Article }) {
  const t = getDictionary(article.locale);
  const { locale } = article;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-[0.95rem] text-muted">
      <time dateTime={article.date}>{formatDate(article.date, locale)}</time>
      {article.updated ? (
        <>
          <span aria-hidden="true">·</span>
          <span data-testid="article-updated">
            {t.catalogue.updated}{" "}
            <time dateTime={article.updated}>{formatDate(article.updated, locale)}</time>
          </span>
        </>
      ) : null}
      <span aria-hidden="true">·</span>
      <span>{t.article.readingTime(article.readingMinutes)}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="article-byline">
        {t.article.by}{" "}
        {article.authors.length === 0 ? (
          // No authors: the studio signs, and its name leads to its own site.
          <a href={site.parentUrl} className="font-medium text-ink hover:underline">
            {t.catalogue.studio(site.name)}
          </a>
        ) : null}
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
      {article.tags.length > 0 ? (
        <ul aria-label={t.catalogue.tags} className="flex basis-full flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.id}>
              <InternalLink
                href={paths.tag(locale, tag.id)}
                className="text-sm text-ink underline decoration-line underline-offset-4 hover:decoration-accent"
              >
                #{tag.label}
              </InternalLink>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
