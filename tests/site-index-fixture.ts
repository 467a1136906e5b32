import type { SiteIndex } from "@/lib/content/site-paths";

/**
 * What the dead-link rule knows of a small site: no article, the category "design" and the
 * author "rudy-baer"; `more` adds the rest (tags, series…) or replaces any of these.
 */
export function siteIndex<More extends Partial<SiteIndex>>(more: More): SiteIndex & More {
  return {
    articles: new Map(),
    categories: new Set(["design"]),
    authors: new Set(["rudy-baer"]),
    ...more,
  };
}
