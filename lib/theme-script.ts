/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees the other one
 * flash. It is a static string, the same bytes on every page, so a Content-Security-Policy can
 * allow it by its SHA-256 hash. It also marks that JavaScript runs (data-js), which shows the
 * controls that need it.
 *
 * It also switches the theme when the toggle (components/site/theme-toggle.tsx) is tapped: the
 * tap then works from the first paint, before the page's scripts have arrived, and the early taps
 * script (lib/early-taps.ts) does not hold it. A choice that matches the system's is forgotten,
 * so the site follows the system again; any other choice is remembered in localStorage.
 */
export const themeStorageKey = "theme";

/** Dispatched on `window` once the theme has been switched: the toggle then shows the new state. */
export const themeChangeEvent = "themechange";

/** The toggle's attribute, by which this script finds it. */
export const themeToggleAttribute = "data-theme-toggle";

export const themeScript =
  `document.documentElement.dataset.js="";try{var t=localStorage.getItem("${themeStorageKey}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}` +
  `addEventListener("click",function(e){if(!(e.target instanceof Element)||!e.target.closest("[${themeToggleAttribute}]"))return;` +
  `var r=document.documentElement,s=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light",n=(r.dataset.theme||s)==="dark"?"light":"dark";` +
  `try{if(n===s)localStorage.removeItem("${themeStorageKey}");else localStorage.setItem("${themeStorageKey}",n)}catch(e){}` +
  `if(n===s)delete r.dataset.theme;else r.dataset.theme=n;dispatchEvent(new Event("${themeChangeEvent}"))})`;
