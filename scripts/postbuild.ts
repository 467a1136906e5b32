// Runs after `next build` (`npm run build`): checks and hashes the inline code of every
// prerendered page, and writes .next/hosting-manifest.json, which proxy.ts reads to give each
// response its Content-Security-Policy, cache policy, redirect or 404 page. `next start` 16
// serves prerendered pages from its own route cache, so the policy travels in a header, and
// the built HTML is left as it is.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getRedirects } from "@/lib/content";
import { resourceKind } from "@/lib/hosting/cache-policy";
import { allowedMethods } from "@/lib/hosting/request-guard";
import { InlineCodeError, pagePolicy } from "@/lib/hosting/inline-code";
import type { HostingManifest } from "@/lib/hosting/route-table";
import { responseHeaders } from "@/lib/hosting/response-headers";
import { defaultLocale, locales } from "@/lib/site";

const root = process.cwd();
const dist = path.join(root, ".next");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

type PrerenderManifest = {
  routes: Record<string, { routeType?: string; initialStatus?: number }>;
  dynamicRoutes: Record<string, { fallback?: string | false | null }>;
};
type RoutesManifest = { staticRoutes: Route[]; dynamicRoutes: Route[] };
type Route = { page: string; regex: string };

/** Next.js's own error pages: the site answers unknown paths with its own 404 pages instead. */
const internalPages = new Set(["/_not-found", "/_global-error"]);

function publicFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? publicFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}

const contentTypes: Record<string, string> = {
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".html": "text/html",
};

async function main() {
  const prerender = readJson<PrerenderManifest>(path.join(dist, "prerender-manifest.json"));
  const routesManifest = readJson<RoutesManifest>(path.join(dist, "routes-manifest.json"));
  const routes: HostingManifest["routes"] = {};
  const problems: string[] = [];

  for (const [route, entry] of Object.entries(prerender.routes)) {
    if (internalPages.has(route)) continue;
    const base = path.join(dist, "server", "app", route === "/" ? "index" : route);
    if (entry.routeType === "page") {
      const file = path.relative(root, `${base}.html`);
      try {
        routes[route] = { kind: "html", policy: pagePolicy(readFileSync(file, "utf8"), file) };
      } catch (error) {
        if (!(error instanceof InlineCodeError)) throw error;
        problems.push(...error.problems);
      }
    } else {
      const meta = readJson<{ headers?: Record<string, string> }>(`${base}.meta`);
      routes[route] = { kind: resourceKind(route, meta.headers?.["content-type"] ?? "") };
    }
  }
  for (const file of publicFiles(path.join(root, "public"))) {
    routes[file] = { kind: resourceKind(file, contentTypes[path.extname(file)] ?? "") };
  }
  if (problems.length > 0) throw new InlineCodeError(problems);

  // Routes that are not (all) prerendered are rendered on request by Next.js, which then knows
  // which paths exist.
  const onRequest = [
    ...routesManifest.staticRoutes.filter(
      ({ page }) => !internalPages.has(page) && !(page in prerender.routes),
    ),
    ...routesManifest.dynamicRoutes.filter(
      ({ page }) => prerender.dynamicRoutes[page]?.fallback !== false,
    ),
  ].map(({ regex }) => regex);

  const notFoundPages: HostingManifest["notFoundPages"] = [defaultLocale, ...locales]
    .filter((locale, index, all) => all.indexOf(locale) === index)
    .filter((locale) => routes[`/${locale}/404`])
    .map((locale) => [locale, `/${locale}/404`]);
  if (notFoundPages[0]?.[0] !== defaultLocale) {
    throw new Error(`postbuild: no prerendered 404 page for /${defaultLocale}/404`);
  }

  const redirects: HostingManifest["redirects"] = [
    // Temporary: `/` may later pick the reader's language.
    { from: "/", to: `/${defaultLocale}`, status: 307 },
    ...(await getRedirects()).map(({ from, to }) => ({ from, to, status: 301 as const })),
  ];
  const missing = redirects.filter(({ to }) => !routes[to]);
  if (missing.length > 0) {
    throw new Error(
      `content/redirects.yml: redirect target${missing.length === 1 ? "" : "s"} not built: ` +
        missing.map(({ from, to }) => `${from} → ${to}`).join(", "),
    );
  }

  const manifest: HostingManifest = {
    buildId: readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim(),
    routes,
    onRequest,
    notFoundPages,
    redirects,
    refusal: { allow: allowedMethods.join(", "), headers: responseHeaders("refused") },
  };
  writeFileSync(path.join(dist, "hosting-manifest.json"), JSON.stringify(manifest));

  // A standalone build (NEXT_OUTPUT=standalone) runs from .next/standalone: give it the
  // manifest, the server that stands in front of Next.js, the static files and public/.
  const standalone = path.join(dist, "standalone");
  if (existsSync(path.join(standalone, "server.js"))) {
    cpSync(
      path.join(dist, "hosting-manifest.json"),
      path.join(standalone, ".next", "hosting-manifest.json"),
    );
    cpSync(
      path.join(root, "scripts", "server.mjs"),
      path.join(standalone, "scripts", "server.mjs"),
    );
    cpSync(path.join(dist, "static"), path.join(standalone, ".next", "static"), {
      recursive: true,
    });
    if (existsSync(path.join(root, "public"))) {
      cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
    }
  }
  const pages = Object.values(routes).filter((route) => route.kind === "html").length;
  console.log(
    `postbuild: ${pages} pages hashed, ${Object.keys(routes).length} paths, ${redirects.length} redirects → .next/hosting-manifest.json`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
