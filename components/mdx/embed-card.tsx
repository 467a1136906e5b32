import type { ReactNode } from "react";

type EmbedCardProps = {
  href: string;
  /** What and where, e.g. "Video on YouTube". */
  kicker: string;
  title: string;
  /** The post's own words, quoted from the source. */
  quote?: ReactNode;
  kind: "video" | "post";
};

/**
 * A video or a post from another site as a link card: nothing is loaded from that site (no
 * iframe, no script, no image), so the page keeps its CSP and its readers' privacy.
 */
export function EmbedCard({ href, kicker, title, quote, kind }: EmbedCardProps) {
  return (
    <div
      data-embed={kind}
      className="not-prose my-8 rounded-lg border border-line bg-surface font-sans"
    >
      {quote ? (
        <blockquote
          cite={href}
          className="border-b border-line px-5 pt-4 pb-3 font-serif text-lg [&>p]:my-1"
        >
          {quote}
        </blockquote>
      ) : null}
      <a
        href={href}
        rel="noopener noreferrer"
        className="group flex items-center gap-4 rounded-lg px-5 py-4 no-underline"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="28"
          height="28"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="shrink-0 text-accent"
        >
          {kind === "video" ? (
            <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM10 8.5v7l5.5-3.5L10 8.5Z" />
          ) : (
            <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
          )}
        </svg>
        <span className="flex min-w-0 flex-col">
          <span className="text-sm text-muted">{kicker}</span>
          <span className="font-semibold text-ink [overflow-wrap:anywhere] group-hover:underline">
            {title}
          </span>
        </span>
      </a>
    </div>
  );
}
