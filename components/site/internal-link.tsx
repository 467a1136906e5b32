import type { ComponentProps } from "react";

/**
 * A link to a page of the site: a plain <a>, so that following it is a document navigation.
 * Every page is prerendered, the browser prefetches or prerenders the link on hover
 * (lib/speculation-rules.ts) and cross-document view transitions (app/globals.css) animate
 * the change; next/link would instead hydrate one client component per link and navigate by
 * fetching the page's React payload, which neither speculation rules nor view transitions see.
 */
export function InternalLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a href={href} {...props} />;
}
