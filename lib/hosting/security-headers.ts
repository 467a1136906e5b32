// The security headers of every response, in both hosting modes: `next start` (set by proxy.ts)
// and the static export (out/_headers, plus a per-page <meta> policy). One source for both.

/** What a page may run or show beyond the site's own files: hashes of its inline code. */
export type PagePolicy = {
  /** `'sha256-…'` sources of the page's inline <script> elements. */
  scripts: readonly string[];
  /** `'sha256-…'` sources of its inline <style> elements and style="" attributes. */
  styles: readonly string[];
  /** True when some of `styles` are style="" attributes, which CSP allows only with 'unsafe-hashes'. */
  styleAttributes: boolean;
};

export const noInlineCode: PagePolicy = { scripts: [], styles: [], styleAttributes: false };

/** Directives that do not depend on the page. Everything comes from the site itself. */
const fixedDirectives: [string, ...string[]][] = [
  ["img-src", "'self'"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["media-src", "'self'"],
  ["manifest-src", "'self'"],
  ["worker-src", "'self'"],
  ["frame-src", "'none'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

function serialise(directives: [string, ...string[]][]): string {
  return directives.map((directive) => directive.join(" ")).join("; ");
}

function pageDirectives(page: PagePolicy): [string, ...string[]][] {
  const styleSources = page.styleAttributes ? ["'unsafe-hashes'", ...page.styles] : page.styles;
  return [
    ["default-src", "'self'"],
    // 'wasm-unsafe-eval' lets search (Pagefind) compile its WebAssembly; it allows no eval().
    ["script-src", "'self'", "'wasm-unsafe-eval'", ...page.scripts],
    ["style-src", "'self'", ...styleSources],
    ...fixedDirectives,
  ];
}

/**
 * What a response's Content-Security-Policy header allows: a page's own inline code (`next
 * start`, the whole policy in the header), "shared" (the static export's header, the same on
 * every file: each page's <meta> policy adds the rest), or "development" (`next dev`).
 */
export type HeaderPolicy = PagePolicy | "shared" | "development";

/**
 * `next dev` evaluates code, injects inline scripts and styles, and talks to its server over a
 * WebSocket: the production policy plus what it needs. Production never gets these.
 */
const developmentAllowances: Record<string, string[]> = {
  "script-src": ["'unsafe-eval'", "'unsafe-inline'"],
  "style-src": ["'unsafe-inline'"],
  "img-src": ["data:", "blob:"],
  "connect-src": ["ws:"],
};

/** The policy of one response, as an HTTP header. */
export function contentSecurityPolicy(policy: HeaderPolicy = noInlineCode): string {
  if (policy === "shared") return serialise([...fixedDirectives, ["frame-ancestors", "'none'"]]);
  const page = policy === "development" ? noInlineCode : policy;
  const directives: [string, ...string[]][] = [
    ...pageDirectives(page),
    ["frame-ancestors", "'none'"],
  ];
  if (policy !== "development") return serialise(directives);
  return serialise(
    directives.map(([name, ...sources]) => [
      name,
      ...sources,
      ...(developmentAllowances[name] ?? []),
    ]),
  );
}

/**
 * The policy of one exported page, for its <meta http-equiv> element: browsers ignore (and
 * complain about) frame-ancestors there, so the shared header policy of out/_headers carries
 * it. A browser enforces both, so a page runs only what both allow.
 */
export function metaContentSecurityPolicy(page: PagePolicy): string {
  return serialise(pageDirectives(page));
}

/** Features a blog never uses, denied to the page and to anything it might embed. */
const deniedFeatures = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** Headers that are the same on every response. */
export const staticSecurityHeaders: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": deniedFeatures.map((feature) => `${feature}=()`).join(", "),
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};
