/**
 * What the early taps script (lib/early-taps.ts) and the page's client components agree on. This
 * module, not the script's text, is what they import, so no page's JavaScript carries the script.
 */

/** Dispatched on `document` once the page has hydrated (components/site/hydration-signal.tsx). */
export const hydratedEvent = "blog:hydrated";

/**
 * The links whose click the page's scripts take over, as CSS selectors. The components that
 * handle them and the early taps script (lib/early-taps.ts), which holds a click on them
 * until the page has hydrated, read them here. Every <button> is held as well.
 */
export const enhancedLinks = {
  /** A figure's link to its full-size image, shown in a dialog (components/article/figure-zoom.tsx). */
  zoom: "a[data-zoom]",
  /** A section heading's anchor, which also copies the section's address (components/article/clipboard-actions.tsx). */
  sectionAnchor: ".prose :is(h2, h3, h4) > a[href^='#']",
  /** The header's link to the search page, which opens the search dialog (components/search/search-dialog.tsx). */
  search: "a[data-search-link]",
};
