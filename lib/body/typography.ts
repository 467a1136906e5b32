import type { Locale } from "@/lib/site";

// French typography, applied when French text is shown: the spaces before high punctuation
// become no-break spaces, so that "stage ?" never wraps its "?" onto a line of its own.

const narrow = "\u202F"; // before ; ! ? and inside « »
const noBreak = "\u00A0"; // before :

/** URLs and e-mail addresses are left exactly as written. */
const untouchable = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** An emoticon such as ":p", ";)" or ":-D": its space is the author's, not typography's. */
const emoticon = /^[:;]-?[()[\]pPDdoO3|/\\*]+(?=$|[\s.,!?…])/;

function typesetRun(text: string): string {
  return (
    text
      .replace(/(?<!\.)\.\.\.(?!\.)/g, "…")
      // An ordinary space before ; ! ? or : (one or several, never an existing no-break one).
      .replace(/ +([;!?:])/g, (match, mark: string, offset: number, whole: string) => {
        if (emoticon.test(whole.slice(offset + match.length - 1))) return match;
        return (mark === ":" ? noBreak : narrow) + mark;
      })
      .replace(/« +/g, `«${narrow}`)
      .replace(/ +»/g, `${narrow}»`)
  );
}

export function typesetFrench(text: string): string {
  let result = "";
  let last = 0;
  for (const match of text.matchAll(untouchable)) {
    result += typesetRun(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + typesetRun(text.slice(last));
}

/** Typesets text for its language: French rules for French, English untouched. */
export function typeset(text: string, locale: Locale): string {
  return locale === "fr" ? typesetFrench(text) : text;
}
