import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { resourceKind } from "@/lib/hosting/cache-policy";
import { InlineCodeError, pagePolicy, withMetaPolicy } from "@/lib/hosting/csp-hashes";
import { headersFor } from "@/lib/hosting/headers";
import { compileManifest } from "@/lib/hosting/manifest";
import { siteRedirects } from "@/lib/hosting/redirects";
import { refusalAnswer, refuseMethod, refuseRequest } from "@/lib/hosting/request-guard";
import { contentSecurityPolicy, metaContentSecurityPolicy } from "@/lib/hosting/security-headers";
import { hostingManifest } from "./hosting-fixture";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = (head: string, body = "") =>
  `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

const nextScripts = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});',
  "(self.__next_f=self.__next_f||[]).push([0])",
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])',
];

describe("refuseRequest", () => {
  it.each([
    ["GET", "/blog/%ff", 400],
    ["GET", "/blog/%ZZ", 400],
    ["GET", "/fr/..%2F..%2Fpackage.json", 400],
    ["GET", "/fr/%2e%2e/package.json", 400],
    ["GET", "/fr/%2E/x", 400],
    ["GET", "/fr/%5C..%5Cx", 400],
    ["GET", "/fr\\x", 400],
    ["GET", "/fr/%00", 400],
    ["GET", "/fr/%0d%0aSet-Cookie:x", 400],
    ["GET", `/${"a".repeat(2000)}`, 414],
    ["POST", "/fr", 405],
    ["OPTIONS", "/icon.svg", 405],
    ["DELETE", "/_next/static/chunks/a.js", 405],
  ])("%s %s → %i", (method, path, status) => {
    expect(refuseRequest(method, path)?.status).toBe(status);
  });

  it("tells what a 405 allows", () => {
    expect(refuseRequest("PUT", "/fr")?.headers).toEqual({ Allow: "GET, HEAD" });
  });

  it.each(["/fr", "/fr/blog/un-article", "/media/a/b.800w.avif", "/fr/caf%C3%A9", "/"])(
    "lets GET and HEAD %s through",
    (path) => {
      expect(refuseRequest("GET", path)).toBeUndefined();
      expect(refuseRequest("HEAD", path)).toBeUndefined();
    },
  );
});

describe("pagePolicy", () => {
  it("hashes each of Next.js's inline scripts and nothing else", () => {
    const html = page(
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      nextScripts.map((text) => `<script>${text}</script>`).join("") +
        '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    );
    expect(pagePolicy(html, "fr.html")).toEqual({
      scripts: nextScripts.map(sha),
      styles: [],
      styleAttributes: false,
    });
  });

  it("fails on an inline script of another shape, naming file and line", () => {
    const html = page("", `<p>text</p>\n\n<script>alert(document.cookie)</script>`);
    expect(() => pagePolicy(html, "out/fr.html")).toThrow(InlineCodeError);
    expect(() => pagePolicy(html, "out/fr.html")).toThrow(
      /out\/fr\.html:3: inline script is not one Next\.js emits/,
    );
  });

  it("fails on a Next.js look-alike carrying other code", () => {
    const html = page("", `<script>self.__next_f.push([1,"x"]);alert(1)</script>`);
    expect(() => pagePolicy(html, "a.html")).toThrow(/inline script is not one Next\.js emits/);
  });

  it("fails on inline event handlers, javascript: URLs and broken JSON data", () => {
    expect(() => pagePolicy(page("", '<img src="/a.png" onerror="x()">'), "a.html")).toThrow(
      /inline event handler onerror/,
    );
    expect(() => pagePolicy(page("", '<a href="javascript:x()">x</a>'), "a.html")).toThrow(
      /javascript: URL/,
    );
    expect(() =>
      pagePolicy(page("", '<script type="application/ld+json">{oops</script>'), "a.html"),
    ).toThrow(/does not hold valid JSON/);
  });

  it("hashes inline styles, style attributes through 'unsafe-hashes'", () => {
    const policy = pagePolicy(
      page("<style>p{color:red}</style>", '<p style="color:blue">x</p>'),
      "a.html",
    );
    expect(policy.styles).toEqual([sha("p{color:red}"), sha("color:blue")]);
    expect(contentSecurityPolicy(policy)).toContain(
      `style-src 'self' 'unsafe-hashes' ${sha("p{color:red}")} ${sha("color:blue")}`,
    );
  });
});

describe("the policies", () => {
  const policy = { scripts: [sha("a"), sha("b")], styles: [], styleAttributes: false };

  it("allow the page's scripts by hash only", () => {
    const header = contentSecurityPolicy(policy);
    // 'wasm-unsafe-eval' is for search's WebAssembly; it allows no eval() and no inline code.
    expect(header).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha("a")} ${sha("b")};`);
    expect(header).not.toMatch(/'unsafe-(inline|eval)'/);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "img-src 'self'",
      "font-src 'self'",
    ]) {
      expect(header).toContain(directive);
    }
  });

  it("leave frame-ancestors out of <meta>, where browsers ignore it", () => {
    expect(metaContentSecurityPolicy(policy)).not.toContain("frame-ancestors");
  });

  it("go into the page before any script, after its charset", () => {
    const html = withMetaPolicy(page('<script src="/a.js"></script>'), "default-src 'self'");
    expect(html).toContain(
      `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src 'self'"/><script`,
    );
    expect(() => withMetaPolicy(html, "x")).toThrow(/already has/);
  });
});

