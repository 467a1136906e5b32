import localFont from "next/font/local";

// One self-hosted variable family, upright and italic, Latin subset from @fontsource. next/font
// takes literal arguments only, hence two calls written out. Both faces declare one family,
// "Source Serif", which app/globals.css names first in --font-serif (next/font's variable holds
// a family of its own name, then the metric-matched fallback face), so italic text gets the true
// italic. Only the upright face is preloaded: it draws the first screen, while the italic (50
// KB) would take bandwidth from the hero in the first round trips; it is fetched once italic
// text is laid out. The unicode-range says the files hold @fontsource's Latin subset (the
// browser skips them for other text; `npm run bench` checks it). The fallback face is Times New
// Roman with adjusted metrics, a serif as the font is.
export const serif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  style: "normal",
  weight: "200 900",
  variable: "--font-source-serif",
  display: "swap",
  declarations: [
    { prop: "font-family", value: "Source Serif" },
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
  adjustFontFallback: "Times New Roman",
});

export const serifItalic = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
  style: "italic",
  weight: "200 900",
  // Unused as a value: applying the variable's class keeps this face's @font-face in the CSS.
  variable: "--font-source-serif-italic",
  preload: false,
  display: "swap",
  declarations: [
    { prop: "font-family", value: "Source Serif" },
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
  adjustFontFallback: "Times New Roman",
});
