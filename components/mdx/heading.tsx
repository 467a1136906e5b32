import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

type HeadingProps = ComponentProps<"h2"> & { as: "h2" | "h3" | "h4" | "h5" | "h6" };

/**
 * A section heading that links to itself: the whole title is the link, so its accessible
 * name stays the title, and the "#" mark is decoration.
 */
export function Heading({ as: Tag, id, children, className, ...props }: HeadingProps) {
  return (
    <Tag id={id} className={cn("group scroll-mt-6", className)} {...props}>
      <a href={`#${id}`} className="no-underline hover:underline">
        {children}
        {/* A pseudo-element: the mark is neither read out nor copied with the title. */}
        <span className="ml-2 font-sans text-[0.75em] text-accent opacity-0 transition-opacity group-focus-within:opacity-100 group-hover:opacity-100 group-data-copied:opacity-100 after:content-['#'] group-data-copied:after:content-['✓']" />
      </a>
    </Tag>
  );
}
