import { previewRobotsTxt } from "@/lib/preview";
import { site } from "@/lib/site";
import { absoluteUrl } from "@/lib/routes/paths";

/**
 * robots.txt: every crawler may read everything, the Content-Signal line (contentsignals.org)
 * says what the site lets them do with it, and the sitemap lists the pages.
 */
export function robotsTxt(): string {
  // A preview build is for colleagues, never for crawlers.
  const preview = previewRobotsTxt();
  if (preview) return preview;
  const signal = Object.entries(site.contentSignal)
    .map(([use, allowed]) => `${use}=${allowed ? "yes" : "no"}`)
    .join(", ");
  return [
    "User-agent: *",
    `Content-Signal: ${signal}`,
    "Allow: /",
    "",
    `Sitemap: ${absoluteUrl("/sitemap.xml")}`,
    "",
  ].join("\n");
}
