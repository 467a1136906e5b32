import type { ReactNode } from "react";

type FigureProps = {
  /** The image, already sized: a responsive <picture> on the site, a plain <img> in feeds. */
  children: ReactNode;
  caption?: ReactNode;
  /** The full-size image, which the figure links to; components/article/figure-zoom.tsx shows it in a dialog. */
  zoom?: { href: string; label: string };
};

/** An article figure, wider than the text on desktop, with its caption. */
export function Figure({ children, caption, zoom }: FigureProps) {
  return (
    <figure className="not-prose my-10 break-inside-avoid md:-mx-16 [&_img]:h-auto [&_img]:w-full [&_img]:rounded-md [&_img]:bg-line">
      {zoom ? (
        <a href={zoom.href} data-zoom className="block cursor-zoom-in rounded-md">
          {children}
          <span className="sr-only"> ({zoom.label})</span>
        </a>
      ) : (
        children
      )}
      {caption ? (
        <figcaption className="mt-3 px-4 text-center font-sans text-sm text-muted md:px-16">
          {caption}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** How wide a figure is displayed: the text column plus its desktop overhang. */
Figure.sizes = "(min-width: 48rem) 50rem, 100vw";