describe("resolving a path", () => {
  const policy = (text: string) => ({ scripts: [sha(text)], styles: [], styleAttributes: false });
  const headerSets = [
    headersFor("/fr", "html", policy("fr")),
    headersFor("/fr/404", "html", policy("404")),
    headersFor("/en/404", "html"),
    headersFor("/fr/rss.xml", "feed"),
    headersFor("", "asset"),
    headersFor("", "file"),
    headersFor("", "refused"),
  ];
  const manifest = hostingManifest({
    headerSets,
    routes: {
      "/fr": { kind: "html", headers: 0 },
      "/fr/404": { kind: "html", headers: 1 },
      "/en/404": { kind: "html", headers: 2 },
      "/fr/rss.xml": { kind: "feed", headers: 3 },
    },
    defaults: { asset: 4, file: 5, html: 2, refused: 6 },
    onRequest: ["^/search(?:/)?$"],
  });
  const { resolve, htmlHeaders, refusedHeaders } = compileManifest(manifest);

  it("finds built paths with their final headers", () => {
    expect(resolve("/fr")).toEqual({ type: "route", headers: headerSets[0] });
    expect(resolve("/fr/rss.xml")).toEqual({ type: "route", headers: headerSets[3] });
    expect(resolve("/_next/static/chunks/x.js")).toEqual({ type: "route", headers: headerSets[4] });
    expect(resolve("/_next/image")).toEqual({ type: "route", headers: headerSets[5] });
    expect(resolve("/search")).toEqual({ type: "route", headers: headerSets[2] });
    expect(htmlHeaders).toBe(headerSets[2]);
    expect(refusedHeaders["Cache-Control"]).toBe("no-store");
  });

  it("redirects old paths", () => {
    expect(resolve("/old")).toEqual({
      type: "redirect",
      to: "/fr",
      status: 301,
      headers: headerSets[2],
    });
  });

  it("sends unknown paths to the 404 page of their language, French by default", () => {
    const french = { type: "not-found", page: "/fr/404", headers: headerSets[1] };
    expect(resolve("/fr/blog/nope")).toEqual(french);
    expect(resolve("/nope")).toEqual(french);
    expect(resolve("/de/blog")).toEqual(french);
    expect(resolve("/fr/404")).toEqual(french);
    expect(resolve("/en/nope")).toEqual({
      type: "not-found",
      page: "/en/404",
      headers: headerSets[2],
    });
  });
});

