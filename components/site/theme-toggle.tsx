"use client";

import { useSyncExternalStore } from "react";
import { themeChangeEvent, themeToggleAttribute } from "@/lib/theme-script";

const darkQuery = "(prefers-color-scheme: dark)";

function isDarkNow(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === "dark" : matchMedia(darkQuery).matches;
}

function subscribe(onChange: () => void) {
  const query = matchMedia(darkQuery);
  query.addEventListener("change", onChange);
  addEventListener(themeChangeEvent, onChange);
  return () => {
    query.removeEventListener("change", onChange);
    removeEventListener(themeChangeEvent, onChange);
  };
}

/**
 * Switches between the light and dark themes. The switch itself is the theme script's
 * (lib/theme-script.ts), which runs before the first paint, so a tap works before this
 * component has hydrated; this component shows the state. The icon comes from CSS (`dark:`),
 * so it is right before this code runs.
 */
export function ThemeToggle({ label, className }: { label: string; className?: string }) {
  // Unknown on the server: aria-pressed is set once the browser knows the theme.
  const dark = useSyncExternalStore(subscribe, isDarkNow, () => undefined);

  return (
    <button
      type="button"
      data-needs-js
      aria-pressed={dark}
      {...{ [themeToggleAttribute]: "" }}
      className={className}
      title={label}
    >
      <span className="sr-only">{label}</span>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 fill-none stroke-current stroke-2"
      >
        {/* A moon in light mode, a sun in dark mode. */}
        <path className="dark:hidden" d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
        <g className="hidden dark:inline">
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </g>
      </svg>
    </button>
  );
}
