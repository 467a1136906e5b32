// The production server of `npm start` and of a container. Every answer the build knows (pages,
// feeds, images, public files, /_next/static, redirects, the 404 pages) it sends itself from the
// table of .next/server-answers.json (lib/build/server-answers.ts): final headers, ETag, 304,
// HEAD, precompressed bodies, read once and kept in memory. Anything else goes to Next.js's own
// request handler (the one `next start` runs, proxy.ts included): RSC requests, pages rendered
// on request, paths that are not plain (proxy.ts's guard decides those).
// In front of both: Node.js's `Request` refuses TRACE, so Next.js answers it 500 before the proxy
// runs; Next.js redirects paths with `\` or `//` itself; Node.js answers requests it cannot
// parse on its own. This layer refuses the methods lib/hosting/request-guard.ts does not allow,
// gives every answer the security headers, and stops gracefully. It computes nothing: its
// answers are looked up in the hosting manifest (lib/hosting/manifest.ts) and the answer table.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Answers 400 to a request whose target is not a path (origin-form, `/…`): `*`, absolute-form
 * (`http://host/fr`), authority-form (`host:443`), an empty target or one with bytes outside
 * printable ASCII. Next.js's handler would throw on some (`GET *` answered 500). Returns whether
 * it answered.
 */
function refusedTarget(req, res, headers) {
  if (/^\/[\x21-\x7e]*$/.test(req.url ?? "")) return false;
  res.writeHead(400, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
  res.end("400 bad request: the request target must be a path\n");
  return true;
}

/**
 * Serves the production build in `dir` on `port` until SIGTERM or SIGINT; then it stops
 * accepting connections, lets the requests in flight finish (at most `shutdownTimeout` ms) and
 * exits.
 */
export async function serve({
  dir = process.cwd(),
  port = Number(process.env.PORT || 3000),
  shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000),
} = {}) {
  process.env.NODE_ENV = "production";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Written by scripts/write-hosting-files.ts: the headers and allowed methods of every answer.
  const { methods, headerSets, defaults } = JSON.parse(
    readFileSync(path.join(dir, ".next", "hosting-manifest.json"), "utf8"),
  );
  const refused = headerSets[defaults.refused];
  const answers = answerTable(dir);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const allowed = new Set(methods.allowed);
  const server = http.createServer((req, res) => {
    if (!allowed.has(req.method)) {
      res.writeHead(methods.refusal.status, methods.refusal.headers);
      return res.end(methods.refusal.body);
    }
    if (refusedTarget(req, res, refused)) return;
    const answer = answers.find(req);
    if (answer) return answers.send(answer, req, res, () => toNext(req, res));
    toNext(req, res);
  });
  const toNext = (req, res) => {
    // Answers Next.js makes before proxy.ts (its 308 for `//`) keep these; proxy.ts replaces them.
    for (const [name, value] of Object.entries(refused)) res.setHeader(name, value);
    handle(req, res);
  };
  // CONNECT never reaches the request handler.
  server.on("connect", (req, socket) => socket.end(rawResponse(405, refused)));
  // Requests Node.js cannot parse: a header section too large, a bad method or header byte.
  server.on("clientError", (error, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    socket.end(rawResponse(status, refused));
  });

  await new Promise((resolve) => server.listen(port, resolve));
  console.log(`Serving the blog on http://localhost:${port}/fr`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // No new connections; idle keep-alive ones close now, busy ones once their answer is sent.
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => {
      console.error(`Requests still in flight after ${shutdownTimeout} ms: closing them.`);
      server.closeAllConnections();
      process.exit(1);
    }, shutdownTimeout).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}

/**
 * The answers of .next/server-answers.json: `find` looks a request up (undefined: Next.js
 * answers it), `send` writes the answer. Bodies are read on first use and kept in memory, up
 * to ANSWER_CACHE_MB (default 256) in all; beyond that they are read from disk each time.
 */
