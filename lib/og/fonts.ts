import { readFileSync } from "node:fs";
import path from "node:path";

// Preview images are drawn by next/og (Satori), which reads WOFF but not WOFF2: the static
// Source Serif 4 files from @fontsource, the same family as the site.
const dir = path.join(process.cwd(), "node_modules", "@fontsource", "source-serif-4", "files");
const file = (name: string) => readFileSync(path.join(dir, name));

function readFonts() {
  return [
    {
      name: "Source Serif 4",
      data: file("source-serif-4-latin-400-normal.woff"),
      weight: 400 as const,
      style: "normal" as const,
    },
    {
      name: "Source Serif 4",
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
      name: "Source Serif 4",
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
