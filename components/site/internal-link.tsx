import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to a page of the site: client-side navigation, without prefetching. Next.js prefetches
 * the payload of every link in view once the page is idle (ten requests on an article), work
 * and bytes that most readers never use; the prerendered pages answer fast on click anyway.
 */
export function InternalLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
