import { publishedLocales } from "@/lib/site";

export type PageState = "published" | "draft" | "scheduled";

/** What exists on the site, as far as content decides it: enough to tell a dead link. */
export type SiteIndex = {
  /** `<locale>/<slug>` → the article's state. */
  articles: ReadonlyMap<string, PageState>;
  categories: ReadonlySet<string>;
  authors: ReadonlySet<string>;
};

const feeds = new Set(["rss.xml", "atom.xml", "feed.json"]);
const siteFiles = new Set(["/sitemap.xml", "/robots.txt", "/icon.svg"]);

/**
 * Why an internal path (`/fr/blog/<slug>`, …) leads nowhere on the site, or undefined when it
 * is a page of the site's URL scheme. A query or a `#fragment` is ignored.
 * `fromPublished` says the link appears in a published article, which may not point at a draft.
 */
export function deadPathReason(
  href: string,
  site: SiteIndex,
  fromPublished: boolean,
): string | undefined {
  const path = href.replace(/[?#].*$/, "");
  if (path === "/" || siteFiles.has(path)) return undefined;
  if (path !== "/" && path.endsWith("/")) {
    return `"${href}" ends with "/": site addresses have no trailing slash, write "${path.replace(/\/+$/, "")}"`;
  }
  if (/^\/media\/[^/]+\/[^/]+$/.test(path)) return undefined;
  const [, locale = "", ...rest] = path.split("/");
  if (!(publishedLocales as readonly string[]).includes(locale)) {
    return `no page at "${href}": site pages start with ${publishedLocales.map((known) => `/${known}`).join(" or ")}`;
  }
  const [section, kind, id, extra] = rest;
  if (section === undefined) return undefined;
  if (rest.length === 1 && feeds.has(section)) return undefined;
  if (section !== "blog" || extra !== undefined) return noPage(href, locale);
  if (kind === undefined) return undefined;
  if (kind === "page" && id !== undefined) {
    return /^[1-9]\d*$/.test(id) && id !== "1"
      ? undefined
      : `no page at "${href}": list pages are /${locale}/blog/page/2, 3…`;
  }
  if (kind === "categories" && id !== undefined) {
    return site.categories.has(id)
      ? undefined
      : `link to unknown category "${id}" (known: ${listOf(site.categories)})`;
  }
  if (kind === "authors" && id !== undefined) {
    return site.authors.has(id)
      ? undefined
      : `link to unknown author "${id}" (known: ${listOf(site.authors)})`;
  }
  if (id !== undefined) return noPage(href, locale);
  const state = site.articles.get(`${locale}/${kind}`);
  if (state === undefined) {
    const known = [...site.articles.keys()]
      .filter((key) => key.startsWith(`${locale}/`))
      .map((key) => key.slice(locale.length + 1));
    return `link to an article that does not exist: no content/blog/${kind}/${locale}.mdx (known: ${known.join(", ") || "none"})`;
  }
  if (state === "draft" && fromPublished) {
    return `link to "${kind}", which is still a draft: publish it first, or remove the link`;
  }
  if (state === "scheduled" && fromPublished) {
    return `link to "${kind}", which is dated in the future: the link would be dead until that day`;
  }
  return undefined;
}

function noPage(href: string, locale: string): string {
  return `no page at "${href}": links inside the site look like /${locale}/blog/<slug>, /${locale}/blog/categories/<id> or /${locale}/blog/authors/<id>`;
}

function listOf(values: Iterable<string>): string {
  return [...values].join(", ") || "none";
}
