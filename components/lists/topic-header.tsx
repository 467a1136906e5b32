import { AuthorCard } from "@/components/article/author-card";
import { PageIntro } from "@/components/site/page-intro";
import { getAuthor } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import type { TopicListView } from "@/lib/topic-list";
import { topicDescription } from "@/lib/topic-list";

/** The top of a topic's list page: an author's card, or a category's title (tags: like categories). */
export async function TopicHeader({ view }: { view: TopicListView }) {
  const { locale, topic, page } = view;
  const t = getDictionary(locale);
  const label = topic.labels[locale];
  const author = topic.kind === "author" ? await getAuthor(topic.id) : undefined;
  if (author) {
    return (
      <div className="mb-14">
        <AuthorCard author={author} />
        {page.page > 1 ? (
          <p className="mt-4 text-xl text-muted">{t.pagination.page(page.page)}</p>
        ) : null}
      </div>
    );
  }
  return (
    <PageIntro title={page.page > 1 ? t.lists.pageTitle(label, page.page) : label}>
      {topicDescription(topic.kind, locale, label)}
    </PageIntro>
  );
}
