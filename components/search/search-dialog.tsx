"use client";

import { useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import type { Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/site";
import { SearchPanel } from "./search-panel";

type Props = { locale: Locale; href: string; labels: Dictionary["search"]; className: string };

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The header's search: a link to the search page, which opens a search dialog instead when
 * JavaScript runs; "/" or Ctrl+K (⌘K) open it from anywhere, Escape closes it.
 */
export function SearchDialog({ locale, href, labels, className }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLAnchorElement>(null);
  const [open, setOpen] = useState(false);

  // Opens at once, not on the next render: a quick Escape then Ctrl+K may reach us before the
  // dialog's close event has set `open` back to false, and that state change would be lost.
  const show = useCallback(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    setOpen(true);
    element.querySelector("input")?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === "/" && !typing(event.target) && !event.ctrlKey && !event.metaKey) ||
        (event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey);
      if (!shortcut || dialog.current?.open) return;
      event.preventDefault();
      show();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [show]);

  // The field exists once the panel has rendered.
  useEffect(() => {
    if (open) dialog.current?.querySelector("input")?.focus();
  }, [open]);

  const openFromLink = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    show();
  };

  return (
    <>
      <a
        ref={trigger}
        href={href}
        onClick={openFromLink}
        data-search-link
        aria-keyshortcuts="/ Control+K Meta+K"
        className={className}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 fill-none stroke-current stroke-2 sm:mr-1.5"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-4-4" />
        </svg>
        <span className="sr-only sm:not-sr-only">{labels.open}</span>
        <kbd
          aria-hidden="true"
          className="ml-2 hidden rounded border border-line px-1.5 font-sans text-xs text-muted md:inline"
        >
          /
        </kbd>
      </a>
      <dialog
        ref={dialog}
        aria-label={labels.title}
        onClose={() => {
          // A close event that arrives after a quick reopen is stale.
          if (dialog.current?.open) return;
          setOpen(false);
          trigger.current?.focus();
        }}
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
        onKeyDown={(event) => {
          // In a search field, Escape would only clear the text: it closes the dialog here.
          if (event.key !== "Escape") return;
          event.preventDefault();
          event.currentTarget.close();
        }}
        className="mx-auto mt-[8vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-line bg-paper p-0 text-ink shadow-2xl backdrop:bg-black/50"
      >
        <div className="p-5 sm:p-6">
          <div className="mb-2 flex items-start justify-between gap-4">
            <p className="font-sans text-sm text-muted">{labels.shortcut}</p>
            <form method="dialog">
              <button
                type="submit"
                aria-label={labels.close}
                className="-mt-2 -mr-2 inline-flex size-11 items-center justify-center rounded-md font-sans text-2xl hover:bg-line/60"
              >
                ×
              </button>
            </form>
          </div>
          {open ? <SearchPanel locale={locale} labels={labels} /> : null}
        </div>
      </dialog>
    </>
  );
}
