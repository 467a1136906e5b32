// The site's URL scheme, the one place that writes it: how each path is built (`paths`), what a
// path is (`parsePath`) and where each language's 404 page lives. Pages, feeds, the content
// check's dead-link rule and the hosting build all ask this file.
import { locales, site, type Locale } from "@/lib/site";

const feedFiles = { rss: "rss.xml", atom: "atom.xml", json: "feed.json" } as const;
export type FeedFormat = keyof typeof feedFiles;
export const feedFormats = Object.keys(feedFiles) as FeedFormat[];
/** The file name of a feed format: rss.xml, atom.xml, feed.json. */
export const feedFileName = (format: FeedFormat) => feedFiles[format];

/** A topic's list page and feeds live under /<locale>/blog/<segment>/<id>. */
const topicSegments = { category: "categories", author: "authors", tag: "tags" } as const;
/** What a reader can follow and browse by: each kind has paginated pages and its own feeds. */
export type TopicKind = keyof typeof topicSegments;
export const topicKinds = Object.keys(topicSegments) as TopicKind[];

const topicPath = (kind: TopicKind, locale: Locale, id: string) =>
  `/${locale}/blog/${topicSegments[kind]}/${id}`;

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  blog: (locale: Locale, page = 1) =>
    page > 1 ? `/${locale}/blog/page/${page}` : `/${locale}/blog`,
  article: (locale: Locale, slug: string) => `/${locale}/blog/${slug}`,
  category: (locale: Locale, id: string) => topicPath("category", locale, id),
  author: (locale: Locale, id: string) => topicPath("author", locale, id),
  /** A page of a topic's list (a category, an author…): page 1 is the topic's own address. */
  topic: (kind: TopicKind, locale: Locale, id: string, page = 1) =>
    page > 1 ? `${topicPath(kind, locale, id)}/page/${page}` : topicPath(kind, locale, id),
  topicFeed: (kind: TopicKind, locale: Locale, id: string, format: FeedFormat) =>
    `${topicPath(kind, locale, id)}/${feedFiles[format]}`,
  tag: (locale: Locale, id: string) => topicPath("tag", locale, id),
  archives: (locale: Locale) => `/${locale}/blog/archives`,
  series: (locale: Locale, id: string) => `/${locale}/blog/series/${id}`,
  /** The page that lists every feed of the site. */
  feeds: (locale: Locale) => `/${locale}/feeds`,
  rss: (locale: Locale) => `/${locale}/${feedFiles.rss}`,
  atom: (locale: Locale) => `/${locale}/${feedFiles.atom}`,
  jsonFeed: (locale: Locale) => `/${locale}/${feedFiles.json}`,
  search: (locale: Locale) => `/${locale}/search`,
  /** Where the Mastodon share form goes (GET ?instance=…&text=…): lib/fediverse/share.ts. */
  mastodonShare: (locale: Locale) => `/${locale}/share/mastodon`,
  /** The 404 page of a language: served with status 404 for unknown paths, never at its own address. */
  notFound: (locale: Locale) => `/${locale}/404`,
  /** An article image or one of its variants (scripts/media.ts writes them to public/media/). */
  media: (slug: string, fileName: string) => `/media/${slug}/${fileName}`,
  /** The speculation rules every page names in its Speculation-Rules header (lib/speculation-rules.ts). */
  speculationRules: "/speculation-rules.json",
  /** An article's Markdown copy, for assistants and crawlers (scripts/markdown-copies.ts). */
  markdownCopy: (locale: Locale, slug: string) => `${paths.article(locale, slug)}.md`,
  llms: "/llms.txt",
  llmsFull: "/llms-full.txt",
};

/** Where Next.js puts its content-hashed build files, and its other files. */
export const buildAssetPrefix = "/_next/static/";
export const buildFilePrefix = "/_next/";
/** Where article images are served from. */
export const mediaPrefix = "/media/";

/** Files at the root of the site (app/sitemap.ts, app/robots.txt, app/llms*.txt, app/icon.svg, app/speculation-rules.json). */
const siteFiles = new Set([
  "/sitemap.xml",
  "/robots.txt",
  paths.llms,
  paths.llmsFull,
  "/icon.svg",
  paths.speculationRules,
]);

export type RouteKind =
  | "root"
  | "site-file"
  | "media"
  | "home"
  | "blog"
  | "article"
  | "markdown-copy"
  | "category"
  | "author"
  | "tag"
  | "feed"
  | "feeds"
  | "archives"
  | "series"
  | "search"
  | "share"
  | "not-found"
  | "preview-image";

