import iconv from "iconv-lite";
import type { ContentProblem } from "./problem";

// Text damaged on its way here: a file saved in another encoding, or UTF-8 read as
// Windows-1252 once too often ("rÃ©seau", "câ€™est"), or invisible characters pasted in.

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a file's bytes as UTF-8, with a problem at the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problem?: ContentProblem } {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const at = positionIn(text, text.indexOf("\uFFFD"));
    return {
      text,
      problem: {
        file,
        ...at,
        severity: "error",
        message:
          "this file is not UTF-8 (probably Windows-1252 or Latin-1): open it in your editor and save it as UTF-8",
      },
    };
  }
}

// Mojibake shows as runs of non-ASCII characters: UTF-8 bytes read as Windows-1252 (most
// editors on Windows) or Windows-1254 (Turkish systems, seen in old WordPress exports).
const suspectRun = /[^\u0000-\u007f]{2,}/g;
const legacyEncodings = ["win1252", "win1254"] as const;

/** Finds U+FFFD and mojibake anywhere in a text, reported at its file line. */
export function damagedText(text: string, file: string, firstLine = 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (index: number) => {
    const position = positionIn(text, index);
    return { file, line: position.line + firstLine - 1, column: position.column };
  };
  for (const match of text.matchAll(/\uFFFD/g)) {
    problems.push({
      ...at(match.index),
      severity: "error",
      message:
        'replacement character "\uFFFD": a character was lost when this text was converted; retype it',
    });
  }
  // One line per damaged line: a whole file read the wrong way would otherwise bury the rest.
  const damagedLines = new Set<number>();
  for (const match of text.matchAll(suspectRun)) {
    for (const fragment of mojibakeIn(match[0])) {
      const position = at(match.index + fragment.index);
      if (damagedLines.has(position.line)) continue;
      damagedLines.add(position.line);
      problems.push({
        ...position,
        severity: "error",
        message: `"${fragment.damaged}" looks like text decoded with the wrong encoding: it was probably "${fragment.intended}"; retype it, or fix the file's encoding`,
      });
    }
  }
  return problems;
}

/** The parts of a run that, written back as legacy bytes, read as other UTF-8 text. */
function mojibakeIn(run: string): { index: number; damaged: string; intended: string }[] {
  const found: { index: number; damaged: string; intended: string }[] = [];
  let index = 0;
  while (index < run.length - 1) {
    const sequence = sequenceAt(run, index);
    if (sequence) {
      found.push({ index, ...sequence });
      index += sequence.damaged.length;
    } else {
      index += 1;
    }
  }
  return found;
}

/** One UTF-8 sequence of 2 to 4 bytes misread as as many legacy characters, from `index`. */
function sequenceAt(run: string, index: number): { damaged: string; intended: string } | undefined {
  for (const encoding of legacyEncodings) {
    for (const length of [2, 3, 4]) {
      const damaged = run.slice(index, index + length);
      if (damaged.length < length) break;
      const bytes = iconv.encode(damaged, encoding);
      if (bytes.length !== length || iconv.decode(bytes, encoding) !== damaged) break;
      let intended: string;
      try {
        intended = strictUtf8.decode(bytes);
      } catch {
        continue; // not a whole sequence yet: try one more character
      }
      if (isPlausible(intended)) return { damaged, intended };
      break;
    }
  }
  return undefined;
}

/**
 * Whether a decoded character is one an article could hold: accented Latin, Greek, Cyrillic,
 * punctuation, symbols, emoji. This keeps "muß…" (which would decode to an N'Ko digit) valid,
 * and "marché…" before a no-break space (which would decode to the CJK "酠"): the catalogues
 * this blog publishes are in Latin script, where a CJK character read from three Latin ones is
 * a coincidence, not damage.
 */
function isPlausible(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x800) return (code >= 0xa0 && code <= 0x17f) || (code >= 0x370 && code <= 0x4ff);
  return (code >= 0x2000 && code <= 0x2bff) || code >= 0x1f000;
}

const invisibleNames: Record<string, string> = {
  "\u00ad": "SOFT HYPHEN",
  "\u061c": "ARABIC LETTER MARK",
  "\u200b": "ZERO WIDTH SPACE",
  "\u200c": "ZERO WIDTH NON-JOINER",
  "\u200d": "ZERO WIDTH JOINER",
  "\u200e": "LEFT-TO-RIGHT MARK",
  "\u200f": "RIGHT-TO-LEFT MARK",
  "\u202a": "LEFT-TO-RIGHT EMBEDDING",
  "\u202b": "RIGHT-TO-LEFT EMBEDDING",
  "\u202c": "POP DIRECTIONAL FORMATTING",
  "\u202d": "LEFT-TO-RIGHT OVERRIDE",
  "\u202e": "RIGHT-TO-LEFT OVERRIDE",
  "\u2060": "WORD JOINER",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
  "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
};

/**
 * The first bidirectional or invisible control character in a one-line text (a title, an
 * excerpt), as a message; a zero width joiner inside an emoji sequence is part of the emoji.
 */
export function invisibleCharacterMessage(text: string): string | undefined {
  const pattern = /[\p{Cf}\p{Cc}]/gu;
  for (const match of text.matchAll(pattern)) {
    const character = match[0];
    if (character === "\n" || character === "\t") continue;
    if (character === "\u200d" && isInsideEmoji(text, match.index)) continue;
    const code = character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    const name = invisibleNames[character] ?? "control character";
    return `contains an invisible character U+${code} (${name}) after "${text.slice(Math.max(0, match.index - 20), match.index)}": delete it (it can reorder or hide text)`;
  }
  return undefined;
}

function isInsideEmoji(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + 1);
  return /\p{Extended_Pictographic}\uFE0F?$/u.test(before) && /^\p{Extended_Pictographic}/u.test(after);
}

function positionIn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: index - lineStart + 1 };
}