function answerTable(dir) {
  const table = JSON.parse(readFileSync(path.join(dir, ".next", "server-answers.json"), "utf8"));
  const plain = new RegExp(table.plainPath.pattern);
  const toNext = table.toNext.map((source) => new RegExp(source));
  const paths = new Map(Object.entries(table.paths));
  const memoryBudget = Number(process.env.ANSWER_CACHE_MB || 256) * 2 ** 20;
  const bodies = new Map();
  let kept = 0;

  // Each body's full headers, once: nothing is built per request.
  for (const answer of table.answers) {
    for (const body of answer.bodies) {
      body.notModifiedHeaders = {
        ...answer.headers,
        ...(body.encoding === "identity" ? {} : { "Content-Encoding": body.encoding }),
        ...(body.etag ? { ETag: body.etag } : {}),
      };
      // Compressed bodies go chunked, as Next.js sends them: a client that decodes them and
      // passes the headers on (a test's proxy, a service worker) has no stale length to trip on.
      body.headers =
        body.encoding === "identity"
          ? { ...body.notModifiedHeaders, "Content-Length": String(body.length) }
          : body.notModifiedHeaders;
    }
    answer.headers = { ...answer.headers, "Content-Length": "0" };
  }

  function find(req) {
    for (const name of table.toNextHeaders) if (req.headers[name] !== undefined) return undefined;
    const query = req.url.indexOf("?");
    const pathname = query === -1 ? req.url : req.url.slice(0, query);
    const known = paths.get(pathname);
    if (known !== undefined) return table.answers[known];
    if (pathname.length > table.plainPath.maxLength || !plain.test(pathname)) return undefined;
    if (toNext.some((pattern) => pattern.test(pathname))) return undefined;
    const segment = pathname.split("/")[1];
    return table.answers[table.notFound[segment] ?? table.notFound[""]];
  }

  async function read(file) {
    let bytes = bodies.get(file);
    if (bytes) return bytes;
    bytes = await readFile(path.join(dir, file));
    if (kept + bytes.length <= memoryBudget) {
      bodies.set(file, bytes);
      kept += bytes.length;
    }
    return bytes;
  }

  function send(answer, req, res, fallback) {
    const body =
      answer.bodies.length > 0 ? pick(answer.bodies, req.headers["accept-encoding"]) : undefined;
    if (!body) {
      res.writeHead(answer.status, answer.headers);
      return res.end();
    }
    if (body.etag && matches(req.headers["if-none-match"], body.etag)) {
      res.writeHead(304, body.notModifiedHeaders);
      return res.end();
    }
    if (req.method === "HEAD") {
      res.writeHead(answer.status, body.headers);
      return res.end();
    }
    const cached = bodies.get(body.file);
    if (cached) {
      res.writeHead(answer.status, body.headers);
      return res.end(cached);
    }
    read(body.file).then(
      (bytes) => {
        res.writeHead(answer.status, body.headers);
        res.end(bytes);
      },
      (error) => {
        // A file removed since the build: Next.js still knows how to answer.
        console.error(`${body.file}: ${error.message}`);
        fallback();
      },
    );
  }

  return { find, send };
}

/** The first of `bodies` (best first, identity last) that the Accept-Encoding header allows. */
function pick(bodies, acceptEncoding = "") {
  if (bodies.length === 1) return bodies[0];
  const accepted = new Set();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.find((parameter) => parameter.trim().startsWith("q="));
    if (q === undefined || Number(q.trim().slice(2)) > 0) accepted.add(name.trim());
  }
  return (
    bodies.find(({ encoding }) => accepted.has(encoding) || encoding === "identity") ??
    bodies[bodies.length - 1]
  );
}

/** Whether an If-None-Match header names `etag` (weak comparison, as for GET and HEAD). */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A whole HTTP/1.1 answer written straight to a socket, with no request to answer. */
function rawResponse(status, headers) {
  const lines = Object.entries({
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    Connection: "close",
  }).map(([name, value]) => `${name}: ${value}`);
  const body = `${status} ${http.STATUS_CODES[status]}\n`;
  return [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    ...lines,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

// `node scripts/server.mjs` serves an existing build (a container runs it in .next/standalone).
if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
