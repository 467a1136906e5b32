// A plain static file server (no framework, no compression, no caching logic): the reference
// beside `next start`. It serves `out/` from `npm run build:static` when there is one, else
// the pages `next build` prerendered (.next/server/app/*.html, .next/static as /_next/static).
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain",
  ".svg": "image/svg+xml",
  ".avif": "image/avif",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".png": "image/png",
};

async function isFile(file) {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Where the files come from: `{ dir, mounts }` for out/ or for the prerendered build. */
export async function staticRoot(projectDir) {
  const out = path.join(projectDir, "out");
  if (
    (await isFile(path.join(out, "index.html")).catch(() => false)) ||
    (await isFile(path.join(out, "404.html")))
  ) {
    return { kind: "out/ (npm run build:static)", dir: out, mounts: {} };
  }
  return {
    kind: ".next/server/app prerendered HTML + .next/static (no out/ on this branch)",
    dir: path.join(projectDir, ".next/server/app"),
    mounts: { "/_next/static/": path.join(projectDir, ".next/static") },
  };
}

const compressible = new Set([".html", ".js", ".css", ".xml", ".json", ".txt", ".svg"]);

/**
 * Serves `dir` (and `mounts`) on `port`. `overrides` maps a path to the HTML served there instead
 * of its file. With `gzip`, text is sent gzip-compressed (level 6) to clients that accept it;
 * `headers(pathname, extension)` adds headers to an answer.
 */
export function startStaticServer(
  { dir, mounts, overrides = {} },
  port,
  { gzip = false, headers: extraHeaders = () => ({}) } = {},
) {
  const send = async (request, response, status, type, file, body) => {
    const compress =
      gzip &&
      compressible.has(type) &&
      /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    const headers = {
      "Content-Type": types[type] ?? "application/octet-stream",
      ...extraHeaders(pathname, type),
    };
    if (!compress && body === undefined) {
      response.writeHead(status, headers);
      createReadStream(file).pipe(response);
      return;
    }
    const bytes = body === undefined ? await readFile(file) : Buffer.from(body);
    const sent = compress ? gzipSync(bytes) : bytes;
    if (compress) headers["Content-Encoding"] = "gzip";
    response.writeHead(status, { ...headers, "Content-Length": sent.length }).end(sent);
  };
  const server = createServer(async (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (overrides[pathname] !== undefined) {
      await send(request, response, 200, ".html", undefined, overrides[pathname]);
      return;
    }
    let base = dir;
    let rest = pathname;
    for (const [prefix, mounted] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) {
        base = mounted;
        rest = pathname.slice(prefix.length - 1);
      }
    }
    const file = path.join(base, path.normalize(rest));
    if (!file.startsWith(base)) {
      response.writeHead(400).end();
      return;
    }
    for (const candidate of [file, `${file}.html`, path.join(file, "index.html")]) {
      if (await isFile(candidate)) {
        await send(request, response, 200, path.extname(candidate), candidate);
        return;
      }
    }
    const notFound = [path.join(dir, "404.html"), path.join(dir, "_not-found.html")];
    for (const candidate of notFound) {
      if (await isFile(candidate)) {
        await send(request, response, 404, ".html", candidate);
        return;
      }
    }
    response.writeHead(404).end("Not found");
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve(() => new Promise((done) => server.close(() => done()))),
    ),
  );
}
