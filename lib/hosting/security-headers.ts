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

/** The full policy of one response, as an HTTP header (`next start`). */
export function contentSecurityPolicy(page: PagePolicy = noInlineCode): string {
  return serialise([...pageDirectives(page), ["frame-ancestors", "'none'"]]);
}

/**
 * The policy of one exported page, for its <meta http-equiv> element: browsers ignore (and
 * complain about) frame-ancestors there, so the header policy of out/_headers carries it.
 */
export function metaContentSecurityPolicy(page: PagePolicy): string {
  return serialise(pageDirectives(page));
}

/**
 * The export's header policy, the same on every file: the directives that do not depend on
 * the page. Each page's <meta> policy adds default-src and script-src with its hashes; a
 * browser enforces both, so a page runs only what both allow.
 */
export function staticHeaderContentSecurityPolicy(): string {
  return serialise([...fixedDirectives, ["frame-ancestors", "'none'"]]);
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
