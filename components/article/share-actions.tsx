"use client";

import { useState, useSyncExternalStore } from "react";

type Props = {
  url: string;
  title: string;
  labels: { copy: string; copied: string; failed: string; native: string };
  className: string;
};

const noChanges = () => () => {};

/**
 * The share buttons that need JavaScript: copy the link, and on phones that have it, the
 * system share sheet (Web Share API). Rendered as list items of ShareLinks' list.
 */
export function ShareActions({ url, title, labels, className }: Props) {
  const [status, setStatus] = useState("");
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === "function" && matchMedia("(pointer: coarse)").matches,
    () => false,
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.failed);
    }
  }

  return (
    <>
      {canShare ? (
        <li>
          <button
            type="button"
            className={className}
            onClick={() => navigator.share({ title, url }).catch(() => undefined)}
          >
            {labels.native}
          </button>
        </li>
      ) : null}
      <li data-needs-js>
        <button type="button" className={className} onClick={copy}>
          {labels.copy}
        </button>
        <span role="status" className="ml-2 text-sm text-muted">
          {status}
        </span>
      </li>
    </>
  );
}
