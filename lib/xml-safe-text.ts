// Characters that XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return;
// lone surrogates; U+FFFE and U+FFFF) or that XML and JSON readers are told to refuse (DEL, C1
// controls, the other noncharacters). The content check refuses them in content/; the feeds,
// the sitemap and JSON-LD replace any that slips through, so that one cannot break them.

/** One character that text for XML or JSON must not hold. */
export const forbiddenCharacter =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]|\p{Surrogate}/gu;

/**
 * `text` with each forbidden character replaced by U+FFFD: the reader sees that something was
 * there, and the XML or JSON around it stays well-formed.
 */
export function xmlSafeText(text: string): string {
  return text.replace(forbiddenCharacter, "\uFFFD");
}
