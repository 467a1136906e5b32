import type { Options as RemarkRehypeOptions } from "remark-rehype";
import { getDictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/site";

/** The id remark-rehype gives the footnotes' heading; every call points at it (aria-describedby). */
export const footnoteLabelId = "footnote-label";

/**
 * The GFM footnotes' words in the article's language: the section's heading, and the label of
 * each "↩" link back to its call (remark-rehype writes English ones otherwise).
 */
export function footnoteOptions(locale: Locale): RemarkRehypeOptions {
  const t = getDictionary(locale).footnotes;
  return {
    footnoteLabel: t.label,
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      t.backLabel(referenceIndex + 1, rereferenceIndex),
  };
}
