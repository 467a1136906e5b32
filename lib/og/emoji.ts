import { readFileSync } from "node:fs";
import path from "node:path";
import emojiRegex from "emoji-regex";

export type TitlePart = { text: string } | { emoji: string; src: string };

const twemojiDir = path.join(process.cwd(), "node_modules", "@twemoji", "svg");

/** Twemoji's file name for an emoji: its code points in hex, without U+FE0F unless joined. */
function twemojiName(emoji: string): string {
  const points = [...emoji].map((character) => character.codePointAt(0)?.toString(16) ?? "");
  const joined = points.includes("200d");
  return points.filter((point) => joined || point !== "fe0f").join("-");
}

/**
 * Splits text into plain runs and emoji drawn from the bundled Twemoji set (as data URIs):
 * the preview image renderer would otherwise download emoji from a CDN.
 */
export function splitEmoji(text: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  for (const match of text.matchAll(emojiRegex())) {
    const emoji = match[0];
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const svg = readFileSync(path.join(twemojiDir, `${twemojiName(emoji)}.svg`));
    parts.push({ emoji, src: `data:image/svg+xml;base64,${svg.toString("base64")}` });
    last = match.index + emoji.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
