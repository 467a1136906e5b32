import type { MetadataRoute } from "next";
import {
  getArticleVersions,
  getArticles,
  getAuthors,
  getCategories,
  getTags,
  lastModified,
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

  const [authors, categories] = await Promise.all([getAuthors(), getCategories()]);
  for (const locale of publishedLocales) {
    const articles = await getArticles(locale);
    entries.push(entry(paths.home, locale, articles), entry(paths.blog, locale, articles));
    for (const article of articles) {
      const { path, languages } = articleLocation(article, await getArticleVersions(article));
      entries.push(entry(path, locale, [article], languages));
    }
    for (const category of categories) {
      const listed = await getArticles(locale, { category: category.id });
      entries.push(entry((language) => paths.category(language, category.id), locale, listed));
    }
    for (const tag of await getTags(locale)) {
      const listed = await getArticles(locale, { tag: tag.id });
      entries.push(entry((language) => paths.tag(language, tag.id), locale, listed));
    }
    for (const author of authors) {
      const listed = await getArticles(locale, { author: author.id });
      entries.push(entry((language) => paths.author(language, author.id), locale, listed));
    }
  }
  return entries;
}
