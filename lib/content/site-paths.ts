import { isListPagePath, localeOf, parsePath, paths, type TopicKind } from "@/lib/routes/paths";
import { publishedLocales, site as siteConfig, type Locale } from "@/lib/site";

export type PageState = "published" | "draft" | "scheduled";

/** What exists on the site, as far as content decides it: enough to tell a dead link. */
export type SiteIndex = {
  /** `<locale>/<slug>` → the article's state. */
  articles: ReadonlyMap<string, PageState>;
  categories: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  /** `<locale>/<folder>` → the slug of a translation that has its own (its frontmatter `slug`). */
  ownSlugs?: ReadonlyMap<string, string>;
  /**
   * Tag id used by any article → whether a published one has it (a published link to a tag
   * only drafts have leads nowhere); absent when the caller does not know them (the importer).
   */
  tags?: ReadonlyMap<string, boolean>;
  /** The ids of content/series.yml (none when left out). */
  series?: ReadonlySet<string>;
};

/** The ids of each kind of topic; undefined when the caller does not know them. */
function topicIds(
  site: SiteIndex,
): Record<TopicKind, ReadonlySet<string> | ReadonlyMap<string, boolean> | undefined> {
  return { category: site.categories, author: site.authors, tag: site.tags };
}

/**
 * Why an internal path (`/fr/blog/<slug>`, …) leads nowhere on the site, or undefined when it
 * is a page of the site's URL scheme (lib/routes/paths.ts). A query or a `#fragment` is ignored.
 * `fromPublished` says the link appears in a published article, which may not point at a draft.
 */
export function deadPathReason(
  href: string,
  site: SiteIndex,
  fromPublished: boolean,
): string | undefined {
  const path = href.replace(/[?#].*$/, "");
  if (path !== "/" && path.endsWith("/")) {
    return `"${href}" ends with "/": site addresses have no trailing slash, write "${path.replace(/\/+$/, "")}"`;
  }
  const route = parsePath(path);
  if (route?.kind === "root" || route?.kind === "site-file" || route?.kind === "media") {
    return undefined;
  }
  const locale = localeOf(path);
  if (locale === undefined || !publishedLocales.includes(locale)) {
    return route === undefined ? parentSiteReason(href) : `no page at "${href}": site pages start with ${publishedLocales.map((known) => paths.home(known)).join(" or ")}`;
  }
  const id = route?.id ?? "";
  switch (route?.kind) {
    case "home":
    case "blog":
    case "feed":
      return route.topic ? topicReason(route.topic.kind, route.topic.id, site, fromPublished) : undefined;
    case "feeds":
    case "archives":
    case "search":
      return undefined;
    case "series":
      return site.series?.has(id)
        ? undefined
        : `link to unknown series "${id}" (known: ${listOf(site.series ?? [])})`;
    case "category":
    case "author":
    case "tag":
      return topicReason(route.kind, id, site, fromPublished);
    case "article":
    case "markdown-copy":
      return articleReason(id, locale, site, fromPublished);
    default:
      // The 404 page and preview images are no pages to link to.
      return isListPagePath(path, locale)
        ? `no page at "${href}": list pages are ${path.replace(/\/page\/[^/]*$/, "/page/2")}, 3…`
        : route === undefined && !`${path}/`.startsWith(`${paths.blog(locale)}/`)
          ? parentSiteReason(href)
          : noPage(href, locale);
  }
}

/** A path outside the blog's URL scheme: most likely a page of the studio's own site. */
function parentSiteReason(href: string): string {
  return `the blog serves no page at "${href}": if it is a page of ${siteConfig.name}'s site, write it absolute, ${new URL(href, `${siteConfig.parentUrl}/`).toString()}`;
}

function topicReason(
  kind: TopicKind,
  id: string,
  site: SiteIndex,
  fromPublished: boolean,
): string | undefined {
  const known = topicIds(site)[kind];
  if (kind === "tag" && fromPublished && site.tags?.get(id) === false) {
    return `link to tag "${id}", which only drafts or scheduled articles have: its page does not exist until one of them is published`;
  }
  if (!known || known.has(id)) return undefined;
  // A tag exists as long as an article has it: there is no list of tags to add it to.
  return kind === "tag"
    ? `link to tag "${id}", which no article has (known: ${listOf(known.keys())})`
    : `link to unknown ${kind} "${id}" (known: ${listOf(known.keys())})`;
}

function articleReason(
  slug: string,
  locale: Locale,
  site: SiteIndex,
  fromPublished: boolean,
): string | undefined {
  const state = site.articles.get(`${locale}/${slug}`);
  const ownSlug = site.ownSlugs?.get(`${locale}/${slug}`);
  if (state === undefined && ownSlug !== undefined) {
    return `this article's address in this language is its slug: write ${paths.article(locale, ownSlug)}`;
  }
  if (state === undefined) {
    const known = [...site.articles.keys()]
      .filter((key) => key.startsWith(`${locale}/`))
      .map((key) => key.slice(locale.length + 1));
    return `link to an article that does not exist: no content/blog/${slug}/${locale}.mdx (known: ${known.join(", ") || "none"})`;
  }
  if (state === "draft" && fromPublished) {
    return `link to "${slug}", which is still a draft: publish it first, or remove the link`;
  }
  if (state === "scheduled" && fromPublished) {
    return `link to "${slug}", which is dated in the future: the link would be dead until that day`;
  }
  return undefined;
}

function noPage(href: string, locale: Locale): string {
  const examples = [
    paths.article(locale, "<slug>"),
    paths.category(locale, "<id>"),
    paths.author(locale, "<id>"),
  ];
  return `no page at "${href}": links inside the site look like ${examples.slice(0, -1).join(", ")} or ${examples.at(-1)}`;
}

function listOf(values: Iterable<string>): string {
  return [...values].join(", ") || "none";
}
