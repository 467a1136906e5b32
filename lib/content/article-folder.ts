import path from "node:path";
import pMap from "p-map";
import { toSlug } from "@/lib/body/slug";
import { parsePath, paths } from "@/lib/routes/paths";
import { defaultLocale } from "@/lib/site";
import { articleFiles, listDir, slugPattern } from "./article-files";
import { readArticleImages } from "./images";
import { parseArticle, type ArticleInput, type ParsedArticle } from "./parse-article";
import type { ContentProblem } from "./problem";
import { readCheckedText } from "./read-text";
import { svgProblems } from "./svg-safety";

// One folder of content/blog/, read and checked on its own: its files, its images and each
// language file parsed. Nothing here spans articles (lib/content/check-content.ts does that),
// so folders can be read in any order, and several at once.

export type FolderContext = Pick<ArticleInput, "authors" | "categories" | "series"> & {
  blogDir: string;
  contentDir: string;
};

/** One article folder: its problems, the files read, and each language file parsed. */
export type ArticleFolder = {
  problems: ContentProblem[];
  files: string[];
  parsed: { file: string; name: string; slug: string; result: ParsedArticle }[];
};

async function readArticleFolder(slug: string, context: FolderContext): Promise<ArticleFolder> {
  const folder: ArticleFolder = { problems: [], files: [], parsed: [] };
  const { problems } = folder;
  const articleDir = path.join(context.blogDir, slug);
  const relativeDir = path.posix.join(context.contentDir, "blog", slug);
  if (!slugPattern.test(slug)) {
    problems.push({
      file: relativeDir,
      severity: "error",
      message: `the folder name is the article's URL: rename it in lowercase ASCII words joined by "-", e.g. "${toSlug(slug)}"`,
    });
    return folder;
  }
  const taken = parsePath(paths.article(defaultLocale, slug))?.kind;
  if (taken !== "article") {
    problems.push({
      file: relativeDir,
      severity: "error",
      message: `the folder name is the article's URL, and /<lang>/blog/${slug} is the site's ${taken ?? "own"} page: rename the folder`,
    });
    return folder;
  }
  const names = articleFiles(await listDir(articleDir), relativeDir, problems);
  if (names.length === 0) {
    problems.push({
      file: relativeDir,
      severity: "error",
      message: "no article here: add fr.mdx (or en.mdx, fr.md…), or remove the folder",
    });
    return folder;
  }
  const { images, unreadable } = await readArticleImages(articleDir, slug);
  for (const image of images.values()) {
    if (image.format === "svg") {
      problems.push(...(await svgProblems(image.source, `${relativeDir}/${image.reference}`)));
    }
  }
  for (const name of unreadable) {
    problems.push({
      file: `${relativeDir}/images/${name}`,
      severity: "error",
      message: "this image cannot be read: export it again as JPEG, PNG, WebP or AVIF",
    });
  }
  const { authors, categories, series } = context;
  for (const name of names) {
    const file = `${relativeDir}/${name}`;
    folder.files.push(file);
    const source = await readCheckedText(path.join(articleDir, name), file, problems);
    const input = { source, file, slug, name, images, authors, categories, series };
    folder.parsed.push({ file, name, slug, result: parseArticle(input, problems) });
  }
  return folder;
}

/**
 * The folders of `slugs`, in that order, read eight at once: one folder's file reads and image
 * sizes (sharp, on libuv's threads) overlap another's parsing.
 */
export function readArticleFolders(
  slugs: string[],
  context: FolderContext,
): Promise<ArticleFolder[]> {
  return pMap(slugs, (slug) => readArticleFolder(slug, context), { concurrency: 8 });
}
