"use client";

import { useEffect, useRef, useState } from "react";
import { enhancedLinks } from "@/lib/enhanced-controls";

type Shown = { src: string; alt: string; caption: string };

/**
 * Opens an article figure's full-size image in a modal <dialog> when its link (see
 * components/mdx/figure.tsx) is clicked or activated with Enter. Escape, the close button or a
 * click outside the image closes it, and focus goes back to the figure. Without JavaScript the
 * link simply opens the image.
 */
export function FigureZoom({ closeLabel }: { closeLabel: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [shown, setShown] = useState<Shown>();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest<HTMLAnchorElement>(enhancedLinks.zoom);
      if (!link) return;
      event.preventDefault();
      opener.current = link;
      setShown({
        src: link.getAttribute("href") ?? link.href,
        alt: link.querySelector("img")?.alt ?? "",
        caption: link.closest("figure")?.querySelector("figcaption")?.textContent ?? "",
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (!shown || dialog.current?.open) return;
    dialog.current?.showModal();
    dialog.current?.querySelector("button")?.focus();
  }, [shown]);

  return (
    <dialog
      ref={dialog}
      aria-label={shown?.caption || shown?.alt || undefined}
      onClose={() => {
        setShown(undefined);
        opener.current?.focus();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="m-auto max-h-[95dvh] max-w-[95vw] bg-transparent p-0 backdrop:bg-black/85"
    >
      {shown ? (
        <figure className="flex flex-col items-center gap-3">
          {/* The original file, at its full size: no responsive variant is larger. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={shown.src}
            alt={shown.alt}
            className="max-h-[85dvh] w-auto max-w-full rounded-md bg-white object-contain"
          />
          {shown.caption ? (
            <figcaption className="rounded-md bg-black px-3 py-1 text-center font-sans text-sm text-white">
              {shown.caption}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <form method="dialog" className="fixed top-3 right-3">
        <button
          type="submit"
          className="inline-flex size-11 items-center justify-center rounded-full bg-black/70 font-sans text-2xl text-white outline-white"
          aria-label={closeLabel}
        >
          ×
        </button>
      </form>
    </dialog>
  );
}
