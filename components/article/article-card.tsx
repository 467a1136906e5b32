import { InternalLink } from "@/components/site/internal-link";
import { ResponsiveImage } from "@/components/article/responsive-image";
import type { Article } from "@/lib/content";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format-date";
import { getDictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

type ArticleCardProps = {
  article: Article;
  /** The page's language: the card's own words are in it; the article's words keep theirs. */
  locale: Locale;
  /** The newest article on the home page: larger, and its image is fetched first. */
  featured?: boolean;
};

/** An article in a list: image, title, date, reading time, excerpt, categories; the title is the link. */
export function ArticleCard({ article, locale, featured = false }: ArticleCardProps) {
  const t = getDictionary(locale);
  const foreign = article.locale !== locale;
  const lang = foreign ? article.locale : undefined;
  return (
    <article
      className={cn(
        "group relative flex flex-col gap-4",
        featured && "md:grid md:grid-cols-5 md:items-center md:gap-10",
      )}
    >
      <div className={cn("overflow-hidden rounded-lg bg-line", featured && "md:col-span-3")}>
        <ResponsiveImage
          image={article.hero}
          alt={article.heroAlt}
          sizes={
            featured
              ? "(min-width: 72rem) 42rem, (min-width: 48rem) 60vw, 100vw"
              : "(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw"
          }
          priority={featured}
          className="aspect-[16/9] h-auto w-full object-cover transition-transform duration-300 group-hover:scale-[1.02] motion-reduce:transition-none"
        />
      </div>
      <div className={cn("flex flex-col gap-2", featured && "md:col-span-2")}>
        {foreign ? (
          <p className="font-sans text-sm font-semibold text-accent">
            {t.inLanguage[article.locale]}
          </p>
        ) : null}
        <h2
          lang={lang}
          className={cn(
            "font-semibold tracking-tight",
            featured ? "text-3xl md:text-4xl" : "text-2xl",
          )}
        >
          <InternalLink
            href={paths.article(article.locale, article.slug)}
            hrefLang={lang}
            className="after:absolute after:inset-0 hover:underline"
          >
            {article.title}
          </InternalLink>
        </h2>
        <p className="font-sans text-sm text-muted">
          <time dateTime={article.date}>{formatDate(article.date, locale)}</time> ·{" "}
          {t.article.readingTime(article.readingMinutes)}
        </p>
        <p lang={lang} className="text-lg leading-relaxed">
          {article.excerpt}
        </p>
        <ul aria-label={t.article.categories} className="flex flex-wrap gap-2 font-sans text-sm">
          {article.categories.map((category) => (
            <li key={category.id}>
              {/* Above the title link's overlay, so that each category stays its own link. */}
              <InternalLink
                href={paths.category(locale, category.id)}
                className="relative z-10 inline-flex min-h-6 items-center rounded-full border border-line px-2.5 hover:border-accent"
              >
                {category.labels[locale]}
              </InternalLink>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
