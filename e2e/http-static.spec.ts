import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parseRedirectsFile } from "@/lib/build/static-export";
import { parsePath } from "@/lib/routes/paths";
import { rawRequest } from "./raw-http";

// The static export (npm run build:static) as files, and as a plain static server serves it.

const out = path.join(process.cwd(), "out");
const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const port = () => Number(new URL(test.info().project.use.baseURL ?? "").port);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}
const sitePath = (file: string) => `/${path.relative(out, file).split(path.sep).join("/")}`;

/** out/_headers as rules in file order; `*` matches the rest of a path. */
function headerRules() {
  const rules: { pattern: RegExp; headers: Map<string, string> }[] = [];
  for (const line of readFileSync(path.join(out, "_headers"), "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: new Map() });
    } else {
      const colon = line.indexOf(":");
      expect(colon, `_headers line "${line}"`).toBeGreaterThan(0);
      rules
        .at(-1)
        ?.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

/** The headers a host gives `target`: every matching rule, a later one overriding (Netlify). */
function headersFor(target: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of headerRules()) {
    if (rule.pattern.test(target))
      for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return headers;
}

function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy).toBeTruthy();
  return new Map(
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = ""]) => !/\bsrc=|type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , text = ""]) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
}

const decodeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

test.describe("out/", () => {
  test("holds every path of the Node build, a French 404.html and no content source", () => {
    // npm run test:e2e builds the export first, then the Node build, whose manifest lists
    // every page and file the server answers.
    const manifest = JSON.parse(readFileSync(".next/hosting-manifest.json", "utf8")) as {
      routes: Record<string, { kind: string }>;
    };
    const routes = Object.entries(manifest.routes);
    expect(routes.length).toBeGreaterThan(10);
    for (const [route, { kind }] of routes) {
      const file = kind === "html" ? `${route}.html` : route;
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    const all = filesUnder(out).map(sitePath);
    // Each article's Markdown copy is published on purpose; no other Markdown or YAML file is.
    const sources = all.filter((file) => /\.(mdx?|ya?ml)$/i.test(file));
    expect(sources.filter((file) => parsePath(file)?.kind !== "markdown-copy")).toEqual([]);
    expect(sources.length).toBeGreaterThan(0);
    expect(all.filter((file) => file.includes("_not-found"))).toEqual([]);
    const notFound = readFileSync(path.join(out, "404.html"), "utf8");
    expect(notFound).toMatch(/<html lang="fr"/);
    expect(notFound).toContain("Page introuvable");
  });

  test("every page carries a policy with the hashes of exactly its inline scripts", () => {
    const pages = filesUnder(out).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const metas = [
        ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g),
      ];
      expect(metas.length, file).toBe(1);
      const policy = decodeAttribute(metas[0]?.[1] ?? "");
      expect(policy, file).not.toMatch(/'unsafe-(inline|eval)'/);
      const csp = directives(policy);
      expect(csp.get("default-src"), file).toEqual(["'self'"]);
      // 'wasm-unsafe-eval' lets search compile its WebAssembly; then only hashes.
      const [self, wasm, ...hashes] = csp.get("script-src") ?? [];
      expect(self, file).toBe("'self'");
      expect(wasm, file).toBe("'wasm-unsafe-eval'");
      expect(new Set(hashes), file).toEqual(new Set(inlineScriptHashes(html)));
      // The policy comes before any script.
      expect(html.indexOf("Content-Security-Policy"), file).toBeLessThan(html.indexOf("<script"));
    }
  });

  test("_headers names the speculation rules on every page and gives the rule set its type", () => {
    expect(headersFor("/fr/blog").get("speculation-rules")).toBe('"/speculation-rules.json"');
    expect(headersFor("/speculation-rules.json").get("content-type")).toBe(
      "application/speculationrules+json",
    );
    expect(existsSync(path.join(out, "speculation-rules.json"))).toBe(true);
  });

  test("_headers gives feeds and preview images the types a host cannot guess", () => {
    expect(headersFor("/fr/rss.xml").get("content-type")).toBe(
      "application/rss+xml; charset=utf-8",
    );
    expect(headersFor("/en/atom.xml").get("content-type")).toBe(
      "application/atom+xml; charset=utf-8",
    );
    expect(headersFor("/fr/feed.json").get("content-type")).toBe(
      "application/feed+json; charset=utf-8",
    );
    expect(headersFor("/fr/blog/categories/entrepreneuriat/rss.xml").get("content-type")).toBe(
      "application/rss+xml; charset=utf-8",
    );
    expect(headersFor("/en/blog/authors/rudy-baer/feed.json").get("content-type")).toBe(
      "application/feed+json; charset=utf-8",
    );
    expect(
      headersFor(
        "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage/opengraph-image",
      ).get("content-type"),
    ).toBe("image/png");
  });

  test("_headers gives every file the security headers and its cache policy", () => {
    const site = headersFor("/fr/blog/anything");
    expect(site.get("strict-transport-security")).toMatch(/^max-age=63072000(;|$)/);
    expect(site.get("x-content-type-options")).toBe("nosniff");
    expect(site.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(site.get("cross-origin-opener-policy")).toBe("same-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(site.get("permissions-policy")).toContain(`${feature}=()`);
    }
    const csp = directives(site.get("content-security-policy"));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'"]);
    expect(csp.get("font-src")).toEqual(["'self'"]);
    expect(site.get("content-security-policy")).not.toMatch(/'unsafe-(inline|eval)'/);

    const cache = (target: string) => headersFor(target).get("cache-control");
    const maxAge = (target: string) => Number(/max-age=(\d+)/.exec(cache(target) ?? "")?.[1]);
    expect(cache(article)).toBe("public, max-age=0, must-revalidate");
    expect(cache("/404.html")).toBe("public, max-age=0, must-revalidate");
    const script = filesUnder(path.join(out, "_next", "static"))
      .map(sitePath)
      .find((file) => file.endsWith(".js"));
    expect(cache(script ?? "")).toBe("public, max-age=31536000, immutable");
    expect(maxAge("/media/some-article/photo.800w.avif")).toBeGreaterThanOrEqual(2592000);
    // Feeds, sitemap and robots, whichever the build has, are short-lived.
    const feeds = filesUnder(out)
      .map(sitePath)
      .filter((file) => /(\.xml|feed\.json|robots\.txt)$/.test(file));
    for (const feed of feeds) {
      expect(maxAge(feed), feed).toBeGreaterThan(0);
      expect(maxAge(feed), feed).toBeLessThanOrEqual(3600);
    }
  });

  test("_redirects sends / to /fr and every old URL of content/redirects.yml permanently", () => {
    const file = path.join(out, "_redirects");
    const rules = parseRedirectsFile(readFileSync(file, "utf8"), file);
    expect(rules).toContainEqual({ from: "/", to: "/fr", status: 307 });
    expect(rules).toContainEqual({
      from: "/blog/entrepreneuriat/comment-se-faire-un-reseau-pour-trouver-un-premier-stage",
      to: article,
      status: 301,
    });
    for (const { from, to, status } of rules) {
      expect(from, from).toMatch(/^\//);
      expect([301, 307, 404], from).toContain(status);
      if (status !== 404) expect(existsSync(path.join(out, `${to}.html`)), to).toBe(true);
    }
  });
});

test.describe("a plain static server on out/", () => {
  test("serves the pages, files and the 404 page", async () => {
    for (const target of ["/fr", "/fr/blog", article, "/fr/blog/authors/rudy-baer", "/icon.svg"]) {
      expect((await rawRequest(port(), "GET", target)).status, target).toBe(200);
    }
    const missing = await rawRequest(port(), "GET", "/fr/blog/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.toString("utf8")).toMatch(/<html lang="fr"/);
  });

  // `serve` is a development tool, not a host: it answers a NUL byte (%00) or a very long path
  // with a 500, so those requests are left to the real host.
  test("gives hostile requests no 5xx and no file from outside the site", async () => {
    for (const target of [
      "/blog/%ff",
      "/blog/%ZZ",
      "/fr/blog/..%2F..%2F..%2Fpackage.json",
      "/fr/%2e%2e/%2e%2e/package.json",
      "/fr/..\\..\\package.json",
    ]) {
      const response = await rawRequest(port(), "GET", target);
      expect(response.status, target).toBeLessThan(500);
      expect(response.body.toString("latin1"), target).not.toContain('"name": "studio-blog"');
    }
  });
});
