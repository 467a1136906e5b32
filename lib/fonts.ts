import localFont from "next/font/local";

// One self-hosted variable family, upright and italic, Latin subset from @fontsource.
export const serif = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
      style: "normal",
      weight: "200 900",
    },
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
      style: "italic",
      weight: "200 900",
    },
  ],
  variable: "--font-source-serif",
  display: "swap",
  // The files hold @fontsource's Latin subset; saying so lets the browser skip them for text
  // they cannot draw (and tells `npm run bench` they are subsets).
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
});
