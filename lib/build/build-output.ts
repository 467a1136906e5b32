// The one walk of a build's output: every path `next build` wrote (from its prerender manifest)
// and every file of public/, each with its kind. Both hosting writers start from it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { resourceKind, type ResourceKind } from "@/lib/hosting/cache-policy";

export type BuiltPath = {
  /** The site path, e.g. `/fr/blog/un-article` or `/media/a/b.800w.avif`. */
  path: string;
  kind: ResourceKind;
  /** True for prerendered pages, whose HTML carries inline code to hash. */
  page: boolean;
  /**
   * Where it comes from: Next.js's prerender manifest, or public/ (whose pagefind/ belongs to
   * the Node build: the static export writes its own search index into out/).
   */
  from: "next" | "public";
};

export type PrerenderManifest = {
  routes: Record<string, { routeType?: string }>;
  dynamicRoutes: Record<string, { fallback?: string | false | null }>;
};

/** Next.js's own error pages: the site answers unknown paths with its own 404 pages instead. */
export const internalPages = new Set(["/_not-found", "/_global-error"]);

/** The types of built files, from their extension: only what decides their kind. */
const contentTypes: Record<string, string> = {
  ".html": "text/html",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain",
  ".md": "text/markdown",
};

export const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** Every file below `dir`, as site paths (`/a/b.png`), or none when it does not exist. */
export function filesUnder(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}

/** The file of a prerendered page or file, relative to the build's folder of pages. */
export function builtFile({ path: route, page }: BuiltPath): string {
  return page ? `${route === "/" ? "/index" : route}.html` : route;
}

/** Every path of the build in `dist` (.next) and of `root`/public. */
export function readBuildOutput(root: string, dist: string): BuiltPath[] {
  const prerender = readJson<PrerenderManifest>(path.join(dist, "prerender-manifest.json"));
  const built: BuiltPath[] = Object.entries(prerender.routes)
    .filter(([route]) => !internalPages.has(route))
    .map(([route, entry]) =>
      entry.routeType === "page"
        ? { path: route, kind: "html", page: true, from: "next" }
        : { path: route, kind: kindOf(route), page: false, from: "next" },
    );
  const files = filesUnder(path.join(root, "public")).map((file): BuiltPath => {
    return { path: file, kind: kindOf(file), page: false, from: "public" };
  });
  return [...built, ...files];
}

function kindOf(file: string): ResourceKind {
  return resourceKind(file, contentTypes[path.extname(file)] ?? "");
}
