import type { MetadataRoute } from "next";
import {
  getAllSeries,
  getArticleLanguages,
  getArticles,
  getAuthors,
  getCategories,
  getSeriesParts,
  type Article,
} from "@/lib/content";
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
    lastModified: articles[0]?.date,
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
  for (const locale of publishedLocales) {
    const articles = await getArticles(locale);
    entries.push(entry(paths.home, locale, articles), entry(paths.blog, locale, articles));
    for (const article of articles) {
      const languages = await getArticleLanguages(article.slug);
      entries.push(
        entry((language) => paths.article(language, article.slug), locale, [article], languages),
      );
    }
    for (const category of categories) {
      const listed = await getArticles(locale, { category: category.id });
      entries.push(entry((language) => paths.category(language, category.id), locale, listed));
    }
    for (const author of authors) {
      const listed = await getArticles(locale, { author: author.id });
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
