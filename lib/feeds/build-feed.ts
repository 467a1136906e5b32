import { Feed } from "feed";
import { renderArticleHtml } from "@/lib/body/render-html";
import { getIndexedArticles, lastModified, topicQuery, type Topic } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { mediaUrl } from "@/lib/media";
import { site, type Locale } from "@/lib/site";
import { absoluteUrl, paths, type FeedFormat } from "@/lib/routes/paths";

/** How many of the latest articles a feed carries. */
const feedSize = 20;
const feedPaths = { rss: paths.rss, atom: paths.atom, json: paths.jsonFeed };

/**
 * The latest articles of one language, with their full text, for RSS, Atom and JSON Feed: all
 * of them, or those of one topic (a category, an author…).
 */
export async function buildFeed(locale: Locale, topic?: Topic): Promise<Feed> {
  const t = getDictionary(locale);
  const articles = (await getIndexedArticles(locale, topic ? topicQuery(topic) : {})).slice(
    0,
    feedSize,
  );
  const home = topic ? paths.topic(topic.kind, locale, topic.id) : paths.home(locale);
  const feedPath = (format: FeedFormat) =>
    topic ? paths.topicFeed(topic.kind, locale, topic.id, format) : feedPaths[format](locale);
  const feed = new Feed({
    id: absoluteUrl(home),
    link: absoluteUrl(home),
    title: topic ? t.topicFeeds.title(topic.labels[locale]) : t.feeds.title,
    description: topic ? t.topicFeeds.description(topic.labels[locale]) : t.siteDescription,
    language: locale,
    favicon: absoluteUrl("/icon.svg"),
    copyright: `© ${site.name}`,
    updated: articles[0] ? new Date(`${articles[0].date}T00:00:00Z`) : undefined,
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(feedPath("rss")),
      atom: absoluteUrl(feedPath("atom")),
      json: absoluteUrl(feedPath("json")),
    },
  });
  for (const article of articles) {
    const url = absoluteUrl(paths.article(locale, article.slug));
    feed.addItem({
      id: url,
      link: url,
      title: article.title,
      description: article.excerpt,
      content: await renderArticleHtml(article),
      date: new Date(`${lastModified(article)}T00:00:00Z`),
      published: new Date(`${article.date}T00:00:00Z`),
      image: absoluteUrl(mediaUrl(article.hero.slug, article.hero.fileName)),
      author:
        article.authors.length > 0
          ? article.authors.map((author) => ({
              name: author.name,
              link: absoluteUrl(paths.author(locale, author.id)),
            }))
          : [{ name: site.name, link: site.parentUrl }],
      category: [
        ...article.categories.map((category) => ({
          name: category.labels[locale],
          term: category.id,
        })),
        ...article.tags.map((tag) => ({ name: tag.label, term: tag.id })),
      ],
    });
  }
  return feed;
}
