import type { MetadataRoute } from "next";
import { isPreviewBuild } from "@/lib/content";
import { absoluteUrl } from "@/lib/routes/paths";

// Rendered once at build time, so that the static export carries it too.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  // A preview build is for colleagues only (lib/content/publication.ts).
  if (isPreviewBuild()) return { rules: { userAgent: "*", disallow: "/" } };
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
