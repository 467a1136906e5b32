// Runs after `NEXT_OUTPUT=export next build` (`npm run build:static`) and turns out/ into a
// site any static host can serve as it is:
// - every page gets its own Content-Security-Policy <meta> with the hashes of its inline scripts
//   (the build fails on an inline script that is not Next.js's own);
// - out/404.html is the site's 404 page in the default language (each language's 404 page
//   stays at /<lang>/404.html, which hosts such as Cloudflare Pages pick for paths below it);
// - out/_headers (security headers, cache policy) and out/_redirects (`/` → default language,
//   content/redirects.yml) for hosts that read them (Netlify, Cloudflare Pages and others);
// - a check that every prerendered path is in out/ and no content source is.
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { getRedirects } from "@/lib/content";
import { cacheControl, resourceKind } from "@/lib/hosting/cache-policy";
import { InlineCodeError, pagePolicy, withMetaPolicy } from "@/lib/hosting/inline-code";
import {
  metaContentSecurityPolicy,
  staticHeaderContentSecurityPolicy,
  staticSecurityHeaders,
} from "@/lib/hosting/security-headers";
import { defaultLocale, publishedLocales } from "@/lib/site";

const root = process.cwd();
const out = path.join(root, "out");
const dist = path.join(root, ".next");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const sitePath = (file: string) => `/${path.relative(out, file).split(path.sep).join("/")}`;

function fail(message: string): never {
  console.error(`build:static: ${message}`);
  process.exit(1);
}

async function main() {
  if (!existsSync(out)) fail("no out/ folder: run `npm run build:static`, not this script alone");

  // Next.js's own error pages: the site's 404 pages replace them.
  for (const name of ["_not-found.html", "_not-found.txt", "_not-found", "_global-error.html"]) {
    rmSync(path.join(out, name), { recursive: true, force: true });
  }

  // Each article's Markdown copy (scripts/markdown-copies.ts) is published on purpose.
  const markdownCopy = /^\/[a-z]{2}\/blog\/[^/]+\.md$/;
  const sources = filesUnder(out).filter(
    (file) => /\.(mdx?|ya?ml)$/i.test(file) && !markdownCopy.test(sitePath(file)),
  );
  if (sources.length > 0)
    fail(`content sources must not be published: ${sources.map(sitePath).join(", ")}`);

  // Every path of the build is a file of the export.
  const prerender = JSON.parse(
    readFileSync(path.join(dist, "prerender-manifest.json"), "utf8"),
  ) as {
    routes: Record<string, { routeType?: string }>;
  };
  const fileRoutes: string[] = [];
  const missing: string[] = [];
  for (const [route, entry] of Object.entries(prerender.routes)) {
    if (route === "/_not-found" || route === "/_global-error") continue;
    const file = entry.routeType === "page" ? `${route === "/" ? "/index" : route}.html` : route;
    if (!existsSync(path.join(out, file))) missing.push(file);
    if (entry.routeType !== "page") fileRoutes.push(route);
  }
  if (missing.length > 0) fail(`missing from out/: ${missing.join(", ")}`);

  // A per-page policy in a <meta> element, as Astro does: the hashes differ on every page.
  const pages = filesUnder(out).filter((file) => file.endsWith(".html"));
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    try {
      const policy = metaContentSecurityPolicy(pagePolicy(html, path.relative(root, file)));
      writeFileSync(file, withMetaPolicy(html, policy));
    } catch (error) {
      if (!(error instanceof InlineCodeError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) fail(new InlineCodeError(problems).message);

  const defaultNotFound = path.join(out, defaultLocale, "404.html");
  if (!existsSync(defaultNotFound))
    fail(`no ${sitePath(defaultNotFound)}: app/[locale]/404 is missing`);
  copyFileSync(defaultNotFound, path.join(out, "404.html"));

  writeFileSync(path.join(out, "_headers"), headersFile(fileRoutes));
  const redirects = await getRedirects();
  writeFileSync(path.join(out, "_redirects"), redirectsFile(redirects));

  const size = filesUnder(out).reduce((total, file) => total + statSync(file).size, 0);
  console.log(
    `build:static: ${pages.length} pages with their own policy, ${fileRoutes.length} other files, ` +
      `${redirects.length + 1} redirects, ${(size / 1e6).toFixed(1)} MB in out/`,
  );
}

/**
 * Headers per path pattern. Where two rules match a path, the later one's value of a header
 * wins (Netlify); the site-wide rule sets no header that a later rule sets again, except
 * Cache-Control, which later rules refine.
 */
function headersFile(fileRoutes: string[]): string {
  const rule = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const extensions: Record<string, string> = {
    ".xml": "application/xml",
    ".json": "application/json",
    ".txt": "text/plain",
    ".md": "text/markdown",
  };
  const files = fileRoutes
    .filter((route) => !route.startsWith("/media/"))
    .map((route) =>
      rule(route, {
        ...exactContentType(route),
        "Cache-Control": cacheControl[resourceKind(route, extensions[path.extname(route)] ?? "")],
      }),
    );
  return [
    "# Written by scripts/finish-export.ts (npm run build:static): headers for static hosts that",
    "# read _headers. Each page also carries its own Content-Security-Policy <meta> with the",
    "# hashes of its inline scripts; the policy below holds the directives every file shares.",
    rule("/*", {
      "Content-Security-Policy": staticHeaderContentSecurityPolicy(),
      ...staticSecurityHeaders,
      "Cache-Control": cacheControl.html,
    }),
    rule("/_next/static/*", { "Cache-Control": cacheControl.asset }),
    rule("/media/*", { "Cache-Control": cacheControl.media }),
    ...files,
    "",
  ].join("\n");
}

/**
 * Files whose type a static host cannot guess from the name: feeds (it would say
 * application/xml or application/json) and preview images (no extension at all).
 */
function exactContentType(route: string): Record<string, string> {
  const types: [RegExp, string][] = [
    [/\/rss\.xml$/, "application/rss+xml; charset=utf-8"],
    [/\/atom\.xml$/, "application/atom+xml; charset=utf-8"],
    [/\/feed\.json$/, "application/feed+json; charset=utf-8"],
    [/\/opengraph-image(-\w+)?$/, "image/png"],
    [/\.md$/, "text/markdown; charset=utf-8"],
    [/\/llms(-full)?\.txt$/, "text/plain; charset=utf-8"],
  ];
  const type = types.find(([pattern]) => pattern.test(route))?.[1];
  return type ? { "Content-Type": type } : {};
}

function redirectsFile(redirects: { from: string; to: string }[]): string {
  const otherLanguages = publishedLocales.filter((locale) => locale !== defaultLocale);
  return [
    "# Written by scripts/finish-export.ts (npm run build:static) from content/redirects.yml.",
    `/ /${defaultLocale} 302`,
    ...redirects.map(({ from, to }) => `${from} ${to} 301`),
    // Unknown paths below another language get that language's 404 page (Netlify syntax;
    // existing files are served first).
    ...otherLanguages.map((locale) => `/${locale}/* /${locale}/404.html 404`),
    "",
  ].join("\n");
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
