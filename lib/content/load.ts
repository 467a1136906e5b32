import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import readingTime from "reading-time";
import { isLocale, locales, type Locale } from "@/lib/site";
import { toSlug } from "@/lib/slug";
import { isoToday } from "@/lib/format-date";
import { undrawableMessage } from "@/lib/og/glyph-coverage";
import { typeset } from "@/lib/typography";
import { checkBody, type InternalLink } from "./body";
import { forbiddenCharacters } from "./forbidden-characters";
import { splitArticle } from "./frontmatter";
import { imageReferenceProblem, readArticleImages, type ContentImage } from "./images";
import type { ContentProblem } from "./problem";
import { readRedirects, type Redirect } from "./redirects";
import { schemaProblems } from "./schema-problems";
import {
  articleFrontmatterSchema,
  authorSchema,
  draftMarker,
  categoriesSchema,
  type ArticleFrontmatter,
  type AuthorData,
} from "./schema";
import { deadPathReason, type PageState, type SiteIndex } from "./site-paths";
import { damagedText, decodeUtf8, invisibleCharacterMessage } from "./text-damage";
import { parseYaml } from "./yaml-document";

export type Author = AuthorData & { id: string };
export type Category = { id: string; labels: Record<Locale, string> };

export type Article = {
  slug: string;
  locale: Locale;
  /** Path relative to the project root, for messages. */
  file: string;
  format: "mdx" | "md";
  state: ArticleFrontmatter["state"];
  /** Title and excerpt are typeset for their language (French no-break spaces). */
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  excerpt: string;
  authors: Author[];
  categories: Category[];
  hero: ContentImage;
  /** The article's images by the path authors write (`images/<file>`). */
  images: ReadonlyMap<string, ContentImage>;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  readingMinutes: number;
};

export type Content = {
  articles: Article[];
  authors: Map<string, Author>;
  categories: Map<string, Category>;
  redirects: Redirect[];
  /** Every file of content/ that was read and checked, relative to the project root. */
  files: string[];
  problems: ContentProblem[];
};

const articleFile = /^([a-z]{2})\.(mdx|md)$/;
const markdownFile = /\.(mdx?|markdown)$/i;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Adult silent reading speed, as Medium uses it: 1,429 words read in about 5 minutes. */
const wordsPerMinute = 265;
const knownFields = Object.keys(articleFrontmatterSchema.shape);

/**
 * Reads and validates everything in a content folder. Problems are collected, not thrown,
 * so that one run reports every mistake. `npm run content:check` and the build both use it.
 */
