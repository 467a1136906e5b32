// The production server of `npm start` and of a container: Next.js's own request handler (the
// one `next start` runs, proxy.ts included) behind a thin layer for what never reaches proxy.ts.
// Node.js's `Request` refuses TRACE, so Next.js answers it 500 before the proxy runs; Next.js
// redirects paths with `\` or `//` itself; Node.js answers requests it cannot parse on its own.
// This layer refuses the methods lib/hosting/request-guard.ts does not allow, gives every answer
// the security headers, and stops gracefully. It computes nothing: both answers are looked up in
// the hosting manifest (lib/hosting/manifest.ts).
import { readFileSync } from "node:fs";
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
    // Answers Next.js makes before proxy.ts (its 308 for `//`) keep these; proxy.ts replaces them.
    for (const [name, value] of Object.entries(refused)) res.setHeader(name, value);
    handle(req, res);
  });
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
