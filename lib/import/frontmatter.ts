import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { isRealDate } from "@/lib/content/schema";
import { damagedText } from "@/lib/content/text-damage";
import { toSlug } from "@/lib/body/slug";
import { parseBody } from "./body";
import { decodeReferences } from "./entities";
import { isRecord } from "./source-file";
import type { Rewrite, SourcePost } from "./types";

// A source post's frontmatter in the blog's fields, in the blog's order. What cannot be mapped
// is a reason to skip the post (with its line); what is derived is logged.

export type ArticleFields = {
  state: "published" | "draft";
  title: string;
  slug?: string;
  date: string;
  updated?: string;
  categories: string[];
  tags?: string[];
  heroImage: string;
  heroAlt?: string;
  languages: string[];
  excerpt: string;
  authors?: string[];
};

export type MappedFields =
  | { fields: ArticleFields; rewrites: Rewrite[]; dropped: string[] }
  | { skip: { line: number; message: string } };

/** Source fields read into the blog's; any other field is reported as not carried over. */
const readKeys = new Set([
  "state",
  "draft",
  "title",
  "slug",
  "date",
  "updatedDate",
  "lastmod",
  "updated",
  "categories",
  "tags",
  "heroImage",
  "thumbnail",
  "languages",
  "excerpt",
  "metaDescription",
  "description",
  "authors",
]);

export function mapFrontmatter(post: SourcePost, folderSlug: string): MappedFields {
  const { data, file } = post;
  const lineOf = (key: string) => post.positionOf([key]).line;
  const skip = (key: string, message: string): MappedFields => ({
    skip: { line: lineOf(key), message },
  });
  const rewrites: Rewrite[] = [];
  /** A text field with its character references decoded, the change logged. */
  const plain = (key: string, value: string) => {
    const decoded = decodeReferences(value);
    if (decoded !== value)
      rewrites.push({ file, line: lineOf(key), kind: "entity", from: value, to: decoded });
    return decoded;
  };

  const title = text(data.title);
  if (!title) return skip("title", "no title: add title: …");
  // A title read in the wrong encoding would also give the post a wrong address.
  const [damaged] = damagedText(title, file);
  if (damaged)
    return skip(
      "title",
      `the title ${damaged.message.replace(/; retype it.*$/, "")}: fix the file's encoding (save it as UTF-8) first`,
    );
  const date = day(data.date);
  if (!date)
    return skip("date", `the date "${String(data.date ?? "")}" is not a calendar date YYYY-MM-DD`);
  const updatedKey = ["updatedDate", "lastmod", "updated"].find((key) => data[key] !== undefined);
  const updated = updatedKey ? day(data[updatedKey]) : undefined;
  if (updatedKey && !updated)
    return skip(
      updatedKey,
      `${updatedKey} "${String(data[updatedKey])}" is not a calendar date YYYY-MM-DD`,
    );
  const categories = list(data.categories)
    .map((id) => toSlug(id))
    .filter(Boolean);
  if (categories.length === 0)
    return skip(
      "categories",
      "no category: the blog files every post under at least one (categories: [id])",
    );
  const tags = list(data.tags);
  const thumbnail = isRecord(data.thumbnail) ? data.thumbnail : undefined;
  const hero = text(data.heroImage) ?? text(thumbnail?.image);
  if (!hero)
    return skip(
      "heroImage",
      "no hero image: add heroImage: images/<file> (or thumbnail: { image, alt })",
    );
  const heroImage = hero.replace(/^\.\//, "");
  if (heroImage !== hero) {
    rewrites.push({
      file,
      line: lineOf(data.heroImage ? "heroImage" : "thumbnail"),
      kind: "image-path",
      from: hero,
      to: heroImage,
    });
  }
  const heroAlt = text(thumbnail?.alt) ?? text(data.heroAlt);
  const authors = list(data.authors).map((id) => toSlug(id));
  const state = data.state === "draft" || data.draft === true ? "draft" : "published";

  const excerpt = chooseExcerpt(post);
  if (!excerpt)
    return skip(
      "title",
      "no excerpt, description or first paragraph to make one from: add excerpt: …",
    );
  if (excerpt.derived) {
    rewrites.push({
      file,
      line: excerpt.line,
      kind: "excerpt-derived",
      from: "(first paragraph)",
      to: excerpt.text,
    });
  }
  const slug = languageSlug(post, folderSlug);

  const fields: ArticleFields = {
    state,
    title: plain("title", title),
    ...(slug !== folderSlug ? { slug } : {}),
    date,
    ...(updated ? { updated } : {}),
    categories,
    ...(tags.length > 0 ? { tags } : {}),
    heroImage,
    ...(heroAlt ? { heroAlt: plain("thumbnail", heroAlt) } : {}),
    languages: [post.locale],
    excerpt: excerpt.derived ? excerpt.text : plain(excerpt.key, excerpt.text),
    ...(authors.length > 0 ? { authors } : {}),
  };
  // The blog keeps one text: the other excerpt-like fields of the source are not carried over.
  const used = excerpt.derived ? undefined : excerpt.key;
  const unused = ["excerpt", "metaDescription", "description"].filter(
    (key) => key !== used && data[key] !== undefined,
  );
  const dropped = [...Object.keys(data).filter((key) => !readKeys.has(key)), ...unused];
  return { fields, rewrites, dropped };
}

/** The post's URL slug in its language: its own slug when the source gives one, else the folder's. */
export function languageSlug(post: SourcePost, folderSlug: string): string {
  return post.oldSlug === post.key ? folderSlug : toSlug(post.oldSlug) || folderSlug;
}

/** Ends like WordPress's automatic excerpts: the first paragraph cut short, then "[…]". */
const truncated = /\[(?:&hellip;|…|\.\.\.)\]\s*$/;
const derivedLength = 200;

/**
 * The excerpt as written; else the meta description; else the first paragraph's text, cut at
 * a word near 200 characters. An automatic excerpt (the first paragraph cut, ending "[…]") is
 * not one.
 */
function chooseExcerpt(
  post: SourcePost,
): { text: string; derived: boolean; line: number; key: string } | undefined {
  const { data } = post;
  const written = text(data.excerpt);
  if (written && !truncated.test(written)) {
    return {
      text: written,
      derived: false,
      line: post.positionOf(["excerpt"]).line,
      key: "excerpt",
    };
  }
  const key = ["metaDescription", "description"].find((name) => text(data[name]));
  const description = key ? text(data[key]) : undefined;
  if (key && description)
    return { text: description, derived: false, line: post.positionOf([key]).line, key };
  const paragraph = parseBody(post.body, post.format).children.find(
    (node): node is Paragraph => node.type === "paragraph" && toString(node).trim() !== "",
  );
  const plain = paragraph ? toString(paragraph).replace(/\s+/g, " ").trim() : "";
  if (!plain) return undefined;
  const line = (paragraph?.position?.start.line ?? 1) + post.bodyLine - 1;
  if (plain.length <= derivedLength) return { text: plain, derived: true, line, key: "excerpt" };
  const cut = plain.slice(0, derivedLength).replace(/\s+\S*$/, "");
  return { text: `${cut}…`, derived: true, line, key: "excerpt" };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function list(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  return Array.isArray(value)
    ? value
        .filter((item): item is string => typeof item === "string" && item.trim() !== "")
        .map((item) => item.trim())
    : [];
}

/** `YYYY-MM-DD` from a date as written (a time after it is dropped: the blog shows days). */
function day(value: unknown): string | undefined {
  const match =
    typeof value === "string"
      ? /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim())
      : null;
  return match?.[1] && isRealDate(match[1]) ? match[1] : undefined;
}
