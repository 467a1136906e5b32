import type { Metadata } from "next";
import { isPreviewBuild } from "@/lib/content";

// What keeps a preview build (`npm run build:preview`, lib/content/publication.ts) out of
// search engines: every page noindex, and a robots.txt that disallows everything.

/** The metadata every page of a preview build carries; none in any other build. */
export function previewMetadata(): Metadata {
  return isPreviewBuild() ? { robots: { index: false, follow: false } } : {};
}

/** robots.txt of a preview build; undefined in any other build, whose robots.txt is the site's own. */
export function previewRobotsTxt(): string | undefined {
  return isPreviewBuild() ? "User-agent: *\nDisallow: /\n" : undefined;
}
