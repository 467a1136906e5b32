import { existsSync, readFileSync } from "node:fs";
import emojiRegex from "emoji-regex";
import opentype from "opentype.js";
import { bundledFile } from "./bundled-file";
import { ogFonts } from "./fonts";

// What a preview image can draw: the characters of the bundled fonts (at every weight the card
// uses) and the emoji of the bundled Twemoji set. Anything else would make the renderer look
// for a font or an image on the network: it is replaced by a deliberate fallback, and
// `npm run content:check` warns about it. The renderer and the check both use previewParts().

export type PreviewPart = { text: string } | { emoji: string; src: string };

/** What the preview shows in place of a run of characters it cannot draw. */
export const undrawableFallback = "…";

/** Twemoji's file name for an emoji: its code points in hex, without U+FE0F unless joined. */
function twemojiName(emoji: string): string {
  const points = [...emoji].map((character) => character.codePointAt(0)?.toString(16) ?? "");
  const joined = points.includes("200d");
  return points.filter((point) => joined || point !== "fe0f").join("-");
}

let drawnCodePoints: Set<number> | undefined;

/** Code points that every weight of the bundled fonts has a glyph for. */
function fontCodePoints(): Set<number> {
  if (drawnCodePoints) return drawnCodePoints;
  const byWeight = new Map<number, Set<number>>();
  for (const font of ogFonts()) {
    const data = font.data;
    const parsed = opentype.parse(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    );
    const points = byWeight.get(font.weight) ?? new Set<number>();
    for (const code of Object.keys(parsed.tables.cmap?.glyphIndexMap ?? {}))
      points.add(Number(code));
    byWeight.set(font.weight, points);
  }
  const [first = new Set<number>(), ...others] = byWeight.values();
  drawnCodePoints = new Set([...first].filter((code) => others.every((set) => set.has(code))));
  return drawnCodePoints;
}

/**
 * The French narrow no-break space is not in the fonts: the plain no-break space looks the
 * same at preview size. Line breaks and tabs are spaces in a one-line preview.
 */
const substitutes: Record<string, string> = { "\u202F": "\u00A0", "\n": " ", "\t": " ", "\r": " " };

/**
 * `text` as the preview image draws it: plain runs in the bundled fonts, emoji as bundled
 * Twemoji images (data URIs), and `undrawableFallback` for each run of anything else, which
 * `undrawable` lists.
 */
export function previewParts(text: string): { parts: PreviewPart[]; undrawable: string[] } {
  const parts: PreviewPart[] = [];
  const undrawable: string[] = [];
  const fonts = fontCodePoints();
  let plain = "";
  let inFallback = false;
  const missing = (characters: string) => {
    undrawable.push(characters);
    if (!inFallback) plain += undrawableFallback;
    inFallback = true;
  };
  const addText = (run: string) => {
    for (const written of run) {
      // Invisible format characters draw nothing; the check refuses those that matter.
      if (/[\p{Cf}\p{Variation_Selector}]/u.test(written)) continue;
      const character = substitutes[written] ?? written;
      if (!fonts.has(character.codePointAt(0) ?? 0)) {
        missing(written);
        continue;
      }
      plain += character;
      inFallback = false;
    }
  };
  let last = 0;
  for (const match of text.matchAll(emojiRegex())) {
    addText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const file = bundledFile("@twemoji", "svg", `${twemojiName(match[0])}.svg`);
    if (!existsSync(file)) {
      missing(match[0]);
      continue;
    }
    if (plain) parts.push({ text: plain });
    plain = "";
    inFallback = false;
    const svg = readFileSync(file).toString("base64");
    parts.push({ emoji: match[0], src: `data:image/svg+xml;base64,${svg}` });
  }
  addText(text.slice(last));
  if (plain) parts.push({ text: plain });
  return { parts, undrawable };
}

/** A content:check warning for text the preview image cannot draw in full, or undefined. */
export function undrawableMessage(text: string): string | undefined {
  const { undrawable } = previewParts(text);
  if (undrawable.length === 0) return undefined;
  const shown = [...new Set(undrawable)].map((characters) => {
    const codes = [...characters].map(
      (c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`,
    );
    return `"${characters}" (${codes.join(" ")})`;
  });
  return `the preview image for social networks cannot draw ${shown.slice(0, 5).join(", ")}${shown.length > 5 ? ` and ${shown.length - 5} more` : ""}: no bundled font or emoji has it, so the preview shows "${undrawableFallback}" instead; the page itself shows the text as written`;
}
