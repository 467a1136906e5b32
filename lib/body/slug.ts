import slugify from "@sindresorhus/slugify";

/** Folds text to a lowercase ASCII slug: "Le feedback après un entretien" → "le-feedback-apres-un-entretien". */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false });
}
