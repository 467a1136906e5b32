import type { HostingManifest } from "@/lib/hosting/manifest";

/**
 * A hosting manifest of a site with a French and an English 404 page (French by default), one
 * old path /old → /fr (301) and GET and HEAD allowed; `fields` give its headers and routes.
 */
export function hostingManifest(
  fields: Pick<HostingManifest, "headerSets" | "routes" | "defaults" | "onRequest">,
): HostingManifest {
  return {
    buildId: "b",
    ...fields,
    notFoundPages: [
      ["fr", "/fr/404"],
      ["en", "/en/404"],
    ],
    redirects: [{ from: "/old", to: "/fr", status: 301 }],
    methods: { allowed: ["GET", "HEAD"], refusal: { status: 405, headers: {}, body: "" } },
  };
}
