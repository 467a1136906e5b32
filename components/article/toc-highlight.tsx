"use client";

import { useEffect } from "react";

/**
 * Marks, in the table of contents, the section being read: the last heading that has passed the
 * top third of the screen. Only aria-current and colours change, so nothing shifts.
 */
export function TocHighlight() {
  useEffect(() => {
    const headings = [...document.querySelectorAll<HTMLElement>(".prose :is(h2, h3)[id]")];
    const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]")];
    if (headings.length === 0 || links.length === 0) return;

    const update = () => {
      const line = innerHeight / 3;
      let current: HTMLElement | undefined;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading;
      }
      for (const link of links) {
        if (current && link.hash === `#${current.id}`) link.setAttribute("aria-current", "true");
        else link.removeAttribute("aria-current");
      }
    };
    // Crossing the top third, in either direction, is when the current section changes.
    const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -66% 0px" });
    for (const heading of headings) observer.observe(heading);
    update();
    return () => observer.disconnect();
  }, []);
  return null;
}
