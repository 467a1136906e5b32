import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site/site-header";
import type { PageLocation } from "@/lib/page-location";

/** The site header, which knows the page's other languages, then the page's main content. */
export function PageShell({ location, children }: { location: PageLocation; children: ReactNode }) {
  return (
    <>
      <SiteHeader location={location} />
      <main id="main" className="flex-1">
        {children}
      </main>
    </>
  );
}
