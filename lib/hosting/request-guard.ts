// Answers hostile or malformed requests before Next.js sees them: bare Next.js 16 answers some
// of them with a 500 (malformed escapes, odd methods or Range headers on files). proxy.ts asks
// refuseRequest; scripts/server.mjs, which must refuse methods before Next.js, reads the same
// rule from the hosting manifest.
import type { ResponseHeaders } from "./headers";

export type Refusal = { status: 400 | 405 | 414; reason: string; headers?: Record<string, string> };

/** The site serves files and prerendered pages only. */
export const allowedMethods = ["GET", "HEAD"] as const;

/** Far longer than any path of the site; longer ones are refused before any lookup. */
export const maxPathLength = 1024;

/**
 * Paths made of unreserved characters only, in segments that are neither empty nor start with
 * a dot, without a trailing slash: refuseRequest lets every one of them through (up to
 * maxPathLength) and no URL parser changes them. scripts/server.mjs answers such paths from its
 * precomputed table without asking this guard; any other path goes through proxy.ts.
 */
export const plainPath = /^(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/;

/**
 * Why `method` on `rawPath` (the path as sent, still percent-encoded, without the query) must
 * be refused, or undefined when it may go on.
 */
export function refuseRequest(method: string, rawPath: string): Refusal | undefined {
  if (rawPath.length > maxPathLength) return { status: 414, reason: "URI too long" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: "malformed percent-encoding" };
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { status: 400, reason: "control character" };
  if (decoded.includes("\\")) return { status: 400, reason: "backslash" };
  if (decoded.split("/").some((segment) => segment === ".." || segment === ".")) {
    return { status: 400, reason: "dot segment" };
  }
  return refuseMethod(method);
}

/** The method rule: why `method` must be refused, or undefined when it is allowed. */
export function refuseMethod(method: string): Refusal | undefined {
  if ((allowedMethods as readonly string[]).includes(method)) return undefined;
  return {
    status: 405,
    reason: "method not allowed",
    headers: { Allow: allowedMethods.join(", ") },
  };
}

/** The whole answer to a refused request, on top of the `headers` of a refusal. */
export function refusalAnswer(refusal: Refusal, headers: ResponseHeaders) {
  return {
    status: refusal.status,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", ...refusal.headers },
    body: `${refusal.status} ${refusal.reason}\n`,
  };
}
