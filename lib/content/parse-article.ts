import { cachedCheckBody } from "@/lib/body/cached-check";
import type { InternalLink } from "@/lib/body/check-body";
import { toSlug } from "@/lib/body/slug";
import { typeset } from "@/lib/body/typography";
import { discussionProvider } from "@/lib/fediverse/discussion";
import { isLocale } from "@/lib/site";
import { articleFile } from "./article-files";
import { splitArticle } from "./frontmatter";
import { imageReferenceProblem, type ContentImage } from "./images";
import type { ContentProblem } from "./problem";
import { schemaProblems } from "./schema-problems";
import { articleFrontmatterSchema, draftMarker, type ArticleFrontmatter } from "./schema";
import { undrawableMessage } from "@/lib/og/glyph-coverage";
import { invisibleCharacterMessage } from "./text-damage";
import type { SeriesClaim } from "./series";
import type { Article, Author, Category, Series, Tag } from "./types";

/** Adult silent reading speed, as Medium uses it: 1,429 words read in about 5 minutes. */
const wordsPerMinute = 265;
const knownFields = Object.keys(articleFrontmatterSchema.shape);

export type ArticleInput = {
  source: string;
  file: string;
  slug: string;
  name: string;
  images: ReadonlyMap<string, ContentImage>;
  authors: ReadonlyMap<string, Author>;
  categories: ReadonlyMap<string, Category>;
  /** content/series.yml; none when left out. */
  series?: ReadonlyMap<string, Series>;
};

export type ParsedArticle = {
  /** The article, when it has no error. */
  article?: Article;
  state?: ArticleFrontmatter["state"];
  date?: string;
  /** The article's address in its language, when its frontmatter could be read. */
  urlSlug?: string;
  /** Where its `slug` field is written, for a message about a slug used twice. */
  slugAt?: { line: number; column: number };
  /** Its tag ids, even when it has an error: a link to one of them is not also dead. */
  tagIds?: string[];
  internalLinks: InternalLink[];
  /** The series part the frontmatter claims, for the numbering check across files. */
  seriesClaim?: SeriesClaim;
};

