import { Feed } from "feed";
import { renderArticleHtml } from "@/lib/body/render-html";
import { getIndexedArticles, lastModified } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { mediaUrl } from "@/lib/media";
import { site, type Locale } from "@/lib/site";
import { absoluteUrl, paths } from "@/lib/routes/paths";

/** How many of the latest articles a feed carries. */
const feedSize = 20;

/** The latest articles of one language, with their full text, for RSS, Atom and JSON Feed. */
export async function buildFeed(locale: Locale): Promise<Feed> {
  const t = getDictionary(locale);
  const articles = (await getIndexedArticles(locale)).slice(0, feedSize);
  const feed = new Feed({
    id: absoluteUrl(paths.home(locale)),
    link: absoluteUrl(paths.home(locale)),
    title: t.feeds.title,
    description: t.siteDescription,
    language: locale,
    favicon: absoluteUrl("/icon.svg"),
    copyright: `© ${site.name}`,
    updated: articles[0] ? new Date(`${articles[0].date}T00:00:00Z`) : undefined,
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(paths.rss(locale)),
      atom: absoluteUrl(paths.atom(locale)),
      json: absoluteUrl(paths.jsonFeed(locale)),
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
