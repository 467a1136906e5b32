import { site, type Locale } from "@/lib/site";

// Every path of the site is built here, so that a URL scheme change is a one-file change.

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  blog: (locale: Locale, page = 1) =>
    page > 1 ? `/${locale}/blog/page/${page}` : `/${locale}/blog`,
  article: (locale: Locale, slug: string) => `/${locale}/blog/${slug}`,
  category: (locale: Locale, id: string) => `/${locale}/blog/categories/${id}`,
  author: (locale: Locale, id: string) => `/${locale}/blog/authors/${id}`,
  rss: (locale: Locale) => `/${locale}/rss.xml`,
  atom: (locale: Locale) => `/${locale}/atom.xml`,
  jsonFeed: (locale: Locale) => `/${locale}/feed.json`,
  search: (locale: Locale) => `/${locale}/search`,
  /** An article's Markdown copy, for assistants and crawlers. */
  markdownCopy: (locale: Locale, slug: string) => `/${locale}/blog/${slug}.md`,
  llms: "/llms.txt",
  llmsFull: "/llms-full.txt",
};

/** The absolute URL of a site path, from SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
