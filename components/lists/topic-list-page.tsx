import { ArticleList } from "@/components/article/article-list";
import { ListCount } from "@/components/lists/list-count";
import { TopicFeedLinks } from "@/components/lists/topic-feed-links";
import { TopicHeader } from "@/components/lists/topic-header";
import { PageShell } from "@/components/site/page-shell";
import { Pagination } from "@/components/site/pagination";
import { getDictionary } from "@/lib/i18n";
import { paths, type TopicKind } from "@/lib/routes/paths";
import type { TopicListView } from "@/lib/topic-list";

/** One page of a topic's list (a category, an author, a tag): header, count, articles, pages, feeds. */
export function TopicListPage({ view }: { view: TopicListView }) {
  const { locale, topic, page } = view;
  const t = getDictionary(locale);
  const emptyMessage: Record<TopicKind, string> = {
    category: t.category.empty,
    author: t.author.empty(topic.labels[locale]),
    tag: t.catalogue.tagEmpty,
  };
  const pagePath = (number: number) => paths.topic(topic.kind, locale, topic.id, number);
  return (
    <PageShell
      location={{
        locale,
        path: (pathLocale) => paths.topic(topic.kind, pathLocale, topic.id, page.page),
      }}
    >
      <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
        <TopicHeader view={view} />
        <ListCount locale={locale} count={page.total} />
        {page.items.length > 0 ? (
          <ArticleList articles={page.items} locale={locale} />
        ) : (
          <p className="text-lg">{emptyMessage[topic.kind]}</p>
        )}
        <Pagination
          locale={locale}
          page={page.page}
          pageCount={page.pageCount}
          pagePath={pagePath}
        />
        <TopicFeedLinks locale={locale} topic={topic} />
      </div>
    </PageShell>
  );
}
