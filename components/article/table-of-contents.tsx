import type { OutlineHeading } from "@/lib/body/plugins/rehype-collect-headings";
import { cn } from "@/lib/cn";
import { TocHighlight } from "./toc-highlight";

type Props = { headings: OutlineHeading[]; title: string };

/**
 * The article's sections, as plain links to the heading anchors: a collapsible <details> above
 * the text on phones and tablets, a sticky column beside it on wide screens. Only one of the two
 * is displayed at a time, so assistive technologies meet a single list. Works without
 * JavaScript; TocHighlight only marks the section being read.
 */
export function TableOfContents({ headings, title }: Props) {
  if (headings.length < 2) return null;
  const list = (
    <ol className="space-y-0.5 font-sans text-[0.95rem] leading-snug">
      {headings.map((heading) => (
        <li key={heading.id}>
          <a
            href={`#${heading.id}`}
            data-toc-link
            className={cn(
              "block min-h-6 border-l-2 border-transparent py-1.5 pr-2 text-muted hover:text-ink",
              "aria-[current=true]:border-accent aria-[current=true]:text-ink",
              heading.level === 3 ? "pl-7" : "pl-3",
            )}
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <>
      <nav aria-label={title} data-print="hide" data-pagefind-ignore className="mb-10 xl:hidden">
        <details className="rounded-lg border border-line bg-surface">
          <summary className="flex min-h-11 cursor-pointer items-center rounded-lg px-4 font-sans font-semibold">
            {title}
          </summary>
          <div className="border-t border-line px-2 py-3">{list}</div>
        </details>
      </nav>
      <nav
        aria-label={title}
        data-print="hide"
        data-pagefind-ignore
        className="sticky top-8 col-start-1 row-start-1 hidden max-h-[calc(100dvh-4rem)] self-start overflow-y-auto pr-20 xl:block"
      >
        <p className="mb-3 pl-3 font-sans text-sm font-semibold tracking-wide text-muted uppercase">
          {title}
        </p>
        {list}
      </nav>
      <TocHighlight />
    </>
  );
}
