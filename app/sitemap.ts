import type { MetadataRoute } from "next";
import {
  getAllSeries,
  getArticleVersions,
  getAuthors,
  getCategories,
  getIndexedArticles,
  getTags,
  lastModified,
  getSeriesParts,
  type Article,
} from "@/lib/content";
import { articleLocation } from "@/lib/page-location";
import { publishedLocales, type Locale } from "@/lib/site";
import { absoluteUrl, paths } from "@/lib/routes/paths";

// Rendered once at build time, so that the static export carries it too.
export const dynamic = "force-static";

type Entry = MetadataRoute.Sitemap[number];

/** Every indexable page, with its last change and its other languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: Entry[] = [];
  const entry = (
    path: (locale: Locale) => string,
    locale: Locale,
    articles: Article[],
    languages = publishedLocales,
  ): Entry => ({
    url: absoluteUrl(path(locale)),
    lastModified: articles.map(lastModified).sort().at(-1),
    alternates: {
      languages: Object.fromEntries(
        languages.map((language) => [language, absoluteUrl(path(language))]),
      ),
    },
  });

  const [authors, categories, allSeries] = await Promise.all([
    getAuthors(),
    getCategories(),
    getAllSeries(),
  ]);
  // Never a draft or a future-dated article, even in a preview build (lib/content/publication.ts).
  const indexed = await Promise.all(publishedLocales.map((locale) => getIndexedArticles(locale)));
  // The languages in which a translation of `article` is indexed (its folder is their id).
  const isIndexed = (article: Article) => (language: Locale) =>
    indexed[publishedLocales.indexOf(language)]?.some((other) => other.id === article.id) ?? false;
  for (const locale of publishedLocales) {
    const articles = await getIndexedArticles(locale);
    entries.push(entry(paths.home, locale, articles), entry(paths.blog, locale, articles));
    for (const article of articles) {
      const { path, languages } = articleLocation(article, await getArticleVersions(article));
      entries.push(entry(path, locale, [article], (languages ?? []).filter(isIndexed(article))));
    }
    for (const category of categories) {
      const listed = await getIndexedArticles(locale, { category: category.id });
      entries.push(entry((language) => paths.category(language, category.id), locale, listed));
    }
    for (const tag of await getTags(locale)) {
      const listed = await getIndexedArticles(locale, { tag: tag.id });
      entries.push(entry((language) => paths.tag(language, tag.id), locale, listed));
    }
    for (const author of authors) {
      const listed = await getIndexedArticles(locale, { author: author.id });
      entries.push(entry((language) => paths.author(language, author.id), locale, listed));
    }
    entries.push(entry(paths.archives, locale, articles));
    entries.push(entry(paths.feeds, locale, articles));
    for (const series of allSeries) {
      const parts = (await getSeriesParts(locale, series.id)).toSorted((a, b) =>
        b.date.localeCompare(a.date),
      );
      // A series with no part yet in this language is an empty page, not worth indexing.
      if (parts.length > 0) {
        entries.push(entry((language) => paths.series(language, series.id), locale, parts));
      }
    }
  }
  return entries;
}
