import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { rawExchange, rawRequest, type RawResponse } from "./raw-http";

// `next start` at the HTTP level: headers, cache policy, redirects, 404s, hostile requests and
// shutdown. Requests go out raw (./raw-http.ts) so that nothing normalises them on the way.

const article = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const port = () => Number(new URL(test.info().project.use.baseURL ?? "").port);
const get = (target: string, headers?: Record<string, string>) =>
  rawRequest(port(), "GET", target, headers);

function policy(header: string | undefined): Map<string, string[]> {
  expect(header, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    (header ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The headers every response carries, whatever its status. */
function expectSecurityHeaders({ headers }: RawResponse, where: string) {
  expect(headers["strict-transport-security"], where).toMatch(/^max-age=63072000(;|$)/);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"], where).toBe("same-origin");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    expect(headers["permissions-policy"], where).toContain(`${feature}=()`);
  }
  expect(headers["x-powered-by"], where).toBeUndefined();
  const csp = policy(headers["content-security-policy"]);
  expect(csp.get("default-src"), where).toEqual(["'self'"]);
  expect(csp.get("object-src"), where).toEqual(["'none'"]);
  expect(csp.get("base-uri"), where).toEqual(["'self'"]);
  expect(csp.get("form-action"), where).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(csp.get("img-src"), where).toEqual(["'self'"]);
  expect(csp.get("font-src"), where).toEqual(["'self'"]);
  // 'wasm-unsafe-eval' lets search compile its WebAssembly; then only hashes.
  const [self, wasm, ...hashes] = csp.get("script-src") ?? [];
  expect(self, where).toBe("'self'");
  expect(wasm, where).toBe("'wasm-unsafe-eval'");
  for (const source of hashes) expect(source, where).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  expect(headers["content-security-policy"], where).not.toMatch(/'unsafe-(inline|eval)'/);
}

/** Inline scripts a browser would run, hashed independently of the build's own code. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = ""]) => !/\bsrc=|type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , text = ""]) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
}

function cacheSeconds(response: RawResponse): number {
  return Number(/max-age=(\d+)/.exec(response.headers["cache-control"] ?? "")?.[1] ?? NaN);
}

/** Every page reachable from /fr by its links, with the files it refers to. */
async function crawl() {
  const pages = new Map<string, RawResponse>();
  const files = new Set<string>();
  const queue = ["/fr"];
  while (queue.length > 0 && pages.size < 300) {
    const path = queue.shift() ?? "";
    if (pages.has(path)) continue;
    const response = await get(path);
    pages.set(path, response);
    const html = response.body.toString("utf8");
    for (const [, href = ""] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
      if (href.startsWith("/_next/") || /\.\w+$/.test(href)) files.add(href);
      else if (!pages.has(href)) queue.push(href);
    }
    for (const [, src = ""] of html.matchAll(/\ssrc="(\/[^"?]*)/g)) files.add(src);
  }
  return { pages, files };
}

