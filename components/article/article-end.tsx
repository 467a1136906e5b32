import { InternalLink } from "@/components/site/internal-link";
import { ArticleCard } from "@/components/article/article-card";
import type { Article } from "@/lib/content";
import { articleNeighbours, relatedArticles } from "@/lib/article-links";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/routes/paths";

/** What follows an article: its previous and next articles, then up to three related ones. */
export function ArticleEnd({ article, articles }: { article: Article; articles: Article[] }) {
  const t = getDictionary(article.locale);
  const { previous, next } = articleNeighbours(articles, article);
  const related = relatedArticles(articles, article);
  const neighbours = [
    previous && { label: t.articleEnd.previous, target: previous, rel: "prev" },
    next && { label: t.articleEnd.next, target: next, rel: "next" },
  ].filter((link) => !!link);

  return (
    <div data-print="hide" data-pagefind-ignore className="mx-auto mt-16 max-w-5xl px-5 sm:px-8">
      {neighbours.length > 0 ? (
        <nav aria-label={t.articleEnd.label} className="border-t border-line pt-8 font-sans">
          <ul className="grid gap-4 sm:grid-cols-2">
            {neighbours.map(({ label, target, rel }) => (
              <li key={rel} className={rel === "next" ? "sm:col-start-2 sm:text-right" : ""}>
                <InternalLink
                  href={paths.article(article.locale, target.slug)}
                  rel={rel}
                  className="block rounded-lg border border-line p-4 hover:border-muted"
                >
                  <span className="block text-sm text-muted">{label}</span>
                  <span className="mt-1 block font-serif text-lg font-semibold">
                    {target.title}
                  </span>
                </InternalLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section aria-labelledby="related-title" className="mt-12">
          <h2 id="related-title" className="text-2xl font-bold tracking-tight">
            {t.articleEnd.related}
          </h2>
          <div className="mt-6 grid gap-10 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((other) => (
              <ArticleCard key={other.slug} article={other} locale={article.locale} />
            ))}
          </div>
        </section>
      ) : null}
      <p className="mt-12 font-sans">
        <InternalLink
          href={paths.blog(article.locale)}
          className="inline-flex min-h-11 items-center rounded-md underline decoration-accent/60 underline-offset-4 hover:decoration-accent"
        >
          {t.article.backToBlog} →
        </InternalLink>
      </p>
    </div>
  );
}