/** Checks one article file: frontmatter, references, body. */
export function parseArticle(input: ArticleInput, problems: ContentProblem[]): ParsedArticle {
  const { source, file, slug, name, images, authors, categories, series = new Map() } = input;
  const [, locale = "", format] = articleFile.exec(name) ?? [];
  const split = splitArticle(source, file);
  problems.push(...split.problems);
  if (split.problems.length > 0) return { internalLinks: [] };

  const parsed = articleFrontmatterSchema.safeParse(split.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, split.data, file, split.positionOf, knownFields));
    return { internalLinks: [] };
  }
  const data = parsed.data;
  const before = problems.length;
  const at = (...fieldPath: (string | number)[]) => ({ file, ...split.positionOf(fieldPath) });
  const fail = (position: ReturnType<typeof at>, message: string) =>
    problems.push({ ...position, severity: "error", message });

  if (!isLocale(locale) || data.languages[0] !== locale) {
    fail(
      at("languages"),
      `languages says ${JSON.stringify(data.languages)} but the file is ${name}: make them agree (${name} → ['${locale}'])`,
    );
  }
  if (data.state === "published") {
    if (data.excerpt.includes(draftMarker)) {
      fail(at("excerpt"), `the excerpt is still the "${draftMarker}" text of content:new: write it before publishing`);
    }
    if (data.heroAlt?.includes(draftMarker)) {
      fail(at("heroAlt"), `heroAlt is still the "${draftMarker}" text of content:new: describe the image before publishing`);
    }
    const line = split.body.split("\n").findIndex((text) => text.includes(draftMarker));
    if (line >= 0) {
      fail({ file, line: split.bodyLine + line, column: 1 }, `"${draftMarker}" text from content:new is still here: write it before publishing`);
    }
  }
  for (const field of ["title", "excerpt"] as const) {
    const invisible = invisibleCharacterMessage(data[field]);
    if (invisible) fail(at(field), `${field} ${invisible}`);
  }
  const undrawable = undrawableMessage(data.title);
  if (undrawable) problems.push({ ...at("title"), severity: "warning", message: `title: ${undrawable}` });
  const resolvedAuthors = (data.authors ?? []).flatMap((id, index) => {
    const author = authors.get(id);
    if (!author) {
      fail(
        at("authors", index),
        `unknown author "${id}" (known: ${[...authors.keys()].join(", ") || "none"}): fix the id or add content/authors/${id}.yml`,
      );
    }
    return author ? [author] : [];
  });
  const resolvedCategories = data.categories.flatMap((id, index) => {
    const category = categories.get(id);
    if (!category) {
      fail(
        at("categories", index),
        `unknown category "${id}" (known: ${[...categories.keys()].join(", ") || "none"}): fix the id or add it to content/categories.yml`,
      );
    }
    return category ? [category] : [];
  });
  const resolvedSeries = data.series && series.get(data.series.id);
  if (data.series && !resolvedSeries) {
    fail(
      at("series", "id"),
      `unknown series "${data.series.id}" (known: ${[...series.keys()].join(", ") || "none"}): fix the id or add it to content/series.yml`,
    );
  }
  const seriesClaim =
    data.series && resolvedSeries
      ? { ...data.series, locale, file, ...split.positionOf(["series", "part"]) }
      : undefined;
  const heroReference = data.heroImage.replace(/^\.\//, "");
  const hero = images.get(heroReference);
  const heroProblem = imageReferenceProblem(heroReference, images);
  if (heroProblem) fail(at("heroImage"), heroProblem);
  if (!data.heroAlt?.trim()) {
    problems.push({
      ...at(data.heroAlt === undefined ? "heroImage" : "heroAlt"),
      severity: "warning",
      message: 'the hero image has no alt text: add heroAlt: "what the image shows" (screen readers and search engines read it)',
    });
  }
  if (data.updated !== undefined && data.updated < data.date) {
    fail(at("updated"), `updated (${data.updated}) is before date (${data.date}): an article is revised after it is published`);
  }
  const tags = articleTags(data.tags ?? [], (index, message) => fail(at("tags", index), message));

  const articleFormat = format === "md" ? "md" : "mdx";
  const body = cachedCheckBody({
    file,
    format: articleFormat,
    body: split.body,
    bodyLine: split.bodyLine,
    images,
  });
  problems.push(...body.problems);
  const urlSlug = data.slug ?? slug;
  const result = {
    state: data.state,
    date: data.date,
    urlSlug,
    slugAt: data.slug === undefined ? undefined : split.positionOf(["slug"]),
    tagIds: tags.map((tag) => tag.id),
    internalLinks: body.internalLinks,
    seriesClaim,
  };
  const failed = problems.slice(before).some((problem) => problem.severity === "error");
  if (failed || !hero || !isLocale(locale)) return result;

  return {
    ...result,
    article: {
      slug: urlSlug,
      id: slug,
      locale,
      file,
      format: articleFormat,
      state: data.state,
      title: typeset(data.title, locale),
      date: data.date,
      updated: data.updated,
      excerpt: typeset(data.excerpt, locale),
      authors: resolvedAuthors,
      categories: resolvedCategories,
      tags,
      hero,
      heroAlt: typeset(data.heroAlt?.trim() ?? "", locale),
      images,
      body: split.body,
      bodyLine: split.bodyLine,
      readingMinutes: Math.max(1, Math.round(body.words / wordsPerMinute)),
      ...discussionOf(data.discussion),
      ...(data.series && resolvedSeries
        ? { series: { ...resolvedSeries, part: data.series.part } }
        : {}),
    },
  };
}

/** Tags as written, each with its URL id; a label that folds to no id, or to another's, is refused. */
function articleTags(labels: string[], fail: (index: number, message: string) => void): Tag[] {
  const tags: Tag[] = [];
  labels.forEach((label, index) => {
    const id = toSlug(label);
    const same = tags.find((tag) => tag.id === id);
    if (!id) fail(index, `tag "${label}" has no letter or digit for its address: write it in words`);
    else if (same) fail(index, `tag "${label}" is the same tag as "${same.label}" (both /tags/${id}): keep one`);
    else tags.push({ id, label: label.trim() });
  });
  return tags;
}


function discussionOf(url: string | undefined): Pick<Article, "discussion"> {
  const provider = url === undefined ? undefined : discussionProvider(url);
  return url && provider ? { discussion: { url, provider } } : {};
}
