import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import readingTime from "reading-time";
import { isLocale, type Locale } from "@/lib/site";
import { toSlug } from "@/lib/slug";
import { typeset } from "@/lib/typography";
import { checkBody } from "./body";
import { splitArticle } from "./frontmatter";
import { readArticleImages, type ContentImage } from "./images";
import type { ContentProblem } from "./problem";
import { schemaProblems } from "./schema-problems";
import {
  articleFrontmatterSchema,
  authorSchema,
  categoriesSchema,
  type ArticleFrontmatter,
  type AuthorData,
} from "./schema";
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
  problems: ContentProblem[];
};

const articleFile = /^([a-z]{2})\.(mdx|md)$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Adult silent reading speed, as Medium uses it: 1,429 words read in about 5 minutes. */
const wordsPerMinute = 265;
const knownFields = Object.keys(articleFrontmatterSchema.shape);

/**
 * Reads and validates everything in a content folder. Problems are collected, not thrown,
 * so that one run reports every mistake.
 */
export async function loadContent(rootDir: string, contentDir = "content"): Promise<Content> {
  const problems: ContentProblem[] = [];
  const categories = await loadCategories(rootDir, contentDir, problems);
  const authors = await loadAuthors(rootDir, contentDir, problems);
  const articles: Article[] = [];

  const blogDir = path.join(rootDir, contentDir, "blog");
  for (const slug of (await listDir(blogDir)).sort()) {
    const articleDir = path.join(blogDir, slug);
    const files = (await listDir(articleDir)).filter((name) => articleFile.test(name));
    const relativeDir = path.posix.join(contentDir, "blog", slug);
    if (!slugPattern.test(slug)) {
      problems.push({
        file: relativeDir,
        severity: "error",
        message: `the folder name is the article's URL: rename it in lowercase ASCII words joined by "-", e.g. "${toSlug(slug)}"`,
      });
      continue;
    }
    if (files.length === 0) {
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
    for (const name of files.sort()) {
      const file = `${relativeDir}/${name}`;
      const source = await readFile(path.join(articleDir, name), "utf8");
      const article = parseArticle({ source, file, slug, name, images, authors, categories }, problems);
      if (article) articles.push(article);
    }
  }

  articles.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return { articles, authors, categories, problems };
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

function parseArticle(input: ArticleInput, problems: ContentProblem[]): Article | undefined {
  const { source, file, slug, name, images, authors, categories } = input;
  const [, locale = "", format] = articleFile.exec(name) ?? [];
  const split = splitArticle(source, file);
  problems.push(...split.problems);
  if (split.problems.length > 0) return undefined;

  const parsed = articleFrontmatterSchema.safeParse(split.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, split.data, file, split.positionOf, knownFields));
    return undefined;
  }
  const data = parsed.data;
  const before = problems.length;
  const at = (...fieldPath: (string | number)[]) => ({ file, ...split.positionOf(fieldPath) });

  if (!isLocale(locale) || data.languages[0] !== locale) {
    problems.push({
      ...at("languages"),
      severity: "error",
      message: `languages says ${JSON.stringify(data.languages)} but the file is ${name}: make them agree (${name} → ['${locale}'])`,
    });
  }
  const resolvedAuthors = data.authors.flatMap((id, index) => {
    const author = authors.get(id);
    if (!author) {
      problems.push({
        ...at("authors", index),
        severity: "error",
        message: `unknown author "${id}" (known: ${[...authors.keys()].join(", ") || "none"}): fix the id or add content/authors/${id}.yml`,
      });
    }
    return author ? [author] : [];
  });
  const resolvedCategories = data.categories.flatMap((id, index) => {
    const category = categories.get(id);
    if (!category) {
      problems.push({
        ...at("categories", index),
        severity: "error",
        message: `unknown category "${id}" (known: ${[...categories.keys()].join(", ") || "none"}): fix the id or add it to content/categories.yml`,
      });
    }
    return category ? [category] : [];
  });
  const hero = images.get(data.heroImage);
  if (!hero) {
    problems.push({
      ...at("heroImage"),
      severity: "error",
      message: missingImageMessage(data.heroImage, images),
    });
  }
  const articleFormat = format === "md" ? "md" : "mdx";
  problems.push(
    ...checkBody({
      file,
      format: articleFormat,
      body: split.body,
      bodyLine: split.bodyLine,
      images,
      missingImageMessage: (reference) => missingImageMessage(reference, images),
    }),
  );
  if (problems.length > before || !hero || !isLocale(locale)) return undefined;

  return {
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
  };
}

/** The message for an image reference that names no file of the article's images/ folder. */
export function missingImageMessage(
  reference: string,
  images: ReadonlyMap<string, ContentImage>,
): string {
  const sameName = [...images.keys()].find(
    (known) => known.toLowerCase() === reference.toLowerCase(),
  );
  if (sameName) return `image "${reference}" not found: the file is named "${sameName}" (letter case matters)`;
  const known = [...images.keys()].join(", ") || "none";
  return `image "${reference}" not found in the article's images/ folder (found: ${known})`;
}

async function loadCategories(rootDir: string, contentDir: string, problems: ContentProblem[]) {
  const file = path.posix.join(contentDir, "categories.yml");
  const categories = new Map<string, Category>();
  const source = await readFile(path.join(rootDir, file), "utf8").catch(() => undefined);
  if (source === undefined) {
    problems.push({ file, severity: "error", message: "missing: list the categories here (id: { fr: …, en: … })" });
    return categories;
  }
  const yaml = parseYaml(source, file);
  problems.push(...yaml.problems);
  const parsed = categoriesSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, ["fr", "en"]));
    return categories;
  }
  for (const [id, labels] of Object.entries(parsed.data)) categories.set(id, { id, labels });
  return categories;
}

async function loadAuthors(rootDir: string, contentDir: string, problems: ContentProblem[]) {
  const authors = new Map<string, Author>();
  const dir = path.posix.join(contentDir, "authors");
  for (const name of (await listDir(path.join(rootDir, dir))).sort()) {
    const file = `${dir}/${name}`;
    const id = name.replace(/\.ya?ml$/, "");
    if (id === name) continue;
    const yaml = parseYaml(await readFile(path.join(rootDir, file), "utf8"), file);
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) continue;
    const parsed = authorSchema.safeParse(yaml.data);
    if (!parsed.success) {
      const fields = Object.keys(authorSchema.shape);
      problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, fields));
      continue;
    }
    authors.set(id, { id, ...parsed.data });
  }
  return authors;
}

async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
