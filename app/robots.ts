import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/routes/paths";

// Rendered once at build time, so that the static export carries it too.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