export async function loadContent(rootDir: string, contentDir = "content"): Promise<Content> {
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const readText = (absolute: string, file: string) => {
    files.push(file);
    return readCheckedText(absolute, file, problems);
  };
  const categories = await loadCategories(rootDir, contentDir, problems, readText);
  const authors = await loadAuthors(rootDir, contentDir, problems, readText);
  const articles: Article[] = [];
  // Every article file found, valid or not, so that a link to it is not also reported as dead.
  const pages = new Map<string, PageState>();
  const links: (InternalLink & { file: string; fromPublished: boolean })[] = [];

  const blogDir = path.join(rootDir, contentDir, "blog");
  for (const slug of (await listDir(blogDir)).sort()) {
    if (slug.startsWith(".")) continue;
    const articleDir = path.join(blogDir, slug);
    const relativeDir = path.posix.join(contentDir, "blog", slug);
    if (!slugPattern.test(slug)) {
      problems.push({
        file: relativeDir,
        severity: "error",
        message: `the folder name is the article's URL: rename it in lowercase ASCII words joined by "-", e.g. "${toSlug(slug)}"`,
      });
      continue;
    }
    const names = articleFiles(await listDir(articleDir), relativeDir, problems);
    if (names.length === 0) {
      problems.push({
        file: relativeDir,
        severity: "error",
        message: "no article here: add fr.mdx (or en.mdx, fr.md…), or remove the folder",
      });
      continue;
    }
    const { images, unreadable } = await readArticleImages(articleDir, slug);
    for (const name of unreadable) {
      problems.push({
        file: `${relativeDir}/images/${name}`,
        severity: "error",
        message: "this image cannot be read: export it again as JPEG, PNG, WebP or AVIF",
      });
    }
    for (const name of names) {
      const file = `${relativeDir}/${name}`;
      const source = await readText(path.join(articleDir, name), file);
      const input = { source, file, slug, name, images, authors, categories };
      const result = parseArticle(input, problems);
      const state = pageState(result.state, result.date);
      pages.set(`${name.slice(0, 2)}/${slug}`, state);
      for (const link of result.internalLinks) {
        links.push({ ...link, file, fromPublished: state === "published" });
      }
      if (result.article) articles.push(result.article);
    }
  }

  const site: SiteIndex = {
    articles: pages,
    categories: new Set(categories.keys()),
    authors: new Set(authors.keys()),
  };
  for (const { file, line, column, href, fromPublished } of links) {
    const reason = deadPathReason(href, site, fromPublished);
    if (reason) problems.push({ file, line, column, severity: "error", message: reason });
  }
  const redirects = await checkedRedirects(rootDir, contentDir, site, problems);
  if (redirects.checked) files.push(redirects.checked);

  // An article with any error (a dead link, damaged text…) is never handed to the pages.
  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.file));
  const valid = articles.filter((article) => !failed.has(article.file));
  valid.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return {
    articles: valid,
    authors,
    categories,
    redirects: redirects.redirects,
    files,
    problems: sortProblems(problems),
  };
}

/** A future-dated article is not on the site before its day, like a draft. */
function pageState(state: string | undefined, date: string | undefined): PageState {
  if (state === "draft") return "draft";
  return date !== undefined && date > isoToday() ? "scheduled" : "published";
}

/** The article files of a folder; a Markdown file with another name is a mistake, not a note. */
function articleFiles(names: string[], relativeDir: string, problems: ContentProblem[]): string[] {
  const files: string[] = [];
  const seen = new Map<string, string>();
  for (const name of names.sort()) {
    const match = articleFile.exec(name);
    const fail = (message: string) =>
      problems.push({ file: `${relativeDir}/${name}`, severity: "error", message });
    if (!match) {
      if (markdownFile.test(name) && !name.startsWith(".")) {
        const expected = locales.map((locale) => `${locale}.mdx`).join(" or ");
        fail(`"${name}" is not an article file name: name it after its language, ${expected} (or .md)`);
      }
      continue;
    }
    const [, locale = ""] = match;
    const other = seen.get(locale);
    if (!isLocale(locale)) {
      fail(`"${locale}" is not a language of the site (${locales.join(", ")}): rename the file`);
    } else if (other) {
      fail(`${other} and ${name} are the same article in the same language: keep one`);
    } else {
      seen.set(locale, name);
      files.push(name);
    }
  }
  return files;
}

/** Reads a content file as UTF-8 and reports damaged text anywhere in it. */
async function readCheckedText(absolute: string, file: string, problems: ContentProblem[]) {
  const { text, problem } = decodeUtf8(await readFile(absolute), file);
  if (problem) problems.push(problem);
  else problems.push(...damagedText(text.replace(/^\uFEFF/, ""), file));
  if (!problem) problems.push(...forbiddenCharacters(text, file));
  return text;
}

type ArticleInput = {
  source: string;
  file: string;
  slug: string;
  name: string;
  images: ReadonlyMap<string, ContentImage>;
  authors: ReadonlyMap<string, Author>;
  categories: ReadonlyMap<string, Category>;
};

type ParsedArticle = {
  /** The article, when it has no error. */
  article?: Article;
  state?: ArticleFrontmatter["state"];
  date?: string;
  internalLinks: InternalLink[];
};

