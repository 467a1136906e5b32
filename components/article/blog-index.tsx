import { ArticleList } from "@/components/article/article-list";
import { PageShell } from "@/components/site/page-shell";
import { PageIntro } from "@/components/site/page-intro";
import { Pagination } from "@/components/site/pagination";
import { ListCount } from "@/components/lists/list-count";
import { InternalLink } from "@/components/site/internal-link";
import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import type { Page } from "@/lib/paginate";
import type { Locale } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

/** One page of the blog index: every published article, newest first. */
export function BlogIndex({ locale, page }: { locale: Locale; page: Page<Article> }) {
  const t = getDictionary(locale);
  return (
    <PageShell location={{ locale, path: (pathLocale) => paths.blog(pathLocale, page.page) }}>
      <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={page.page > 1 ? t.blog.pageTitle(page.page) : t.blog.title}>
          {t.blog.intro}{" "}
          <InternalLink
            href={paths.archives(locale)}
            className="underline decoration-line underline-offset-4 hover:text-ink"
          >
            {t.lists.archivesLink}
          </InternalLink>
        </PageIntro>
        <ListCount locale={locale} count={page.total} />
        {page.items.length > 0 ? (
          <ArticleList articles={page.items} locale={locale} />
        ) : (
          <p className="text-lg">{t.blog.empty}</p>
        )}
        <Pagination locale={locale} page={page.page} pageCount={page.pageCount} />
      </div>
    </PageShell>
  );
}
