// NEXT_OUTPUT picks how the site is hosted:
//   unset        `next start` on a Node server (npm run build, npm start)
//   standalone   the same server, self-contained in .next/standalone for a container image
//   export       static files in out/ (npm run build:static); proxy.ts does not run there, so
//                scripts/finish-export.ts writes its headers and redirects for the host.
const output = process.env.NEXT_OUTPUT || undefined;
if (output && !["standalone", "export"].includes(output)) {
  throw new Error(`NEXT_OUTPUT must be "standalone" or "export", not "${output}"`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output,
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts redirects /path/ to /path itself, so that the redirect carries the security headers.
  skipTrailingSlashRedirect: true,
  // A standalone build (a container image) needs neither the export nor the tests.
  // Loaded by Node as in tests and scripts (its CommonJS build), not bundled from its ES build,
  // whose exports differ: lib/og/glyph-coverage.ts reads the preview fonts with it.
  serverExternalPackages: ["opentype.js"],
  outputFileTracingExcludes: { "*": ["out/**", "tests/**", "e2e/**", "test-results/**"] },
};

export default nextConfig;
