import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getListedArticles, topicQuery, type Article, type Topic } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paginate, type Page } from "@/lib/paginate";
import { isPlaceholder, routeTopic, routeTopics } from "@/lib/placeholder-page";
import { feedFormatNames } from "@/lib/feeds/format-names";
import { absoluteUrl, paths, type FeedFormat, type TopicKind } from "@/lib/routes/paths";
import { publishedLocales, type Locale } from "@/lib/site";

// A topic's list pages (a category's, an author's, a tag's), paginated like the blog index: what
// their routes share. Each route's topic segment is named after the kind ([category], [author],
// [tag]). A kind with no topic yet builds a placeholder (lib/placeholder-page.ts).

export type TopicParams<K extends TopicKind> = Promise<
  { locale: string; page?: string } & Record<K, string>
>;

/** `paged` says the address is …/page/<n>, even for page 1 (which is never indexed there). */
export type TopicListView = { locale: Locale; topic: Topic; page: Page<Article>; paged: boolean };

/**
 * Every page of every topic of a kind, in every language; with `pages: false`, the first pages
 * only (the topic's own address). Page 1 also exists at …/page/1, unlinked, as for the index.
 */
export async function topicListStaticParams(kind: TopicKind, pages: boolean) {
  const topics = await routeTopics(kind);
  const perLocale = await Promise.all(
    publishedLocales.map(async (locale) =>
      Promise.all(
        topics.map(async (topic) => {
          if (!pages) return [{ locale, [kind]: topic.id }];
          const { pageCount } = paginate(await getListedArticles(locale, topicQuery(topic)), 1);
          return Array.from({ length: pageCount }, (_, index) => ({
            locale,
            [kind]: topic.id,
            page: String(index + 1),
          }));
        }),
      ),
    ),
  );
  return perLocale.flat(2);
}

/** The topic and the page of its list a route shows, or a 404. */
export async function topicListView<K extends TopicKind>(
  kind: K,
  params: TopicParams<K>,
): Promise<TopicListView> {
  const locale = await localeParam(params);
  const values = await params;
  const topic = await routeTopic(kind, values[kind]);
  if (!topic) notFound();
  const number = values.page === undefined ? 1 : Number(values.page);
  const page = paginate(await getListedArticles(locale, topicQuery(topic)), number);
  if (!Number.isInteger(number) || number < 1 || number > page.pageCount) notFound();
  return { locale, topic, page, paged: values.page !== undefined };
}

/** The topic's description, as the page and its feeds say it. */
export function topicDescription(kind: TopicKind, locale: Locale, label: string): string {
  const t = getDictionary(locale);
  const descriptions: Record<TopicKind, (label: string) => string> = {
    category: t.category.description,
    author: t.author.description,
    tag: t.catalogue.tagDescription,
  };
  return descriptions[kind](label);
}

/**
 * The head of a topic's list page: canonical per page, noindex after the first (and on a
 * placeholder), its feeds.
 */
export function topicListMetadata({ locale, topic, page, paged }: TopicListView): Metadata {
  const t = getDictionary(locale);
  const label = topic.labels[locale];
  const feed = (format: FeedFormat) => [
    {
      url: absoluteUrl(paths.topicFeed(topic.kind, locale, topic.id, format)),
      title: `${t.topicFeeds.title(label)} (${feedFormatNames[format]})`,
    },
  ];
  const metadata = pageMetadata({
    locale,
    title: page.page > 1 ? t.lists.pageTitle(label, page.page) : label,
    description: topicDescription(topic.kind, locale, label),
    path: (pathLocale) => paths.topic(topic.kind, pathLocale, topic.id, page.page),
    feeds: {
      "application/rss+xml": feed("rss"),
      "application/atom+xml": feed("atom"),
      "application/feed+json": feed("json"),
    },
  });
  // Only the first page is indexed, at the topic's own address; the others are for readers
  // browsing back in time.
  return paged || isPlaceholder(topic)
    ? { ...metadata, robots: { index: false, follow: true } }
    : metadata;
}
