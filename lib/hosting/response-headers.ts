// Every header the Node server sets on a production response: the security headers, the page's
// policy and the cache policy of its kind. proxy.ts sets them on each answer; scripts/postbuild.ts
// writes those of a refusal into the hosting manifest for scripts/server.mjs.
import { cacheControl, type ResourceKind } from "./cache-policy";
import { contentSecurityPolicy, staticSecurityHeaders, type PagePolicy } from "./security-headers";

export function responseHeaders(
  kind: ResourceKind | "refused",
  policy?: PagePolicy,
): Record<string, string> {
  return {
    ...staticSecurityHeaders,
    "Content-Security-Policy": contentSecurityPolicy(policy),
    "Cache-Control": cacheControl[kind],
  };
}
