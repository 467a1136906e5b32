// Answers hostile or malformed requests before Next.js sees them: bare Next.js 16 answers some
// of them with a 500 (malformed escapes, odd methods or Range headers on files).

export type Refusal = { status: 400 | 405 | 414; reason: string; headers?: Record<string, string> };

/** The site serves files and prerendered pages only. */
export const allowedMethods = ["GET", "HEAD"] as const;

/** Far longer than any path of the site; longer ones are refused before any lookup. */
export const maxPathLength = 1024;

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
  if (!(allowedMethods as readonly string[]).includes(method)) {
    return {
      status: 405,
      reason: "method not allowed",
      headers: { Allow: allowedMethods.join(", ") },
    };
  }
  return undefined;
}