describe("headersFor", () => {
  it("gives a page its security headers, its own policy and the page cache policy", () => {
    const headers = headersFor("/fr", "html", {
      scripts: [sha("a")],
      styles: [],
      styleAttributes: false,
    });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Cache-Control": "public, max-age=0, must-revalidate",
    });
    expect(headers["Content-Security-Policy"]).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${sha("a")};`,
    );
    expect(headers["Content-Type"]).toBeUndefined();
  });

  it("names the types a host cannot guess: feeds and preview images", () => {
    expect(headersFor("/fr/rss.xml", "feed")["Content-Type"]).toBe(
      "application/rss+xml; charset=utf-8",
    );
    expect(headersFor("/en/feed.json", "feed")["Content-Type"]).toBe(
      "application/feed+json; charset=utf-8",
    );
    expect(headersFor("/fr/blog/a/opengraph-image", "file")["Content-Type"]).toBe("image/png");
    expect(headersFor("/sitemap.xml", "feed")["Content-Type"]).toBeUndefined();
  });

  it("gives the static export's header only the directives every file shares", () => {
    const shared = headersFor("/*", "html", "shared")["Content-Security-Policy"];
    expect(shared).toContain("frame-ancestors 'none'");
    expect(shared).not.toContain("script-src");
    expect(shared).not.toContain("default-src");
  });

  it("derives the development policy from the production one, plus what next dev needs", () => {
    const production = headersFor("/fr", "html")["Content-Security-Policy"] ?? "";
    const development = headersFor("/fr", "html", "development");
    expect(development["Cache-Control"]).toBeUndefined();
    const csp = development["Content-Security-Policy"] ?? "";
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval' 'unsafe-inline';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain("img-src 'self' data: blob:;");
    expect(csp).toContain("connect-src 'self' ws:;");
    // Every production directive is there, with at least its production sources.
    for (const directive of production.split("; ")) {
      const [name = ""] = directive.split(" ");
      expect(csp.split("; ").find((other) => other.startsWith(`${name} `))).toContain(directive);
    }
    expect(production).not.toMatch(/'unsafe-(inline|eval)'|ws:|data:/);
  });
});

describe("the method rule", () => {
  it("lets GET and HEAD through and answers any other method 405 with Allow", () => {
    expect(refuseMethod("GET")).toBeUndefined();
    expect(refuseMethod("HEAD")).toBeUndefined();
    const refusal = refuseMethod("TRACE");
    expect(refusal).toEqual({
      status: 405,
      reason: "method not allowed",
      headers: { Allow: "GET, HEAD" },
    });
    expect(refusalAnswer(refusal!, { "Cache-Control": "no-store" })).toEqual({
      status: 405,
      headers: {
        "Cache-Control": "no-store",
        "Content-Type": "text/plain; charset=utf-8",
        Allow: "GET, HEAD",
      },
      body: "405 method not allowed\n",
    });
  });
});

describe("siteRedirects", () => {
  it("sends / to the default language with 307 and old addresses with 301", () => {
    expect(siteRedirects("/fr", [{ from: "/a", to: "/fr/blog/a" }])).toEqual([
      { from: "/", to: "/fr", status: 307 },
      { from: "/a", to: "/fr/blog/a", status: 301 },
    ]);
  });
});

describe("resourceKind", () => {
  it.each([
    ["/_next/static/chunks/a.js", "application/javascript", "asset"],
    ["/media/a/b.800w.avif", "image/avif", "media"],
    ["/fr", "text/html; charset=utf-8", "html"],
    ["/fr/rss.xml", "application/rss+xml", "feed"],
    ["/fr/atom.xml", "application/atom+xml", "feed"],
    ["/fr/feed.json", "application/feed+json", "feed"],
    ["/sitemap.xml", "application/xml", "feed"],
    ["/robots.txt", "text/plain", "feed"],
    ["/icon.svg", "image/svg+xml", "file"],
    ["/fr/blog/a/opengraph-image", "image/png", "file"],
  ])("%s (%s) is %s", (path, type, kind) => {
    expect(resourceKind(path, type)).toBe(kind);
  });
});
