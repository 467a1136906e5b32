import type { ComponentProps } from "react";
import { languageLabel } from "@/lib/body/plugins/rehype-highlight-code";

type CodeBlockProps = ComponentProps<"pre"> & {
  "data-language"?: string;
  labels: { copy: string };
};

/**
 * A fenced code block: its language as a label, the highlighted lines (which scroll inside the
 * block, which takes the keyboard's focus for it), and a copy button that
 * components/article/clipboard-actions.tsx makes work; without JavaScript the button is hidden.
 */
export function CodeBlock({ children, labels, ...props }: CodeBlockProps) {
  const language = props["data-language"];
  return (
    <div data-code-block className="my-8">
      <div className="flex min-h-9 items-center justify-between gap-4 rounded-t-md border border-b-0 border-line bg-surface px-4 py-1 font-sans text-xs text-muted">
        <span>{language ? languageLabel(language) : ""}</span>
        <button
          type="button"
          data-copy-code
          data-needs-js
          className="min-h-6 rounded px-2 py-0.5 hover:text-ink data-copied:text-ink data-copied:after:content-['_✓']"
        >
          {labels.copy}
        </button>
      </div>
      <pre {...props} tabIndex={0} className="my-0! rounded-t-none!">
        {children}
      </pre>
    </div>
  );
}
