// Site identity: the one place that names the site, its address and its languages.

export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";

/** Languages the site has pages in. */
export const publishedLocales: readonly Locale[] = locales;

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export const site = {
  name: "BearStudio",
  /** Absolute base URL of the production site, without trailing slash. */
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  /** The studio's own site: pages the blog links to but does not serve (team, services…). */
  parentUrl: "https://www.bearstudio.fr",
  timeZone: "Europe/Paris",
  /**
   * What crawlers may do with the articles, written into robots.txt (contentsignals.org): show
   * them in search results, use them to answer a reader's question, train a model on them.
   */
  contentSignal: { search: true, "ai-input": true, "ai-train": false },
} as const;
