import { readFileSync } from "node:fs";
import { bundledFile } from "./bundled-file";

// Preview images are drawn by next/og (Satori), which reads WOFF but not WOFF2: the static
// Source Serif 4 files from @fontsource, the same family as the site. Satori keeps one font per
// name and weight, so the Latin Extended files have a name of their own: it then falls back to
// them for the letters (ƒ, ĳ, Ḷ…) the Latin files lack.
const file = (name: string) =>
  readFileSync(bundledFile("@fontsource", "source-serif-4", "files", name));

function readFonts() {
  return [
    {
      name: "Source Serif 4",
      data: file("source-serif-4-latin-400-normal.woff"),
      weight: 400 as const,
      style: "normal" as const,
    },
    {
      name: "Source Serif 4 Latin Extended",
      data: file("source-serif-4-latin-ext-400-normal.woff"),
      weight: 400 as const,
      style: "normal" as const,
    },
    {
      name: "Source Serif 4",
      data: file("source-serif-4-latin-700-normal.woff"),
      weight: 700 as const,
      style: "normal" as const,
    },
    {
      name: "Source Serif 4 Latin Extended",
      data: file("source-serif-4-latin-ext-700-normal.woff"),
      weight: 700 as const,
      style: "normal" as const,
    },
  ];
}

let fonts: ReturnType<typeof readFonts> | undefined;

/** The same array every time: Satori keeps the fonts it parsed per array, so each is parsed once. */
export function ogFonts() {
  fonts ??= readFonts();
  return fonts;
}
