"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/site";
import type { SearchResult } from "./pagefind";

// The search code (and Pagefind's bundle, which it loads) comes with the first query, so that
// pages carry only the field.
const loadSearch = () => import("./pagefind");

type Props = {
  locale: Locale;
  labels: Dictionary["search"];
  /** On the search page, the query comes from and goes to the address (?q=), so it can be shared. */
  syncUrl?: boolean;
};

/** A search field with live results: title, date and the matching words. */
export function SearchPanel({ locale, labels, syncUrl = false }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [results, setResults] = useState<SearchResult[]>();
  const [status, setStatus] = useState("");

  const run = useCallback(
    (query: string) => {
      const ticket = ++latest.current;
      if (syncUrl) {
        const url = new URL(location.href);
        if (query) url.searchParams.set("q", query);
        else url.searchParams.delete("q");
        history.replaceState(history.state, "", url);
      }
      if (!query.trim()) {
        setResults(undefined);
        setStatus("");
        return;
      }
      setStatus(labels.loading);
      loadSearch()
        .then(({ searchArticles }) => searchArticles(query, locale))
        .then(
          (found) => {
            if (ticket !== latest.current || !found) return;
            setResults(found);
            setStatus(
              found.length === 0
                ? labels.noResults
                : found.length === 1
                  ? labels.oneResult
                  : labels.results.replace("{count}", String(found.length)),
            );
          },
          () => ticket === latest.current && setStatus(labels.unavailable),
        );
    },
    [locale, labels, syncUrl],
  );

  useEffect(() => {
    // What the reader typed before the page's scripts ran (a phone may show the field a while
    // before they arrive), else the query of a shared address.
    const typed = input.current?.value;
    const query = typed || (syncUrl ? new URLSearchParams(location.search).get("q") : null);
    if (query && input.current) {
      input.current.value = query;
      run(query);
    }
  }, [syncUrl, run]);

  return (
    <div className="font-sans">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={id} className="block font-semibold">
          {labels.field}
        </label>
        <input
          ref={input}
          id={id}
          type="search"
          name="q"
          onChange={(event) => run(event.target.value)}
          placeholder={labels.placeholder}
          autoComplete="off"
          autoFocus
          className="mt-2 min-h-12 w-full rounded-md border border-muted bg-surface px-4 text-lg text-ink placeholder:text-muted"
        />
      </form>
      <p role="status" className="mt-3 min-h-6 text-sm text-muted">
        {status}
      </p>
      {results && results.length > 0 ? (
        <ol className="mt-2 divide-y divide-line">
          {results.map((result) => (
            <li key={result.url} className="py-4">
              <a
                href={result.url}
                hrefLang={result.locale === locale ? undefined : result.locale}
                className="font-serif text-xl font-semibold underline decoration-accent/50 underline-offset-4 hover:decoration-accent"
              >
                <span lang={result.locale === locale ? undefined : result.locale}>
                  {result.title}
                </span>
              </a>
              {result.date ? <p className="mt-1 text-sm text-muted">{result.date}</p> : null}
              <p className="mt-1 text-[0.95rem] leading-relaxed">
                {result.excerpt.map((part, index) =>
                  part.marked ? (
                    <mark key={index} className="rounded-sm bg-accent/20 text-ink">
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
