import { isPreviewBuild } from "@/lib/content";

/**
 * Where a static export is written: out/, or out-preview/ for `npm run build:preview`, so that
 * a preview never replaces the site to publish. next.config.js sets the same folder (distDir).
 */
export function exportDir(): string {
  return isPreviewBuild() ? "out-preview" : "out";
}
