import { deadPathReason, type SiteIndex } from "@/lib/content/site-paths";
import { site, type Locale } from "@/lib/site";
import type { OldTarget } from "./types";

// Where things live on the blog after the import, and what becomes of a link found in a body.

export type NewSite = {
  /** The new path of each imported post, by `<key>/<locale>`. */
  posts: ReadonlyMap<string, string>;
  /** The new path of each imported post's Markdown copy, by `<key>/<locale>`. */
  markdownCopies: ReadonlyMap<string, string>;
  categories: ReadonlySet<string>;
  authors: ReadonlySet<string>;
};

export const postKey = (key: string, locale: Locale) => `${key}/${locale}`;

/** The new page of what an old URL showed, or undefined when it was not imported. */
export function newPathOf(target: OldTarget, blog: NewSite): string | undefined {
  switch (target.kind) {
    case "post":
      return blog.posts.get(postKey(target.key, target.locale));
    case "markdown-copy":
      return blog.markdownCopies.get(postKey(target.key, target.locale));
    case "category":
      return blog.categories.has(target.id)
        ? `/${target.locale}/blog/categories/${target.id}`
        : undefined;
    case "author":
      return blog.authors.has(target.id)
        ? `/${target.locale}/blog/authors/${target.id}`
        : undefined;
    case "feed":
      return `/${target.locale}/rss.xml`;
    case "blog":
      return `/${target.locale}/blog`;
  }
}

export type LinkChange = { kind: "post-link" | "parent-link"; to: string } | { notice: string };

const parentHosts = new Set([
  new URL(site.parentUrl).host,
  new URL(site.parentUrl).host.replace(/^www\./, ""),
]);

/**
 * What a link must become: an old address of an imported post (or category, author, feed) →
 * its new path; a path of the studio's site that the blog does not serve → absolute on
 * site.parentUrl. Undefined when the link stays as written.
 */
export function changedLink(
  href: string,
  oldPaths: ReadonlyMap<string, OldTarget>,
  blog: NewSite,
  siteIndex: SiteIndex,
): LinkChange | undefined {
  const onParent = parentPath(href);
  const written = onParent ?? href;
  if (!written.startsWith("/") || written.startsWith("//")) return undefined;
  const [, pathPart = "", rest = ""] = /^([^?#]*)(.*)$/.exec(written) ?? [];
  const path = pathPart.length > 1 ? pathPart.replace(/\/+$/, "") : pathPart;
  const target = oldPaths.get(path) ?? oldPaths.get(`${path}/`);
  if (target) {
    const to = newPathOf(target, blog);
    return to
      ? { kind: "post-link", to: to + rest }
      : { notice: `link to "${href}", which was not imported: it is left as written` };
  }
  if (onParent !== undefined) return undefined; // already an absolute address of the studio's site
  if (/^\/[a-z]{2}\/blog(\/|$)/.test(path)) {
    const reason = deadPathReason(written, siteIndex, true);
    return reason ? { notice: `link to "${href}" is left as written: ${reason}` } : undefined;
  }
  if (/^\/[a-z]{2}\/rss\.xml$/.test(path) || /^\/media\//.test(path)) return undefined;
  return { kind: "parent-link", to: `${site.parentUrl}${written}` };
}

/** The path of an absolute address on the studio's site, else undefined. */
function parentPath(href: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  try {
    const url = new URL(href);
    return parentHosts.has(url.host) ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
