import { InternalLink } from "@/components/site/internal-link";
import type { ComponentProps } from "react";

/** Internal links navigate within the site; external ones leak neither opener nor referrer. */
export function Link({ href = "", children, ...props }: ComponentProps<"a">) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <InternalLink href={href} {...props}>
        {children}
      </InternalLink>
    );
  }
  const external = /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("mailto:");
  return (
    <a href={href} rel={external ? "noopener noreferrer" : undefined} {...props}>
      {children}
    </a>
  );
}
