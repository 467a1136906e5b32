import { Children, isValidElement, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/cn";

type HeadingProps = ComponentProps<"h2"> & { as: "h2" | "h3" | "h4" | "h5" | "h6" };

/**
 * A section heading that links to itself: the whole title is the link, so its accessible
 * name stays the title, and the "#" mark is decoration.
 */
export function Heading({ as: Tag, id, children, className, ...props }: HeadingProps) {
  // A title that holds a link cannot be a link: an <a> in an <a> is invalid HTML, which the
  // browser splits (and React's hydration then fails). It keeps its id for the contents.
  if (holdsLink(children)) {
    return (
      <Tag id={id} className={cn("scroll-mt-6", className)} {...props}>
        {children}
      </Tag>
    );
  }
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

/** Whether a link is among `children`, however deep (in an emphasis, say). */
function holdsLink(children: ReactNode): boolean {
  return Children.toArray(children).some(
    (child) =>
      isValidElement<{ href?: unknown; children?: ReactNode }>(child) &&
      (child.props.href !== undefined || holdsLink(child.props.children)),
  );
}
