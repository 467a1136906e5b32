// Request targets that are not a plain path (RFC 9112 §3.2): `*`, absolute-form, authority-form,
// empty, over-long, and bytes a URL cannot hold. Sent raw (./raw-http.ts): a browser or fetch
// would never send them as written. Shared by the Node server's and the static export's specs.

export type TargetCase = { name: string; request: string };

const request = (line: string) => `${line}\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
const long = "a".repeat(70_000);

export const targetCases: TargetCase[] = [
  { name: "GET *", request: request("GET * HTTP/1.1") },
  { name: "HEAD *", request: request("HEAD * HTTP/1.1") },
  { name: "OPTIONS *", request: request("OPTIONS * HTTP/1.1") },
  { name: "GET *fr", request: request("GET *fr HTTP/1.1") },
  { name: "absolute-form, this host", request: request("GET http://localhost/fr HTTP/1.1") },
  { name: "absolute-form, another host", request: request("GET http://evil.example/fr HTTP/1.1") },
  { name: "absolute-form, https", request: request("GET https://localhost/fr HTTP/1.1") },
  { name: "absolute-form, no path", request: request("GET http://localhost HTTP/1.1") },
  { name: "authority-form with GET", request: request("GET localhost:443 HTTP/1.1") },
  { name: "authority-form with CONNECT", request: request("CONNECT localhost:443 HTTP/1.1") },
  { name: "a bare word", request: request("GET fr HTTP/1.1") },
  { name: "empty target", request: request("GET  HTTP/1.1") },
  { name: "no target", request: request("GET HTTP/1.1") },
  { name: "over-long path", request: request(`GET /fr/${long} HTTP/1.1`) },
  { name: "over-long absolute-form", request: request(`GET http://localhost/${long} HTTP/1.1`) },
  { name: "over-long *", request: request(`GET *${long} HTTP/1.1`) },
  { name: "NUL byte", request: request("GET /fr\u0000 HTTP/1.1") },
  { name: "escape byte", request: request("GET /fr\u001b[31m HTTP/1.1") },
  { name: "DEL byte", request: request("GET /fr\u007f HTTP/1.1") },
  { name: "Latin-1 byte", request: request("GET /fr/\u00e9t\u00e9 HTTP/1.1") },
  { name: "byte 0xFF", request: request("GET /fr\u00ff HTTP/1.1") },
  { name: "raw UTF-8 bytes", request: request("GET /fr/\u00c3\u00a9 HTTP/1.1") },
  { name: "tab in target", request: request("GET /fr\tx HTTP/1.1") },
];
