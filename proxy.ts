// In front of every request of `next start` (a static export has no proxy: out/_headers and
// out/_redirects do its work there). It refuses hostile requests, serves redirects and the
// 404 page of the URL's language with status 404, and gives each answer its headers: all of
// them looked up in the build's hosting manifest (lib/hosting/manifest.ts), none computed here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { mastodonLeavePage, mastodonShareRedirect } from "@/lib/fediverse/share";
import { headersFor, type ResponseHeaders } from "@/lib/hosting/headers";
import { compileManifest, type HostingManifest } from "@/lib/hosting/manifest";
import { refusalAnswer, refuseRequest } from "@/lib/hosting/request-guard";

const development = process.env.NODE_ENV === "development";

const built = (...parts: string[]) => path.join(process.cwd(), ".next", ...parts);
let lookup: ReturnType<typeof compileManifest> | undefined;
const notFoundPages = new Map<string, string>();

/** The build's hosting manifest (lib/build/node-manifest.ts), read once per server process. */
function manifest(): ReturnType<typeof compileManifest> {
  lookup ??= compileManifest(
    JSON.parse(readFileSync(built("hosting-manifest.json"), "utf8")) as HostingManifest,
  );
  return lookup;
}

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

function withHeaders(response: NextResponse, headers: ResponseHeaders): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const pathname = request.nextUrl.pathname;
  // The path as the client sent it, still percent-encoded.
  const rawPath = request.url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/s, "");
  const refusal = refuseRequest(request.method, rawPath);
  if (refusal) {
    // `next dev` has no build, hence no manifest: its headers come from the same function.
    const answer = refusalAnswer(
      refusal,
      development ? headersFor(pathname, "refused", "development") : manifest().refusedHeaders,
    );
    return new NextResponse(answer.body, { status: answer.status, headers: answer.headers });
  }

  // Ranges are of no use to a blog's small files, and Next.js answers some of them (past the
  // end of a file, malformed) with a 500: every request is answered whole, with 200.
  const headers = new Headers(request.headers);
  headers.delete("range");
  headers.delete("if-range");
  const next = () => NextResponse.next({ request: { headers } });

  if (development) return withHeaders(next(), headersFor(pathname, "html", "development"));
  const { resolve, htmlHeaders } = manifest();
  // URLs have no trailing slash (next.config.js leaves this redirect to the proxy, so that it
  // carries the headers too).
  if (pathname.length > 1 && pathname.endsWith("/")) {
    return withHeaders(
      redirect(request, pathname.replace(/\/+$/, "") + request.nextUrl.search, 308),
      htmlHeaders,
    );
  }

  // The Mastodon share form, sent by the reader: on to their instance (lib/fediverse/share.ts).
  const share = mastodonShareRedirect(pathname, request.nextUrl.searchParams);
  if (share) {
    const page = mastodonLeavePage(share, pathname.split("/")[1] ?? "");
    return withHeaders(
      new NextResponse(page, { headers: { "Content-Type": "text/html; charset=utf-8" } }),
      htmlHeaders,
    );
  }

  const target = resolve(pathname);
  switch (target.type) {
    case "redirect":
      return withHeaders(redirect(request, target.to, target.status), target.headers);
    case "not-found":
      return withHeaders(
        new NextResponse(request.method === "HEAD" ? null : notFoundPage(target.page), {
          status: 404,
          headers: { "Content-Type": "text/html; charset=utf-8" },
        }),
        target.headers,
      );
    case "route":
      return withHeaders(next(), target.headers);
  }
}
