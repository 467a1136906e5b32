import type { ReactNode } from "react";
import { useId } from "react";
import type { CalloutType } from "@/lib/body/components";
import { cn } from "@/lib/cn";

const styles: Record<CalloutType, { box: string; icon: ReactNode }> = {
  info: {
    box: "border-sky-700/30 bg-sky-50 dark:bg-sky-950/40",
    icon: <path d="M12 8h.01M11 12h1v5h1M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" />,
  },
  tip: {
    box: "border-emerald-700/30 bg-emerald-50 dark:bg-emerald-950/40",
    icon: (
      <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3Z" />
    ),
  },
  warning: {
    box: "border-amber-700/30 bg-amber-50 dark:bg-amber-950/40",
    icon: (
      <path d="M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
    ),
  },
  danger: {
    box: "border-red-700/30 bg-red-50 dark:bg-red-950/40",
    icon: <path d="M12 8v4M12 16h.01M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2Z" />,
  },
};

type CalloutProps = {
  type?: CalloutType;
  /** The visible label; defaults to the type's name in the page's language. */
  title?: string;
  /** The type names in the page's language, given by the MDX component map. */
  labels: Record<CalloutType, string>;
  children: ReactNode;
};

/** A quiet aside with an icon and a label, named by that label for assistive technology. */
export function Callout({ type = "info", title, labels, children }: CalloutProps) {
  const labelId = useId();
  const style = styles[type] ?? styles.info;
  return (
    <aside
      aria-labelledby={labelId}
      className={cn("not-prose my-8 rounded-lg border px-5 py-4 font-sans text-base", style.box)}
      data-callout={type}
    >
      <p
        id={labelId}
        className="mb-1 flex items-center gap-2 text-sm font-semibold tracking-wide uppercase"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {style.icon}
        </svg>
        {title ?? labels[type]}
      </p>
      <div className="callout-body [&>p]:my-1">{children}</div>
    </aside>
  );
}
