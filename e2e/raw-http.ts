import { connect } from "node:net";

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * Sends one request exactly as written (no URL normalisation, unlike browsers and fetch), and
 * reads the whole response: hostile requests must reach the server byte for byte.
 */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const lines = [
    `${method} ${target} HTTP/1.1`,
    "Host: localhost",
    "Connection: close",
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return rawExchange(port, `${lines.join("\r\n")}\r\n\r\n`);
}

/** Writes `request` (latin1 bytes, even malformed ones) and reads the answer until the server closes. */
export function rawExchange(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const where = request.slice(0, 80);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`timeout: ${where}`)));
    socket.on("connect", () => socket.write(Buffer.from(request, "latin1")));
    socket.on("data", (chunk) => chunks.push(chunk));
    // A server may answer and close before it has read all of an oversized request.
    socket.on("error", (error) =>
      chunks.length > 0 ? resolve(parseResponse(Buffer.concat(chunks))) : reject(error),
    );
    socket.on("end", () => resolve(parseResponse(Buffer.concat(chunks))));
  });
}

function parseResponse(raw: Buffer): RawResponse {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.subarray(0, split === -1 ? raw.length : split).toString("latin1");
  const [statusLine = "", ...headerLines] = head.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] = headers[name]
      ? `${headers[name]}, ${line.slice(colon + 1).trim()}`
      : line.slice(colon + 1).trim();
  }
  let body = split === -1 ? Buffer.alloc(0) : raw.subarray(split + 4);
  if (headers["transfer-encoding"]?.includes("chunked")) body = unchunk(body);
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < data.length) {
    const lineEnd = data.indexOf("\r\n", offset);
    const size = parseInt(data.subarray(offset, lineEnd).toString("latin1"), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
