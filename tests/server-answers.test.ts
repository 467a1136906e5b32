import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import type { BuiltPath } from "@/lib/build/build-output";
import { writeServerAnswers, type ServerAnswers } from "@/lib/build/server-answers";
import { headersFor } from "@/lib/hosting/headers";
import { plainPath, refuseRequest } from "@/lib/hosting/request-guard";
import { hostingManifest } from "./hosting-fixture";

const root = mkdtempSync(path.join(os.tmpdir(), "server-answers-"));
const dist = path.join(root, ".next");
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

// Pages long enough to be worth compressing; the 404 pages say which language they are.
const page = (text: string) => `<!DOCTYPE html><html><body>${text.repeat(200)}</body></html>`;
write(".next/server/app/fr.html", page("Accueil "));
write(".next/server/app/fr.meta", JSON.stringify({ headers: { "x-nextjs-prerender": "1" } }));
write(".next/server/app/fr/404.html", page("Page introuvable "));
write(".next/server/app/en/404.html", page("Page not found "));
write(".next/server/app/fr/broken.html", page("Erreur "));
write(".next/server/app/fr/broken.meta", JSON.stringify({ status: 500 }));
write(".next/server/app/fr/rss.xml.body", `<rss>${"<item/>".repeat(300)}</rss>`);
write(
  ".next/server/app/fr/rss.xml.meta",
  JSON.stringify({ status: 200, headers: { "content-type": "application/rss+xml" } }),
);
write(".next/static/chunks/a.js", "console.log(1);".repeat(200));
write("public/icon.svg", "<svg/>");

const html = (route: string): BuiltPath => ({
  path: route,
  kind: "html",
  page: true,
  from: "next",
});
const built: BuiltPath[] = [
  html("/fr"),
  html("/fr/404"),
  html("/en/404"),
  html("/fr/broken"),
  { path: "/fr/rss.xml", kind: "feed", page: false, from: "next" },
  { path: "/icon.svg", kind: "file", page: false, from: "public" },
];
const headerSets = [
  headersFor("/fr", "html"),
  headersFor("/fr/rss.xml", "feed"),
  headersFor("", "asset"),
  headersFor("", "file"),
  headersFor("", "refused"),
];
const manifest = hostingManifest({
  headerSets,
  routes: {
    "/fr": { kind: "html", headers: 0 },
    "/fr/404": { kind: "html", headers: 0 },
    "/en/404": { kind: "html", headers: 0 },
    "/fr/broken": { kind: "html", headers: 0 },
    "/fr/rss.xml": { kind: "feed", headers: 1 },
    "/icon.svg": { kind: "file", headers: 3 },
  },
  defaults: { asset: 2, file: 3, html: 0, refused: 4 },
  onRequest: ["^/([^/]+?)/search(?:/)?$"],
});

const count = writeServerAnswers(root, dist, built, manifest);
const table = JSON.parse(
  readFileSync(path.join(dist, "server-answers.json"), "utf8"),
) as ServerAnswers;
const answerOf = (route: string) => table.answers[table.paths[route] ?? -1];
const bytes = (file: string) => readFileSync(path.join(root, file));

describe("the server's answer table", () => {
  it("answers a page with its manifest headers, its type, Vary, ETags and compressed bodies", () => {
    const answer = answerOf("/fr");
    expect(answer?.status).toBe(200);
    expect(answer?.headers).toMatchObject({
      ...headerSets[0],
      "Content-Type": "text/html; charset=utf-8",
    });
    expect(answer?.headers.Vary).toBe(
      "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
    );
    const [br, gzip, identity] = answer?.bodies ?? [];
    expect([br?.encoding, gzip?.encoding, identity?.encoding]).toEqual(["br", "gzip", "identity"]);
    const original = readFileSync(path.join(dist, "server/app/fr.html"));
    expect(bytes(identity?.file ?? "")).toEqual(original);
    expect(brotliDecompressSync(bytes(br?.file ?? ""))).toEqual(original);
    expect(gunzipSync(bytes(gzip?.file ?? ""))).toEqual(original);
    expect(br?.length).toBe(bytes(br?.file ?? "").length);
    expect(new Set([br?.etag, gzip?.etag, identity?.etag]).size).toBe(3);
    expect(identity?.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it("keeps a route handler's type unless the manifest names an exact one, and files' types", () => {
    expect(answerOf("/fr/rss.xml")?.headers["Content-Type"]).toBe(
      "application/rss+xml; charset=utf-8",
    );
    const icon = answerOf("/icon.svg");
    expect(icon?.headers["Content-Type"]).toBe("image/svg+xml");
    // Too small to compress: one body, and no Accept-Encoding in Vary.
    expect(icon?.bodies.map((body) => body.encoding)).toEqual(["identity"]);
    expect(icon?.headers.Vary).toBeUndefined();
    const script = answerOf("/_next/static/chunks/a.js");
    expect(script?.headers["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    expect(script?.headers["Content-Type"]).toBe("text/javascript; charset=utf-8");
  });

  it("redirects with the manifest's status and headers, and no body", () => {
    expect(answerOf("/old")).toEqual({
      status: 301,
      headers: { ...headerSets[0], Location: "/fr" },
      bodies: [],
    });
  });

  it("answers 404 pages and unknown paths 404 in their language, French by default, without ETag", () => {
    const french = answerOf("/fr/404");
    expect(french?.status).toBe(404);
    expect(bytes(french?.bodies.at(-1)?.file ?? "").toString()).toContain("Page introuvable");
    expect(french?.bodies.every((body) => body.etag === undefined)).toBe(true);
    expect(table.answers[table.notFound.fr ?? -1]).toEqual(french);
    expect(table.answers[table.notFound[""] ?? -1]).toEqual(french);
    const english = table.answers[table.notFound.en ?? -1];
    expect(bytes(english?.bodies.at(-1)?.file ?? "").toString()).toContain("Page not found");
  });

  it("leaves to Next.js what it answers otherwise: pages not answered 200, its files, pages rendered on request", () => {
    expect(table.paths["/fr/broken"]).toBeUndefined();
    expect(table.toNext).toEqual(["^/_next/", "^/([^/]+?)/search(?:/)?$"]);
    expect(table.toNextHeaders).toContain("rsc");
    expect(count).toBe(Object.keys(table.paths).length);
  });
});

describe("plain paths", () => {
  const plain = ["/fr", "/fr/blog/un-article", "/media/a/b.800w.avif", "/_next/static/x~y_z.js"];
  const notPlain = [
    "/",
    "/fr/",
    "//fr",
    "/fr/../x",
    "/fr/./x",
    "/fr/.env",
    "/fr/%2e%2e",
    "/a b",
    "/fr\\x",
    "/fr?x",
  ];

  it.each(plain)("%s is plain and passes the request guard", (route) => {
    expect(plainPath.test(route)).toBe(true);
    expect(refuseRequest("GET", route)).toBeUndefined();
  });

  it.each(notPlain)("%s is not plain", (route) => {
    expect(plainPath.test(route)).toBe(false);
  });
});
