// In front of every request of `next start` (a static export has no proxy: out/_headers and
// out/_redirects do its work there). It refuses hostile requests, serves redirects and the
// 404 page of the URL's language with status 404, and sets the security and cache headers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import type { ResourceKind } from "@/lib/hosting/cache-policy";
import { refuseRequest } from "@/lib/hosting/request-guard";
import { compileManifest, type HostingManifest, type Resolution } from "@/lib/hosting/route-table";
import { responseHeaders } from "@/lib/hosting/response-headers";
import { staticSecurityHeaders, type PagePolicy } from "@/lib/hosting/security-headers";

const development = process.env.NODE_ENV === "development";

const built = (...parts: string[]) => path.join(process.cwd(), ".next", ...parts);
let resolver: ((path: string) => Resolution) | undefined;
const notFoundPages = new Map<string, string>();

/**
 * A prerendered 404 page, answered from the proxy itself: a rewrite to it would go through
 * the request's Host, which a standalone server may not recognise as its own.
 */
function notFoundPage(page: string): string {
  let html = notFoundPages.get(page);
  if (html === undefined) {
    html = readFileSync(built("server", "app", `${page}.html`), "utf8");
    notFoundPages.set(page, html);
  }
  return html;
}

function redirect(request: NextRequest, to: string, status: number): NextResponse {
  // Next.js makes the Location relative when the URL's origin is its own.
  return NextResponse.redirect(new URL(to, request.url), status);
}

/** The build's hosting manifest (scripts/postbuild.ts), read once per server process. */
function resolve(pathname: string): Resolution {
  if (!resolver) {
    const manifest = JSON.parse(
      readFileSync(built("hosting-manifest.json"), "utf8"),
    ) as HostingManifest;
    resolver = compileManifest(manifest);
  }
  return resolver(pathname);
}

/** `next dev` evaluates code and injects inline scripts of its own; production never does. */
const developmentHeaders = {
  ...staticSecurityHeaders,
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'unsafe-eval' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
};

function withHeaders(
  response: NextResponse,
  kind: ResourceKind | "refused",
  policy?: PagePolicy,
): NextResponse {
  const headers = development ? developmentHeaders : responseHeaders(kind, policy);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  // The path as the client sent it, still percent-encoded.
  const rawPath = request.url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/s, "");
  const refusal = refuseRequest(request.method, rawPath);
  if (refusal) {
    const response = new NextResponse(`${refusal.status} ${refusal.reason}\n`, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...refusal.headers },
    });
    return withHeaders(response, "refused");
  }

  // Ranges are of no use to a blog's small files, and Next.js answers some of them (past the
  // end of a file, malformed) with a 500: every request is answered whole, with 200.
  const headers = new Headers(request.headers);
  headers.delete("range");
  headers.delete("if-range");
  const next = () => NextResponse.next({ request: { headers } });

  const pathname = request.nextUrl.pathname;
  if (development) return withHeaders(next(), "html");
  // URLs have no trailing slash (next.config.js leaves this redirect to the proxy, so that it
  // carries the headers too).
  if (pathname.length > 1 && pathname.endsWith("/")) {
    return withHeaders(
      redirect(request, pathname.replace(/\/+$/, "") + request.nextUrl.search, 308),
      "html",
    );
  }

  const target = resolve(pathname);
  switch (target.type) {
    case "redirect":
      return withHeaders(redirect(request, target.to, target.status), "html");
    case "not-found":
      return withHeaders(
        new NextResponse(request.method === "HEAD" ? null : notFoundPage(target.page), {
          status: 404,
          headers: { "Content-Type": "text/html; charset=utf-8" },
        }),
        "html",
        target.policy,
      );
    case "route":
      return withHeaders(next(), target.kind, target.policy);
  }
}
