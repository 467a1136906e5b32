// Speculation rules (issue 14, "instant navigation"): the browser prerenders a page of the site
// when the reader shows the intent to open it (a hover, a press), so that following the link
// shows a finished page. They travel as a `Speculation-Rules` response header naming a JSON
// file, not as an inline <script type="speculationrules">: rule sets fetched from the header
// are exempt from the Content-Security-Policy, so no page needs another hash.

import { paths } from "@/lib/routes/paths";

/** Where the rule set is served (app/speculation-rules.json/route.ts). */
export const speculationRulesPath = paths.speculationRules;

/** The only type browsers accept for a rule set named by the header. */
export const speculationRulesContentType = "application/speculationrules+json";

/** Links that lead to a page of this site: same origin, no file extension, no new window. */
const pageLinks = {
  and: [
    { href_matches: "/*" },
    // Feeds, images, the search index: files, not pages.
    { not: { href_matches: "/*.*" } },
    { not: { selector_matches: "[download], [target=_blank], [rel~=nofollow]" } },
  ],
};

/**
 * On "moderate" eagerness (after a 200 ms hover or on pointerdown on desktop, a viewport
 * heuristic on phones): prefetch the page's HTML, and prerender it where the browser allows
 * (not, for instance, under DevTools automation, which disables prerendering but not prefetch).
 * A page that the reader does not open is discarded.
 */
export const speculationRules = {
  prefetch: [{ source: "document", where: pageLinks, eagerness: "moderate" }],
  prerender: [{ source: "document", where: pageLinks, eagerness: "moderate" }],
} as const;

/** The header's value: a structured-field list of one string, the rule set's URL. */
export function speculationRulesHeader(path: string = speculationRulesPath): string {
  if (!path.startsWith("/") || /["\\]/.test(path))
    throw new Error(`speculation rules path must be an absolute path without quotes: ${path}`);
  return `"${path}"`;
}

/** The headers every HTML page of the site should carry, in both hosting modes. */
export const speculationRulesPageHeaders: Readonly<Record<string, string>> = {
  "Speculation-Rules": speculationRulesHeader(),
};