/**
 * What a path of the site is. `id` is the slug, page number, feed format or file. A topic's
 * list page has `page` after the first; a topic's feed has `topic` (its kind and id).
 */
export type ParsedPath = {
  kind: RouteKind;
  locale?: Locale;
  id?: string;
  page?: string;
  topic?: { kind: TopicKind; id: string };
};

/** The feed format of a feed file name (`rss.xml`…). */
export function feedFormatOf(file: string): FeedFormat | undefined {
  return feedFormats.find((format) => feedFiles[format] === file);
}

/** The language a path is in (its first segment), if it is one of the site's. */
export function localeOf(path: string): Locale | undefined {
  const first = path.split("/")[1] ?? "";
  return (locales as readonly string[]).includes(first) ? (first as Locale) : undefined;
}

/**
 * What `path` (no query, no fragment, no trailing slash) is in the site's URL scheme, or
 * undefined when the scheme has no such path. Whether the article, category or author exists
 * is for the caller to say.
 */
export function parsePath(path: string): ParsedPath | undefined {
  if (path === "/") return { kind: "root" };
  if (siteFiles.has(path)) return { kind: "site-file", id: path.slice(1) };
  const media = /^\/media\/([^/]+\/[^/]+)$/.exec(path);
  if (media) return { kind: "media", id: media[1] };
  const locale = localeOf(path);
  if (locale === undefined) return undefined;
  const rest = path.split("/").slice(2);
  const [section, kind, id, extra] = rest;
  if (section === undefined) return { kind: "home", locale };
  if (rest.length === 1 && section !== "blog") {
    const feed = feedFormatOf(section);
    if (feed) return { kind: "feed", locale, id: feed };
    if (section === "search") return { kind: "search", locale };
    if (section === "feeds") return { kind: "feeds", locale };
    if (section === "404") return { kind: "not-found", locale };
    if (isPreviewImage(section)) return { kind: "preview-image", locale };
    return undefined;
  }
  if (section === "share" && kind === "mastodon" && id === undefined) {
    return { kind: "share", locale, id: kind };
  }
  if (section !== "blog") return undefined;
  const topic = topicKinds.find((topicKind) => topicSegments[topicKind] === kind);
  if (topic && id !== undefined && extra !== undefined)
    return parseTopicPath(topic, locale, id, rest.slice(3));
  if (extra !== undefined) return undefined;
  if (kind === undefined) return { kind: "blog", locale };
  if (kind === "archives" && id === undefined) return { kind: "archives", locale };
  if (id === undefined && kind.endsWith(".md")) {
    return { kind: "markdown-copy", locale, id: kind.slice(0, -".md".length) };
  }
  if (id === undefined) return { kind: "article", locale, id: kind };
  if (kind === "series") return { kind: "series", locale, id };
  if (kind === "page") return isListPage(id) ? { kind: "blog", locale, id } : undefined;
  if (topic) return { kind: topic, locale, id };
  if (isPreviewImage(id)) return { kind: "preview-image", locale, id: kind };
  return undefined;
}

/** What follows /<locale>/blog/<topic segment>/<id>/: `page/<n>` or a feed file. */
function parseTopicPath(
  kind: TopicKind,
  locale: Locale,
  id: string,
  rest: string[],
): ParsedPath | undefined {
  const [first = "", page, more] = rest;
  if (first === "page" && page !== undefined && more === undefined) {
    return isListPage(page) ? { kind, locale, id, page } : undefined;
  }
  const feed = rest.length === 1 ? feedFormatOf(first) : undefined;
  return feed ? { kind: "feed", locale, id: feed, topic: { kind, id } } : undefined;
}

/** Next.js's generated preview image of a page (an opengraph-image.tsx file), with or without its hash suffix. */
function isPreviewImage(segment: string): boolean {
  return /^opengraph-image(-\w+)?$/.test(segment);
}

/** List pages after the first: 2, 3… (page 1 is the blog's own address). */
function isListPage(id: string): boolean {
  return /^[1-9]\d*$/.test(id) && id !== "1";
}

/** True when `path` is shaped like a list page address, whatever its number: for error messages. */
export function isListPagePath(path: string, locale: Locale): boolean {
  return new RegExp(`^${paths.blog(locale)}/(?:[a-z]+/[^/]+/)?page/[^/]+$`).test(path);
}

/** The absolute URL of a site path, from SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
