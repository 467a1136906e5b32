// What `next start` answers, as written after the build into .next/hosting-manifest.json
// (lib/build/node-manifest.ts), and how proxy.ts and scripts/server.mjs look a request up in
// it: they compute nothing themselves.
import { buildAssetPrefix, buildFilePrefix, localeOf } from "@/lib/routes/paths";
import type { ResourceKind } from "./cache-policy";
import type { ResponseHeaders } from "./headers";
import type { Redirect } from "./redirects";

export type HostingManifest = {
  buildId: string;
  /** Each distinct set of final response headers, once; answers name theirs by index. */
  headerSets: ResponseHeaders[];
  /** Every path the build wrote (pages, feeds, images…), with its kind and headers. */
  routes: Record<string, { kind: ResourceKind; headers: number }>;
  /** Headers of answers for paths not listed: Next.js's build files, pages rendered on request, redirects, refusals. */
  defaults: Record<"asset" | "file" | "html" | "refused", number>;
  /** Regular expressions of routes rendered on request, which Next.js answers itself. */
  onRequest: string[];
  /** Language → path of its prerendered 404 page; the first one is the default. */
  notFoundPages: [string, string][];
  redirects: Redirect[];
  /**
   * For scripts/server.mjs, which must refuse methods before Next.js (lib/hosting/request-guard.ts
   * decides): the methods it lets through, and its whole answer to any other.
   */
  methods: {
    allowed: string[];
    refusal: { status: number; headers: ResponseHeaders; body: string };
  };
};

export type Resolution =
  | { type: "route"; headers: ResponseHeaders }
  | { type: "redirect"; to: string; status: Redirect["status"]; headers: ResponseHeaders }
  | { type: "not-found"; page: string; headers: ResponseHeaders };

export function compileManifest(manifest: HostingManifest) {
  const headers = (index: number): ResponseHeaders => manifest.headerSets[index] ?? {};
  const redirects = new Map(manifest.redirects.map((redirect) => [redirect.from, redirect]));
  const onRequest = manifest.onRequest.map((source) => new RegExp(source));
  const notFoundPages = new Set(manifest.notFoundPages.map(([, page]) => page));
  const html = headers(manifest.defaults.html);

  function notFound(path: string): Resolution {
    const language = localeOf(path);
    const [, page = "/"] =
      manifest.notFoundPages.find(([locale]) => locale === language) ??
      manifest.notFoundPages[0] ??
      [];
    const route = manifest.routes[page];
    return { type: "not-found", page, headers: route ? headers(route.headers) : html };
  }

  function resolve(path: string): Resolution {
    const redirect = redirects.get(path);
    if (redirect)
      return { type: "redirect", to: redirect.to, status: redirect.status, headers: html };
    // The 404 pages exist to be shown with status 404, never as pages of their own.
    if (notFoundPages.has(path)) return notFound(path);
    if (path.startsWith(buildAssetPrefix)) {
      return { type: "route", headers: headers(manifest.defaults.asset) };
    }
    if (path.startsWith(buildFilePrefix)) {
      return { type: "route", headers: headers(manifest.defaults.file) };
    }
    const route = manifest.routes[path];
    if (route) return { type: "route", headers: headers(route.headers) };
    if (onRequest.some((pattern) => pattern.test(path))) return { type: "route", headers: html };
    return notFound(path);
  }

  return {
    resolve,
    /** The answer to a path the build does not know, in the language of `path`. */
    notFound,
    /** Headers of a page answer that is no built path: the `/path/` → `/path` redirect. */
    htmlHeaders: html,
    refusedHeaders: headers(manifest.defaults.refused),
  };
}