test.describe("next start", () => {
  test("every page answers 200 with the security headers and hashes of exactly its inline scripts", async () => {
    const { pages } = await crawl();
    expect(pages.size).toBeGreaterThanOrEqual(5);
    for (const [path, response] of pages) {
      expect(response.status, path).toBe(200);
      expect(response.headers["content-type"], path).toMatch(/^text\/html/);
      expectSecurityHeaders(response, path);
      // After 'self' and 'wasm-unsafe-eval' (search), only hashes.
      const [, , ...hashes] =
        policy(response.headers["content-security-policy"]).get("script-src") ?? [];
      const inline = new Set(inlineScriptHashes(response.body.toString("utf8")));
      expect(inline.size, path).toBeGreaterThan(0);
      expect(new Set(hashes), path).toEqual(inline);
      expect(response.headers["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    }
  });

  test("files carry the security headers and their cache policy", async () => {
    const { files } = await crawl();
    const scripts = [...files].filter((file) => /^\/_next\/static\/.+\.js$/.test(file));
    const media = [...files].filter((file) => file.startsWith("/media/"));
    expect(scripts.length).toBeGreaterThan(0);
    expect(media.length).toBeGreaterThan(0);
    for (const file of files) {
      const response = await get(file);
      expect(response.status, file).toBe(200);
      expectSecurityHeaders(response, file);
      if (file.startsWith("/_next/static/")) {
        expect(response.headers["cache-control"], file).toBe("public, max-age=31536000, immutable");
      }
      if (file.startsWith("/media/"))
        expect(cacheSeconds(response), file).toBeGreaterThanOrEqual(2592000);
    }
  });

  test("pages name the speculation rules, served with the only type browsers accept", async () => {
    for (const path of ["/fr", article, "/fr/blog/nothing-here"]) {
      expect((await get(path)).headers["speculation-rules"], path).toBe(
        '"/speculation-rules.json"',
      );
    }
    const rules = await get("/speculation-rules.json");
    expect(rules.status).toBe(200);
    expect(rules.headers["content-type"]).toBe("application/speculationrules+json");
    expect(JSON.parse(rules.body.toString("utf8"))).toHaveProperty("prerender");
    expect((await get("/fr/rss.xml")).headers["speculation-rules"]).toBeUndefined();
  });

  test("feeds, sitemap and robots are short-lived", async () => {
    const home = (await get("/fr")).body.toString("utf8");
    // Feed autodiscovery links have a type; the other alternates are the page in other languages.
    const feeds = [
      ...home.matchAll(
        /<link[^>]+rel="alternate"[^>]+type="application\/[^"]+"[^>]+href="([^"]+)"/g,
      ),
    ].map(([, href = ""]) => new URL(href, "http://localhost").pathname);
    // The home page links a feed of each format: none may go unchecked.
    expect(feeds).toEqual(expect.arrayContaining(["/fr/rss.xml", "/fr/atom.xml", "/fr/feed.json"]));
    for (const path of [...feeds, "/sitemap.xml", "/robots.txt"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response, path);
      expect(cacheSeconds(response), path).toBeGreaterThan(0);
      expect(cacheSeconds(response), path).toBeLessThanOrEqual(3600);
    }
    expect((await get("/fr/rss.xml")).headers["content-type"]).toBe(
      "application/rss+xml; charset=utf-8",
    );
  });

  test("unknown paths answer 404 with the headers and the 404 page of their language", async () => {
    for (const path of [
      "/fr/blog/nope",
      "/fr/blog/categories/nope",
      "/fr/blog/authors/nope",
      "/fr/nope",
      "/xx",
      "/en/blog/nope",
      "/fr/404",
      "/_next/static/nope.js",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expectSecurityHeaders(response, path);
      if (path.startsWith("/_next/")) continue;
      const html = response.body.toString("utf8");
      // English paths get the English page; anything else, French (the default language).
      const english = path.startsWith("/en/");
      expect(html, path).toMatch(english ? /<html lang="en"/ : /<html lang="fr"/);
      expect(html, path).toContain(english ? "Page not found" : "Page introuvable");
      // After 'self' and 'wasm-unsafe-eval' (search), only hashes.
      const [, , ...hashes] =
        policy(response.headers["content-security-policy"]).get("script-src") ?? [];
      expect(new Set(hashes), path).toEqual(new Set(inlineScriptHashes(html)));
    }
  });

  test("redirects the old WordPress URL permanently, / to /fr, and drops trailing slashes", async () => {
    const cases: [string, number[], string][] = [
      [
        "/blog/entrepreneuriat/comment-se-faire-un-reseau-pour-trouver-un-premier-stage",
        [301],
        article,
      ],
      // lib/hosting/redirects.ts: the one status of `/`, the same in out/_redirects.
      ["/", [307], "/fr"],
      ["/fr/", [308], "/fr"],
      [`${article}/`, [308], article],
    ];
    for (const [from, statuses, to] of cases) {
      const response = await get(from);
      expect(statuses, from).toContain(response.status);
      expect(new URL(response.headers.location ?? "", "http://localhost").pathname, from).toBe(to);
      expectSecurityHeaders(response, from);
    }
  });

  test("hostile requests get no 5xx and no file from outside the site", async () => {
    const script = [...(await crawl()).files].find((file) => file.endsWith(".js")) ?? "";
    const media = `/media/comment-se-faire-un-reseau-pour-trouver-un-premier-stage/xp-stage-op.jpg`;
    const cases: {
      method?: string;
      target: string;
      headers?: Record<string, string>;
      status: number[];
    }[] = [
      { target: "/blog/%ff", status: [400] },
      { target: "/blog/%ZZ", status: [400] },
      { target: "/fr/blog/%E0%A4%A", status: [400] },
      { target: "/fr/blog/..%2F..%2Fpackage.json", status: [400] },
      // The URL parser in front of the proxy resolves %2e%2e itself: no file outside the site.
      { target: "/fr/%2e%2e/%2e%2e/package.json", status: [400, 404] },
      { target: "/media/..%2f..%2f..%2fetc%2fpasswd", status: [400] },
      { target: "/_next/static/..%2F..%2Fpackage.json", status: [400] },
      // Next.js turns backslashes into slashes with a redirect before the proxy runs.
      { target: "/fr/..\\..\\package.json", status: [308, 400] },
      { target: "/fr/%5C..%5Cpackage.json", status: [400] },
      { target: "//evil.example/fr", status: [308] },
      { target: "/fr/blog/%00", status: [400] },
      { target: "/icon.svg%00.html", status: [400] },
      { target: `/fr/${"a".repeat(5000)}`, status: [414] },
      { target: `/fr/${"a".repeat(70_000)}`, status: [414, 431] },
      // TRACE never reaches proxy.ts: scripts/server.mjs refuses it.
      ...["OPTIONS", "POST", "PUT", "DELETE", "PATCH", "PROPFIND", "TRACE"].flatMap((method) =>
        ["/fr", article, "/icon.svg", script, media, "/nope"].map((target) => ({
          method,
          target,
          status: [405],
        })),
      ),
      ...[script, media, "/icon.svg", "/fr"].flatMap((target) =>
        ["bytes=999999999-", "bytes=abc", "bytes=5-1", "bytes=0-1,3-4,-2", "pages=1-2"].map(
          (range) => ({ target, headers: { Range: range }, status: [200, 416] }),
        ),
      ),
    ];
    for (const { method = "GET", target, headers, status } of cases) {
      const where = `${method} ${target.slice(0, 60)} ${JSON.stringify(headers ?? {})}`;
      const response = await rawRequest(port(), method, target, headers).catch((error: Error) => {
        // Node.js may reset a connection whose request line overflows its parser: no answer.
        if (target.length > 65_536 && /ECONNRESET/.test(error.message)) return undefined;
        throw error;
      });
      if (!response) continue;
      expect(status, `${where} answered ${response.status}`).toContain(response.status);
      const body = response.body.toString("latin1");
      expect(body, where).not.toContain('"name": "studio-blog"');
      expect(body, where).not.toMatch(/root:x:0:0/);
      if (response.status === 405) expect(response.headers.allow, where).toBe("GET, HEAD");
      // Next.js answers a path with a backslash or `//` with a 308 to the cleaned path before
      // proxy.ts runs; scripts/server.mjs gives it the security headers all the same.
      if (response.status === 308) {
        expect(response.headers.location, where).toMatch(/^\/[^/\\]/);
      }
      expectSecurityHeaders(response, where);
    }
    // CONNECT and requests Node.js cannot parse are answered by scripts/server.mjs too.
    for (const request of [
      "CONNECT localhost:22 HTTP/1.1\r\nHost: localhost:22\r\n\r\n",
      "GET /fr HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n",
      "TRACK /fr HTTP/1.1\r\nHost: localhost\r\n\r\n",
    ]) {
      const answer = await rawExchange(port(), request);
      const where = request.split("\r\n")[0] ?? request;
      expect(answer.status, where).toBeGreaterThanOrEqual(400);
      expect(answer.status, where).toBeLessThan(500);
      expectSecurityHeaders(answer, where);
    }
    const head = await rawRequest(port(), "HEAD", article);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});

test.describe("npm start", () => {
  test("finishes the requests in flight on SIGTERM, then exits", async () => {
    // Its own server, on the port playwright.config.ts leaves free.
    const shutdownPort = Number(process.env.E2E_SPARE_PORT);
    const server = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(shutdownPort) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
    try {
      await expect
        .poll(
          () =>
            rawRequest(shutdownPort, "GET", "/fr").then(
              (r) => r.status,
              () => 0,
            ),
          {
            timeout: 30_000,
          },
        )
        .toBe(200);
      const expected = (await rawRequest(shutdownPort, "GET", article)).body.length;
      // Many requests at once; the signal comes once the server is answering every one of them.
      let answering = 0;
      let allAnswering = () => {};
      const started = new Promise<void>((resolve) => (allAnswering = resolve));
      const count = 40;
      const inFlight = Array.from(
        { length: count },
        () =>
          new Promise<{ status: number; length: number }>((resolve, reject) => {
            const socket = connect(shutdownPort, "127.0.0.1", () =>
              socket.write(
                `GET ${article} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
              ),
            );
            const chunks: Buffer[] = [];
            socket.on("data", (chunk) => {
              if (chunks.length === 0 && ++answering === count) allAnswering();
              chunks.push(chunk);
            });
            socket.on("error", reject);
            socket.on("end", () => {
              const raw = Buffer.concat(chunks);
              const body = raw.subarray(raw.indexOf("\r\n\r\n") + 4);
              resolve({ status: Number(raw.toString("latin1", 9, 12)), length: body.length });
            });
          }),
      );
      await started;
      server.kill("SIGTERM");
      const answers = await Promise.all(inFlight);
      for (const answer of answers) expect(answer).toEqual({ status: 200, length: expected });
      expect([0, 143]).toContain(await exited);
      await expect(rawRequest(shutdownPort, "GET", "/fr")).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      server.kill("SIGKILL");
    }
  });
});
