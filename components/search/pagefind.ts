import { formatDate } from "@/lib/format-date";
import { locales, type Locale } from "@/lib/site";

// The browser side of search: Pagefind's static bundle, written by scripts/search-index.ts to
// /pagefind/ after each build, loaded only when a reader searches. No server, no other host.

const bundleDir = "/pagefind/";

type PagefindData = { url: string; excerpt: string; meta: Record<string, string | undefined> };
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    wait?: number,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
};

export type SearchResult = {
  url: string;
  title: string;
  /** The matching words, each part flagged when Pagefind highlighted it. */
  excerpt: { text: string; marked: boolean }[];
  date?: string;
  locale: Locale;
};

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind with the page's language index (from <html lang>) merged with the other
 * languages', so that articles not yet translated can be found too, as the lists show them.
 */
function load(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${bundleDir}pagefind.js`;
    const pagefind = (await import(/* webpackIgnore: true */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 26 });
    const pageLanguage = document.documentElement.lang;
    for (const language of locales.filter((locale) => locale !== pageLanguage)) {
      // The same bundle, by its absolute URL: Pagefind skips a merge of its own base path.
      await pagefind.mergeIndex(new URL(bundleDir, location.href).href, { language });
    }
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Pagefind's excerpt is escaped text with <mark> around the matches: read it as data. */
function excerptParts(html: string): SearchResult["excerpt"] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node) => ({
    text: node.textContent ?? "",
    marked: node.nodeName === "MARK",
  }));
}

const localeOf = (url: string): Locale =>
  locales.find((locale) => url.startsWith(`/${locale}/`)) ?? locales[0];

/**
 * The articles matching a query, best first, each once: in the reader's language when it
 * exists in it. Resolves to null when a newer query replaced this one.
 */
export async function searchArticles(query: string, locale: Locale, limit = 10) {
  const pagefind = await load();
  const search = await pagefind.debouncedSearch(query, {}, 200);
  if (!search) return null;
  const found = await Promise.all(
    search.results.slice(0, limit * 2).map((result) => result.data()),
  );
  const bySlug = new Map<string, SearchResult>();
  for (const data of found) {
    const slug = data.url.split("/").filter(Boolean).at(-1) ?? data.url;
    const result: SearchResult = {
      url: data.url,
      title: data.meta.title ?? data.url,
      excerpt: excerptParts(data.excerpt),
      date: data.meta.date ? formatDate(data.meta.date, locale) : undefined,
      locale: localeOf(data.url),
    };
    const kept = bySlug.get(slug);
    if (!kept || (kept.locale !== locale && result.locale === locale)) bySlug.set(slug, result);
  }
  return [...bySlug.values()].slice(0, limit);
}
