// NEXT_OUTPUT picks how the site is hosted:
//   unset        `next start` on a Node server (npm run build, npm start)
//   standalone   the same server, self-contained in .next/standalone for a container image
//   export       static files in out/ (npm run build:static); proxy.ts does not run there, so
//                scripts/finish-export.ts writes its headers and redirects for the host.
const output = process.env.NEXT_OUTPUT || undefined;
if (output && !["standalone", "export"].includes(output)) {
  throw new Error(`NEXT_OUTPUT must be "standalone" or "export", not "${output}"`);
}

// BLOG_PREVIEW=1 (npm run build:preview, lib/content/publication.ts) is a static export, which
// scripts/move-preview.mjs then moves from out/ to out-preview/.
if (process.env.BLOG_PREVIEW === "1" && output !== "export") {
  throw new Error("BLOG_PREVIEW=1 builds a static export: run `npm run build:preview`");
}

import { availableParallelism } from "node:os";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output,
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts redirects /path/ to /path itself, so that the redirect carries the security headers.
  skipTrailingSlashRedirect: true,
  // A standalone build (a container image) needs neither the export nor the tests.
  // Loaded by Node from node_modules, as in the tests and scripts, rather than bundled: the
  // preview image renderer (Satori, with its layout engine in WebAssembly) and the font reader
  // of lib/og/glyph-coverage.ts (opentype.js, whose ES build has other exports than Node's).
  serverExternalPackages: ["opentype.js", "satori"],
  experimental: {
    // Pages are prerendered by this many worker processes. Next's default is one per core but
    // one, for its main process, which only waits while they work: one worker on 2 cores.
    cpus: availableParallelism(),
    // Prefetch inlining renders every page's segments once more, to measure their gzip size
    // and bundle the small ones into one prefetch. Segments are only fetched by next/link,
    // which this site does not use (components/site/internal-link.tsx).
    prefetchInlining: false,
  },
  outputFileTracingExcludes: {
    "*": ["out/**", "out-preview/**", ".catalogue/**", "tests/**", "e2e/**", "test-results/**"],
  },
};

export default nextConfig;
