"use client";

import { useEffect, useState } from "react";
import { enhancedLinks } from "@/lib/enhanced-controls";

type Messages = { sectionCopied: string; codeCopied: string };

/**
 * The article's copy actions, with one delegated listener: a click on a section heading's anchor
 * still jumps to it and also copies the section's address; a code block's copy button
 * (components/mdx/code-block.tsx) copies its code. The element clicked gets `data-copied` (a
 * tick) for a moment, and a live region says what was copied. Without JavaScript the anchor is an
 * ordinary link and the copy buttons are hidden.
 */
export function ClipboardActions({ sectionCopied, codeCopied }: Messages) {
  const [status, setStatus] = useState("");

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const copy = (text: string, marked: Element, message: string) => {
      navigator.clipboard
        .writeText(text)
        .then(() => {
          document.querySelector("[data-copied]")?.removeAttribute("data-copied");
          marked.setAttribute("data-copied", "");
          setStatus("");
          requestAnimationFrame(() => setStatus(message));
          clearTimeout(timer);
          timer = setTimeout(() => marked.removeAttribute("data-copied"), 2500);
        })
        .catch(() => undefined);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest("button[data-copy-code]");
      const code = button?.closest("[data-code-block]")?.querySelector("pre");
      if (button && code) return copy(code.textContent ?? "", button, codeCopied);
      const anchor = target?.closest<HTMLAnchorElement>(enhancedLinks.sectionAnchor);
      const heading = anchor?.parentElement;
      if (anchor && heading) copy(anchor.href, heading, sectionCopied);
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(timer);
    };
  }, [sectionCopied, codeCopied]);

  return (
    <p role="status" className="sr-only">
      {status}
    </p>
  );
}
