import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";

/**
 * The first article as its author wrote it, recovered from the damaged seed independently of
 * the committed .mdx: the seed is UTF-8 that was read as Windows-1254 and saved again.
 */
export function repairedSeed(): string {
  const damaged = readFileSync(
    path.join(import.meta.dirname, "../tests/fixtures/seed/000_9189d0184bc47463.txt"),
    "utf8",
  );
  const bytes = iconv.encode(damaged, "win1254");
  // U+201D is E2 80 9D; Windows-1254 has no character for 0x9D, so that byte was lost.
  const restored: number[] = [];
  bytes.forEach((byte, index) => {
    restored.push(byte);
    const next = bytes[index + 1];
    if (
      byte === 0x80 &&
      bytes[index - 1] === 0xe2 &&
      (next === undefined || next < 0x80 || next > 0xbf)
    ) {
      restored.push(0x9d);
    }
  });
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(restored));
}

/** The seed's body, without its frontmatter. */
export function seedBody(): string {
  return repairedSeed().split(/^---$/m).slice(2).join("---");
}

// `[text](url)`, or the seed's malformed `[text](<url)>)`, whose stray `)` is not part of the URL.
const link = /(?<!!)\[([^\]]+)\]\((?:<([^>]+?)\)?>|([^)\s<]+))\)/g;

/** Markdown links of the seed, with the malformed `(<url)>)` one read as its author meant. */
export function seedLinks(): { text: string; href: string }[] {
  return [...seedBody().matchAll(/(?<!!)\[([^\]]+)\]\(<?([^)>\s]+)\)?>?\)/g)].map(
    ([, text = "", href = ""]) => ({
      text: plainText(text),
      href,
    }),
  );
}

/** The seed's paragraphs, headings and list items as a reader sees them (no Markdown marks). */
export function seedBlocks(): string[] {
  return seedBody()
    .split(/\n\s*\n|\n(?=- )/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && block !== "---" && !block.startsWith("!["))
    .map(plainText);
}

export function plainText(markdown: string): string {
  return markdown
    .replace(/^#+\s+|^-\s+/gm, "")
    .replace(link, "$1")
    .replace(/\*\*|__?(?=\S)|(?<=\S)_/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
