"use client";

import { useEffect, useState } from "react";

/**
 * A click on a section heading's anchor still jumps to it, and also copies the section's
 * address; the heading's "#" mark turns into a tick and a live region says so. Without
 * JavaScript the anchor is an ordinary link, which the browser's menu can copy.
 */
export function HeadingLinkCopier({ message }: { message: string }) {
  const [status, setStatus] = useState("");

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const anchor = target?.closest<HTMLAnchorElement>(".prose :is(h2, h3, h4) > a[href^='#']");
      const heading = anchor?.parentElement;
      if (!anchor || !heading) return;
      navigator.clipboard
        .writeText(anchor.href)
        .then(() => {
          document.querySelector("[data-copied]")?.removeAttribute("data-copied");
          heading.setAttribute("data-copied", "");
          setStatus("");
          requestAnimationFrame(() => setStatus(message));
          clearTimeout(timer);
          timer = setTimeout(() => heading.removeAttribute("data-copied"), 2500);
        })
        .catch(() => undefined);
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(timer);
    };
  }, [message]);

  return (
    <p role="status" className="sr-only">
      {status}
    </p>
  );
}
