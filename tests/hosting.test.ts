import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { resourceKind } from "@/lib/hosting/cache-policy";
import { InlineCodeError, pagePolicy, withMetaPolicy } from "@/lib/hosting/inline-code";
import { refuseRequest } from "@/lib/hosting/request-guard";
import { compileManifest, type HostingManifest } from "@/lib/hosting/route-table";
import { contentSecurityPolicy, metaContentSecurityPolicy } from "@/lib/hosting/security-headers";

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
  const manifest: HostingManifest = {
    buildId: "b",
    routes: {
      "/fr": { kind: "html", policy: { scripts: [sha("fr")], styles: [], styleAttributes: false } },
      "/fr/404": {
        kind: "html",
        policy: { scripts: [sha("404")], styles: [], styleAttributes: false },
      },
      "/en/404": { kind: "html" },
      "/fr/rss.xml": { kind: "feed" },
    },
    onRequest: ["^/search(?:/)?$"],
    notFoundPages: [
      ["fr", "/fr/404"],
      ["en", "/en/404"],
    ],
    redirects: [{ from: "/old", to: "/fr", status: 301 }],
    refusal: { allow: "GET, HEAD", headers: {} },
  };
  const resolve = compileManifest(manifest);

  it("finds built paths with their policy", () => {
    expect(resolve("/fr")).toEqual({ type: "route", ...manifest.routes["/fr"] });
    expect(resolve("/fr/rss.xml")).toEqual({ type: "route", kind: "feed" });
    expect(resolve("/_next/static/chunks/x.js")).toEqual({ type: "route", kind: "asset" });
    expect(resolve("/search")).toEqual({ type: "route", kind: "html" });
  });

  it("redirects old paths", () => {
    expect(resolve("/old")).toEqual({ type: "redirect", to: "/fr", status: 301 });
  });

  it("sends unknown paths to the 404 page of their language, French by default", () => {
    const french = {
      type: "not-found",
      page: "/fr/404",
      policy: manifest.routes["/fr/404"]?.policy,
    };
    expect(resolve("/fr/blog/nope")).toEqual(french);
    expect(resolve("/nope")).toEqual(french);
    expect(resolve("/de/blog")).toEqual(french);
    expect(resolve("/fr/404")).toEqual(french);
    expect(resolve("/en/nope")).toMatchObject({ type: "not-found", page: "/en/404" });
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