function parseArticle(input: ArticleInput, problems: ContentProblem[]): ParsedArticle {
  const { source, file, slug, name, images, authors, categories } = input;
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
  const undrawable = undrawableMessage(data.title);
  if (undrawable) problems.push({ ...at("title"), severity: "warning", message: `title: ${undrawable}` });
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
  const result = { state: data.state, date: data.date, internalLinks: body.internalLinks };
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
    },
  };
}

async function checkedRedirects(
  rootDir: string,
  contentDir: string,
  site: SiteIndex,
  problems: ContentProblem[],
): Promise<{ redirects: Redirect[]; checked?: string }> {
  const redirects: Redirect[] = [];
  const written = await readRedirects(rootDir, contentDir, problems);
  for (const { from, to, ...at } of written.redirects) {
    const reason = deadPathReason(to, site, true);
    if (reason) {
      problems.push({ ...at, severity: "error", message: `redirect to a missing page: ${reason}` });
    } else if (deadPathReason(from, site, true) === undefined) {
      problems.push({
        ...at,
        severity: "error",
        message: `"${from}" is a page of the site: redirecting it would hide the page; remove this line`,
      });
    } else {
      redirects.push({ from, to });
    }
  }
  return { redirects, checked: written.file };
}

type ReadText = (absolute: string, file: string) => Promise<string>;

async function loadCategories(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
  readText: ReadText,
) {
  const file = path.posix.join(contentDir, "categories.yml");
  const categories = new Map<string, Category>();
  const absolute = path.join(rootDir, file);
  if (!(await listDir(path.dirname(absolute))).includes("categories.yml")) {
    problems.push({
      file,
      severity: "error",
      message: "missing: list the categories here (id: { fr: …, en: … })",
    });
    return categories;
  }
  const yaml = parseYaml(await readText(absolute, file), file);
  problems.push(...yaml.problems);
  const parsed = categoriesSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, ["fr", "en"]));
    return categories;
  }
  for (const [id, labels] of Object.entries(parsed.data)) {
    for (const [locale, label] of Object.entries(labels)) {
      const invisible = invisibleCharacterMessage(label);
      if (invisible) {
        const position = yaml.positionOf([id, locale]);
        problems.push({ file, ...position, severity: "error", message: `label ${invisible}` });
      }
      // The preview upper-cases labels (components/og-card.tsx).
      const undrawable = undrawableMessage(label.toUpperCase());
      if (undrawable) {
        const position = yaml.positionOf([id, locale]);
        problems.push({ file, ...position, severity: "warning", message: `label: ${undrawable}` });
      }
    }
    categories.set(id, { id, labels });
  }
  return categories;
}

async function loadAuthors(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
  readText: ReadText,
) {
  const authors = new Map<string, Author>();
  const dir = path.posix.join(contentDir, "authors");
  for (const name of (await listDir(path.join(rootDir, dir))).sort()) {
    const file = `${dir}/${name}`;
    const id = name.replace(/\.ya?ml$/, "");
    if (id === name) continue;
    const yaml = parseYaml(await readText(path.join(rootDir, file), file), file);
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) continue;
    const parsed = authorSchema.safeParse(yaml.data);
    if (!parsed.success) {
      const fields = Object.keys(authorSchema.shape);
      problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, fields));
      continue;
    }
    const invisible = invisibleCharacterMessage(parsed.data.name);
    if (invisible) {
      const position = yaml.positionOf(["name"]);
      problems.push({ file, ...position, severity: "error", message: `name ${invisible}` });
    }
    const undrawable = undrawableMessage(parsed.data.name);
    if (undrawable) {
      const position = yaml.positionOf(["name"]);
      problems.push({ file, ...position, severity: "warning", message: `name: ${undrawable}` });
    }
    authors.set(id, { id, ...parsed.data });
  }
  return authors;
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.file.localeCompare(b.problem.file) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
