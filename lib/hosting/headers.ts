// The one place that computes a response's headers, in every hosting mode: the security
// headers, the Content-Security-Policy, the cache policy of its kind, and the content type of
// the files whose name does not tell it. proxy.ts (next dev), the hosting manifest of `next
// start` and the static export's _headers all come from headersFor.
import { parsePath, paths } from "@/lib/routes/paths";
import { speculationRulesContentType, speculationRulesPageHeaders } from "@/lib/speculation-rules";
import { cacheControl, type ResourceKind } from "./cache-policy";
import {
  contentSecurityPolicy,
  staticSecurityHeaders,
  type HeaderPolicy,
} from "./security-headers";

export type ResponseHeaders = Record<string, string>;

const feedTypes: Record<string, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/**
 * The type of a file a static host cannot guess from its name: feeds (it would say
 * application/xml or application/json), preview images (no extension at all), Markdown copies
 * and the text files, whose charset it would not say.
 */
function exactContentType(path: string): ResponseHeaders {
  const route = parsePath(path);
  if (route?.kind === "feed") return { "Content-Type": feedTypes[route.id ?? ""] ?? "" };
  if (route?.kind === "preview-image") return { "Content-Type": "image/png" };
  // Browsers ignore a rule set of any other type.
  if (path === paths.speculationRules) return { "Content-Type": speculationRulesContentType };
  if (route?.kind === "markdown-copy") return { "Content-Type": "text/markdown; charset=utf-8" };
  if (route?.kind === "site-file" && route.id?.endsWith(".txt")) {
    return { "Content-Type": "text/plain; charset=utf-8" };
  }
  return {};
}

/**
 * Every header of the answer for `path`, of `kind`, under `policy`. `next dev` gets no
 * Cache-Control: it serves nothing worth keeping.
 */
export function headersFor(
  path: string,
  kind: ResourceKind | "refused",
  policy?: HeaderPolicy,
): ResponseHeaders {
  return {
    ...staticSecurityHeaders,
    "Content-Security-Policy": contentSecurityPolicy(policy),
    ...(policy === "development" ? {} : { "Cache-Control": cacheControl[kind] }),
    ...(kind === "refused" ? {} : exactContentType(path)),
    // Pages name the rule set that prerenders the next page on a hover.
    ...(kind === "html" ? speculationRulesPageHeaders : {}),
  };
}
