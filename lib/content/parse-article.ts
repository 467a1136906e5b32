import readingTime from "reading-time";
import { checkBody, type InternalLink } from "@/lib/body/check-body";
import { typeset } from "@/lib/body/typography";
import { isLocale } from "@/lib/site";
import { articleFile } from "./article-files";
import { splitArticle } from "./frontmatter";
import { imageReferenceProblem, type ContentImage } from "./images";
import type { ContentProblem } from "./problem";
import { schemaProblems } from "./schema-problems";
import { articleFrontmatterSchema, draftMarker, type ArticleFrontmatter } from "./schema";
import { invisibleCharacterMessage } from "./text-damage";
import type { SeriesClaim } from "./series";
import type { Article, Author, Category, Series } from "./types";

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

type ParsedArticle = {
  /** The article, when it has no error. */
  article?: Article;
  state?: ArticleFrontmatter["state"];
  date?: string;
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
    const line = split.body.split("\n").findIndex((text) => text.includes(draftMarker));
    if (line >= 0) {
      fail({ file, line: split.bodyLine + line, column: 1 }, `"${draftMarker}" text from content:new is still here: write it before publishing`);
    }
  }
  for (const field of ["title", "excerpt"] as const) {
    const invisible = invisibleCharacterMessage(data[field]);
    if (invisible) fail(at(field), `${field} ${invisible}`);
  }
  const resolvedAuthors = data.authors.flatMap((id, index) => {
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
  const hero = images.get(data.heroImage);
  const heroProblem = imageReferenceProblem(data.heroImage, images);
  if (heroProblem) fail(at("heroImage"), heroProblem);

  const articleFormat = format === "md" ? "md" : "mdx";
  const body = checkBody({
    file,
    format: articleFormat,
    body: split.body,
    bodyLine: split.bodyLine,
    images,
  });
  problems.push(...body.problems);
  const result = {
    state: data.state,
    date: data.date,
    internalLinks: body.internalLinks,
    seriesClaim,
  };
  const failed = problems.slice(before).some((problem) => problem.severity === "error");
  if (failed || !hero || !isLocale(locale)) return result;

  return {
    ...result,
    article: {
      slug,
      locale,
      file,
      format: articleFormat,
      state: data.state,
      title: typeset(data.title, locale),
      date: data.date,
      excerpt: typeset(data.excerpt, locale),
      authors: resolvedAuthors,
      categories: resolvedCategories,
      hero,
      images,
      body: split.body,
      bodyLine: split.bodyLine,
      readingMinutes: Math.max(1, Math.round(readingTime(split.body, { wordsPerMinute }).minutes)),
      ...(data.series && resolvedSeries
        ? { series: { ...resolvedSeries, part: data.series.part } }
        : {}),
    },
  };
}
