// `npm run build:static`'s hosting files: turns out/ into a site any static host can serve as
// it is:
// - every page gets its own Content-Security-Policy <meta> with the hashes of its inline scripts
//   (the build fails on an inline script that is not Next.js's own);
// - out/404.html is the site's 404 page in the default language (each language's 404 page
//   stays at /<lang>/404.html, which hosts such as Cloudflare Pages pick for paths below it);
// - out/_headers and out/_redirects for hosts that read them (Netlify, Cloudflare Pages and
//   others), with the headers of lib/hosting/headers.ts and the redirects of the Node server;
// - a check that every prerendered path is in out/ and no content source is.
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InlineCodeError, pagePolicy, withMetaPolicy } from "@/lib/hosting/csp-hashes";
import { headersFor, type ResponseHeaders } from "@/lib/hosting/headers";
import type { Redirect } from "@/lib/hosting/redirects";
import { metaContentSecurityPolicy } from "@/lib/hosting/security-headers";
import { buildAssetPrefix, mediaPrefix, parsePath, paths } from "@/lib/routes/paths";
import { defaultLocale, publishedLocales } from "@/lib/site";
import { builtFile, filesUnder, type BuiltPath } from "./build-output";
import { scriptsAfterFirstPaint } from "./scripts-after-paint";

/** Writes the export's hosting files into `out`; returns a summary. */
export function finishExport(root: string, out: string, all: BuiltPath[], redirects: Redirect[]) {
  // public/ is copied into out/ as it is; its media/ has a rule of its own.
  const built = all.filter((entry) => entry.from === "next");
  if (!existsSync(out)) throw new Error("no out/ folder: run `npm run build:static`");

  // Next.js's own error pages: the site's 404 pages replace them.
  for (const name of ["_not-found.html", "_not-found.txt", "_not-found", "_global-error.html"]) {
    rmSync(path.join(out, name), { recursive: true, force: true });
  }
  const files = filesUnder(out);

  // Each article's Markdown copy is published on purpose; no other Markdown or YAML file is.
  const isCopy = (file: string) => parsePath(file)?.kind === "markdown-copy";
  const sources = files.filter((file) => /\.(mdx?|ya?ml)$/i.test(file) && !isCopy(file));
  if (sources.length > 0) {
    throw new Error(`content sources must not be published: ${sources.join(", ")}`);
  }
  const present = new Set(files);
  const missing = built.map(builtFile).filter((file) => !present.has(file));
  if (missing.length > 0) throw new Error(`missing from out/: ${missing.join(", ")}`);

  // A per-page policy in a <meta> element, as Astro does: the hashes differ on every page.
  const pages = files.filter((file) => file.endsWith(".html"));
  const problems: string[] = [];
  for (const page of pages) {
    const file = path.join(out, page);
    const html = scriptsAfterFirstPaint(readFileSync(file, "utf8"));
    try {
      const policy = metaContentSecurityPolicy(pagePolicy(html, path.relative(root, file)));
      writeFileSync(file, withMetaPolicy(html, policy));
    } catch (error) {
      if (!(error instanceof InlineCodeError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InlineCodeError(problems);

  const defaultNotFound = `${paths.notFound(defaultLocale)}.html`;
  if (!present.has(defaultNotFound))
    throw new Error(`no ${defaultNotFound}: app/[locale]/404 is missing`);
  copyFileSync(path.join(out, defaultNotFound), path.join(out, "404.html"));

  // Files of public/ whose type a host cannot guess from their name (Markdown copies, preview
  // images): lib/hosting/headers.ts gives them one.
  const untyped = all.filter(
    (entry) =>
      entry.from === "public" && "Content-Type" in headersFor(entry.path, entry.kind, "shared"),
  );
  const others = [...built.filter((entry) => !entry.page), ...untyped];
  writeFileSync(path.join(out, "_headers"), headersFile(others));
  writeFileSync(path.join(out, "_redirects"), redirectsFile(redirects));

  const size = [...new Set([...files, "/404.html"])].reduce(
    (total, file) => total + statSync(path.join(out, file)).size,
    0,
  );
  return (
    `${pages.length} pages with their own policy, ${others.length} other files, ` +
    `${redirects.length} redirects, ${(size / 1e6).toFixed(1)} MB in ${path.relative(root, out)}/`
  );
}

function rule(pattern: string, headers: ResponseHeaders): string {
  return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
    "\n",
  );
}

/** The headers of `headers` that the site-wide rule does not already set to the same value. */
function beyond(siteWide: ResponseHeaders, headers: ResponseHeaders): ResponseHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => siteWide[name] !== value),
  );
}

/**
 * Headers per path pattern. Where two rules match a path, the later one's value of a header
 * wins (Netlify): the site-wide rule holds the headers of a page, and each later rule only the
 * headers whose value differs for its paths.
 */
function headersFile(files: BuiltPath[]): string {
  const siteWide = headersFor("/*", "html", "shared");
  const assets = beyond(siteWide, headersFor(buildAssetPrefix, "asset", "shared"));
  const media = beyond(siteWide, headersFor(mediaPrefix, "media", "shared"));
  return [
    "# Written by lib/build/static-export.ts (npm run build:static): headers for static hosts that",
    "# read _headers. Each page also carries its own Content-Security-Policy <meta> with the",
    "# hashes of its inline scripts; the policy below holds the directives every file shares.",
    rule("/*", siteWide),
    rule(`${buildAssetPrefix}*`, assets),
    rule(`${mediaPrefix}*`, media),
    ...files
      .filter((file) => file.kind !== "media")
      .map((file) => rule(file.path, beyond(siteWide, headersFor(file.path, file.kind, "shared")))),
    "",
  ].join("\n");
}

function redirectsFile(redirects: Redirect[]): string {
  const otherLanguages = publishedLocales.filter((locale) => locale !== defaultLocale);
  return [
    "# Written by lib/build/static-export.ts (npm run build:static): the redirects of the Node server.",
    ...redirects.map(({ from, to, status }) => `${from} ${to} ${status}`),
    // Unknown paths below another language get that language's 404 page (Netlify syntax;
    // existing files are served first).
    ...otherLanguages.map((locale) => `${paths.home(locale)}/* ${paths.notFound(locale)}.html 404`),
    "",
  ].join("\n");
}

/** One rule of a _redirects file: requests for `from` get `to` with `status`. */
export type RedirectRule = { from: string; to: string; status: number };

/**
 * The rules of a _redirects file as `redirectsFile` writes it: one `from to status` a line,
 * blank lines and `#` comments aside. Any other line is an error naming its line.
 */
export function parseRedirectsFile(text: string, file = "_redirects"): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    const fields = line.trim().split(/\s+/);
    const [from = "", to = "", status = ""] = fields;
    if (from === "" || from.startsWith("#")) continue;
    if (fields.length !== 3 || !/^\d{3}$/.test(status)) {
      throw new Error(`${file}:${index + 1}: expected "from to status", got "${line.trim()}"`);
    }
    rules.push({ from, to, status: Number(status) });
  }
  return rules;
}
