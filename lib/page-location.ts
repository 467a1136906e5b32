import type { Article } from "@/lib/content";
import { publishedLocales, type Locale } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

/** Where a page is: its language, its path in any language, and the languages it exists in. */
export type PageLocation = {
  locale: Locale;
  path: (locale: Locale) => string;
  /** Every published language by default. */
  languages?: readonly Locale[];
};

/** Where the language switch leads: the same page in another language, else that language's home. */
export function languageLinks({ locale, path, languages = publishedLocales }: PageLocation) {
  return publishedLocales
    .filter((other) => other !== locale)
    .map((other) => ({
      locale: other,
      href: languages.includes(other) ? path(other) : paths.home(other),
    }));
}

/** An article's location: each language at its own slug (content's getArticleVersions). */
export function articleLocation(
  article: Pick<Article, "locale" | "slug">,
  versions: Partial<Record<Locale, string>>,
): PageLocation {
  return {
    locale: article.locale,
    path: (locale) => paths.article(locale, versions[locale] ?? article.slug),
    languages: publishedLocales.filter((locale) => versions[locale] !== undefined),
  };
}
