// `npm run build`'s hosting files: .next/hosting-manifest.json with the final headers of every
// path, its redirects and 404 pages, which proxy.ts and scripts/server.mjs look answers up in.
// `next start` 16 serves prerendered pages from its own route cache, so a page's policy travels
// in a header; the built HTML only has its scripts moved after the first paint
// (./scripts-after-paint.ts).
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InlineCodeError, pagePolicy } from "@/lib/hosting/csp-hashes";
import { headersFor, type ResponseHeaders } from "@/lib/hosting/headers";
import type { HostingManifest } from "@/lib/hosting/manifest";
import type { Redirect } from "@/lib/hosting/redirects";
import { allowedMethods, refusalAnswer, refuseMethod } from "@/lib/hosting/request-guard";
import type { PagePolicy } from "@/lib/hosting/security-headers";
import { paths } from "@/lib/routes/paths";
import { defaultLocale, locales } from "@/lib/site";
import {
  builtFile,
  internalPages,
  readJson,
  type BuiltPath,
  type PrerenderManifest,
} from "./build-output";
import { internedList } from "./interned-list";
import { scriptsAfterFirstPaint } from "./scripts-after-paint";
import { writeServerAnswers } from "./server-answers";

type RoutesManifest = { staticRoutes: Route[]; dynamicRoutes: Route[] };
type Route = { page: string; regex: string };

/** Writes .next/hosting-manifest.json (and copies what a standalone build needs); returns a summary. */
export function writeNodeManifest(
  root: string,
  dist: string,
  built: BuiltPath[],
  redirects: Redirect[],
): string {
  const { items: headerSets, indexOf: headerSet } = internedList<ResponseHeaders>();

  const routes: HostingManifest["routes"] = {};
  const problems: string[] = [];
  for (const entry of built) {
    let policy: PagePolicy | undefined;
    if (entry.page) {
      const file = path.relative(root, path.join(dist, "server", "app", builtFile(entry)));
      const asBuilt = readFileSync(file, "utf8");
      const html = scriptsAfterFirstPaint(asBuilt);
      if (html !== asBuilt) writeFileSync(file, html);
      try {
        policy = pagePolicy(html, file);
      } catch (error) {
        if (!(error instanceof InlineCodeError)) throw error;
        problems.push(...error.problems);
      }
    }
    routes[entry.path] = {
      kind: entry.kind,
      headers: headerSet(headersFor(entry.path, entry.kind, policy)),
    };
  }
  if (problems.length > 0) throw new InlineCodeError(problems);

  // Routes that are not (all) prerendered are rendered on request by Next.js, which then knows
  // which paths exist.
  const prerender = readJson<PrerenderManifest>(path.join(dist, "prerender-manifest.json"));
  const routesManifest = readJson<RoutesManifest>(path.join(dist, "routes-manifest.json"));
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
    .filter((locale) => routes[paths.notFound(locale)])
    .map((locale) => [locale, paths.notFound(locale)]);
  if (notFoundPages[0]?.[0] !== defaultLocale) {
    throw new Error(`no prerendered 404 page for ${paths.notFound(defaultLocale)}`);
  }

  const missing = redirects.filter(({ to }) => !routes[to]);
  if (missing.length > 0) {
    throw new Error(
      `content/redirects.yml: redirect target${missing.length === 1 ? "" : "s"} not built: ` +
        missing.map(({ from, to }) => `${from} → ${to}`).join(", "),
    );
  }

  const refused = headersFor("", "refused");
  // Any method outside the rule gets the same answer; TRACE stands for all of them.
  const methodRefusal = refuseMethod("TRACE");
  if (!methodRefusal) throw new Error("lib/hosting/request-guard.ts allows TRACE");
  const manifest: HostingManifest = {
    buildId: readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim(),
    headerSets,
    routes,
    defaults: {
      asset: headerSet(headersFor("", "asset")),
      file: headerSet(headersFor("", "file")),
      html: headerSet(headersFor("", "html")),
      refused: headerSet(refused),
    },
    onRequest,
    notFoundPages,
    redirects,
    methods: { allowed: [...allowedMethods], refusal: refusalAnswer(methodRefusal, refused) },
  };
  writeFileSync(path.join(dist, "hosting-manifest.json"), JSON.stringify(manifest));
  const answered = writeServerAnswers(root, dist, built, manifest);
  copyForStandalone(root, dist);

  const pages = built.filter((entry) => entry.page).length;
  return (
    `${pages} pages hashed, ${built.length} paths, ${redirects.length} redirects → .next/hosting-manifest.json; ` +
    `${answered} answers → .next/server-answers.json`
  );
}

/**
 * A standalone build (NEXT_OUTPUT=standalone) runs from .next/standalone: give it the manifest,
 * the server that stands in front of Next.js, the static files and public/.
 */
function copyForStandalone(root: string, dist: string) {
  const standalone = path.join(dist, "standalone");
  if (!existsSync(path.join(standalone, "server.js"))) return;
  for (const built of ["hosting-manifest.json", "server-answers.json", "precompressed"]) {
    cpSync(path.join(dist, built), path.join(standalone, ".next", built), { recursive: true });
  }
  cpSync(path.join(root, "scripts", "server.mjs"), path.join(standalone, "scripts", "server.mjs"));
  cpSync(path.join(dist, "static"), path.join(standalone, ".next", "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) {
    cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  }
}
