/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees the other one
 * flash. It is a static string, the same bytes on every page, so a Content-Security-Policy can
 * allow it by its SHA-256 hash. It also marks that JavaScript runs (data-js), which shows the
 * controls that need it. The toggle (components/site/theme-toggle.tsx) writes the same storage key.
 */
export const themeStorageKey = "theme";

export const themeScript = `document.documentElement.dataset.js="";try{var t=localStorage.getItem("${themeStorageKey}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
