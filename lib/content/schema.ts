import { z } from "zod";
import { discussionError, discussionProvider } from "@/lib/fediverse/discussion";
import {
  blueskyHandle,
  blueskyHandleError,
  mastodonHandle,
  mastodonHandleError,
} from "@/lib/fediverse/handles";
import { locales, type Locale } from "@/lib/site";

// Schemas at the boundary: what an author may write in content/, and the types derived from it.

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase ASCII id such as \"rudy-baer\"");

/** A calendar date written `YYYY-MM-DD`; `2020-13-45` is refused rather than rolled over. */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, e.g. "2020-10-19"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'must be a date written YYYY-MM-DD, e.g. "2020-10-19"',
    abort: true,
  })
  .refine(isRealDate, "is not a real calendar date: check the month (01–12) and the day");

export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** What `npm run content:new` writes where the author's text goes; never published. */
export const draftMarker = "À ÉCRIRE :";

const nonEmptyText = z.string({ error: "must be text" }).trim().min(1, "must not be empty");

export const articleFrontmatterSchema = z.strictObject({
  state: z.enum(["published", "draft"], { error: 'must be "published" or "draft"' }),
  title: nonEmptyText,
  date: isoDate,
  categories: z.array(id, { error: "must be a list of category ids" }).min(1, "must name at least one category"),
  // Where the file is (images/, letter case, other hosts) is checked with the body's images.
  heroImage: z.string({ error: "must be a path such as images/hero.jpg" }),
  languages: z
    .array(z.enum(locales, { error: `must be one of ${locales.join(", ")}` }), {
      error: "must be a list with the article's language",
    })
    .length(1, "must list exactly one language: the one of the file name"),
  excerpt: nonEmptyText,
  // No authors: the studio signs the article (site.name).
  authors: z.array(id, { error: "must be a list of author ids" }).optional(),
  // Fields of real catalogues (issue 13): its own URL in this language, a revision date, tags
  // as written ("Next.js"), and the hero's alt text (the check warns when it is missing).
  slug: z.string({ error: "must be text" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by "-", e.g. "my-article"').optional(),
  updated: isoDate.optional(),
  tags: z.array(nonEmptyText, { error: 'must be a list of labels, e.g. ["Next.js", "CSS"]' }).optional(),
  heroAlt: z.string({ error: "must be text describing the hero image" }).optional(),
  discussion: z
    .string({ error: discussionError })
    .refine((url) => discussionProvider(url) !== undefined, discussionError)
    .optional(),
  series: z
    .strictObject(
      {
        id,
        part: z.int({ error: "must be a whole number, 1 for the first part" }).min(1, "must be 1 or more"),
      },
      { error: "must be { id: <an id of content/series.yml>, part: <1, 2…> }" },
    )
    .optional(),
}, { error: "the frontmatter must be YAML fields such as `title: …`" });
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export const authorSchema = z.strictObject({
  name: nonEmptyText,
  role: nonEmptyText.optional(),
  bio: nonEmptyText.optional(),
  avatar: z.string().regex(/^[^/\\]+\.(?:jpe?g|png|webp|avif)$/i, "must be an image file beside the author's .yml").optional(),
  links: z.array(z.strictObject({ label: nonEmptyText, url })).default([]),
  mastodon: z.string({ error: mastodonHandleError }).regex(mastodonHandle, mastodonHandleError).optional(),
  bluesky: z.string({ error: blueskyHandleError }).regex(blueskyHandle, blueskyHandleError).optional(),
});
export type AuthorData = z.infer<typeof authorSchema>;

const categoryLabels = { fr: nonEmptyText, en: nonEmptyText } satisfies Record<Locale, unknown>;

export const categoriesSchema = z.record(id, z.strictObject(categoryLabels));
/** content/series.yml has the shape of categories.yml: each id with its label in every language. */
export const seriesSchema = categoriesSchema;
