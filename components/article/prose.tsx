import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

type ProseProps = { className?: string } & (
  | { children: ReactNode; html?: never }
  /** A body already rendered to HTML (components/mdx/body-html.ts), set as it is. */
  | { html: string; children?: never }
);

/** The one wrapper that owns article typography; its modifiers are grouped by element. */
export function Prose({ children, html, className }: ProseProps) {
  return (
    <div
      className={cn(
        "prose prose-lg max-w-none text-[1.1875rem] leading-[1.65] md:text-[1.25rem]",
        // headings
        "prose-headings:font-semibold prose-headings:tracking-tight prose-h2:mt-14 prose-h2:text-[1.75rem] prose-h3:text-[1.35rem]",
        // links
        "prose-a:decoration-accent/60 prose-a:decoration-1 prose-a:underline-offset-[0.2em] hover:prose-a:decoration-accent hover:prose-a:decoration-2",
        // rules and lists
        "prose-hr:mx-auto prose-hr:my-14 prose-hr:w-24 prose-li:my-1.5",
        className,
      )}
      {...(html === undefined ? { children } : { dangerouslySetInnerHTML: { __html: html } })}
    />
  );
}
