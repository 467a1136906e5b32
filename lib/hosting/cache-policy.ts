// How long browsers and CDNs may keep each kind of response, in both hosting modes.
import { buildAssetPrefix, mediaPrefix } from "@/lib/routes/paths";

export type ResourceKind = "asset" | "html" | "feed" | "media" | "file";

export const cacheControl: Readonly<Record<ResourceKind | "refused", string>> = {
  /** /_next/static: file names carry a content hash, so a new build means new names. */
  asset: "public, max-age=31536000, immutable",
  /** Pages: always revalidated (cheap with ETags), so a rebuild shows at once. */
  html: "public, max-age=0, must-revalidate",
  /** Feeds, sitemap, robots: short-lived, so readers and crawlers see a new article soon. */
  feed: "public, max-age=3600",
  /** Image variants: long-lived; a changed image should get a new file name to show at once. */
  media: "public, max-age=2592000, stale-while-revalidate=86400",
  /** Preview images, icons and other files without a content hash. */
  file: "public, max-age=86400",
  /** Hostile or malformed requests. */
  refused: "no-store",
};

/** The kind of a built file from its path and content type. */
export function resourceKind(path: string, contentType: string): ResourceKind {
  if (path.startsWith(buildAssetPrefix)) return "asset";
  if (path.startsWith(mediaPrefix)) return "media";
  if (/^text\/html\b/.test(contentType)) return "html";
  if (/^(text\/|application\/([a-z.+-]*\+)?(xml|json)\b)/.test(contentType)) return "feed";
  return "file";
}
