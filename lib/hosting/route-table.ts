// What `next start` serves, as written after the build by scripts/postbuild.ts into
// .next/hosting-manifest.json, and how proxy.ts looks a request path up in it.
import type { ResourceKind } from "./cache-policy";
import type { PagePolicy } from "./security-headers";

export type HostingManifest = {
  buildId: string;
  /** Every path the build wrote (pages, feeds, images…), with its kind and inline-code hashes. */
  routes: Record<string, { kind: ResourceKind; policy?: PagePolicy }>;
  /** Regular expressions of routes rendered on request, which Next.js answers itself. */
  onRequest: string[];
  /** Language → path of its prerendered 404 page; the first one is the default. */
  notFoundPages: [string, string][];
  redirects: { from: string; to: string; status: 301 | 307 }[];
  /** For scripts/server.mjs, which answers some requests before Next.js: what it allows, and the headers of its answers. */
  refusal: { allow: string; headers: Record<string, string> };
};

export type Resolution =
  | { type: "route"; kind: ResourceKind; policy?: PagePolicy }
  | { type: "redirect"; to: string; status: 301 | 307 }
  | { type: "not-found"; page: string; policy?: PagePolicy };

export function compileManifest(manifest: HostingManifest) {
  const redirects = new Map(manifest.redirects.map((redirect) => [redirect.from, redirect]));
  const onRequest = manifest.onRequest.map((source) => new RegExp(source));
  const notFoundPages = new Set(manifest.notFoundPages.map(([, page]) => page));

  function notFound(path: string): Resolution {
    const language = path.split("/")[1];
    const [, page = "/"] =
      manifest.notFoundPages.find(([locale]) => locale === language) ??
      manifest.notFoundPages[0] ??
      [];
    return { type: "not-found", page, policy: manifest.routes[page]?.policy };
  }

  return function resolve(path: string): Resolution {
    const redirect = redirects.get(path);
    if (redirect) return { type: "redirect", to: redirect.to, status: redirect.status };
    // The 404 pages exist to be shown with status 404, never as pages of their own.
    if (notFoundPages.has(path)) return notFound(path);
    if (path.startsWith("/_next/static/")) return { type: "route", kind: "asset" };
    if (path.startsWith("/_next/")) return { type: "route", kind: "file" };
    const route = manifest.routes[path];
    if (route) return { type: "route", ...route };
    if (onRequest.some((pattern) => pattern.test(path))) return { type: "route", kind: "html" };
    return notFound(path);
  };
}
