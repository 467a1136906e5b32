import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isMap, parseDocument, stringify } from "yaml";
import type { ArticleFields } from "./frontmatter";

// Writing into the project's content/: the same input gives the same bytes, and an article
// already there is replaced only when asked.

export type ArticleOutput = {
  /** content/blog/<slug>/<lang>.<ext>, relative to the project. */
  file: string;
  text: string;
  /** Image copies: absolute source → path relative to the project. */
  images: { from: string; to: string }[];
};

export function articleText(fields: ArticleFields, body: string): string {
  return `---\n${yamlText(fields)}---\n${body}`;
}

export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

export type Existing = "absent" | "same" | "different";

/** Whether the article (and its images) is already in the project as it would be written. */
export async function existingArticle(out: string, article: ArticleOutput): Promise<Existing> {
  const dir = path.join(out, path.dirname(article.file));
  const language = path.basename(article.file).replace(/\.mdx?$/, "");
  const names = await readdir(dir).catch(() => [] as string[]);
  const present = names.filter((name) => name === `${language}.md` || name === `${language}.mdx`);
  if (present.length === 0) return "absent";
  if (present.length > 1 || present[0] !== path.basename(article.file)) return "different";
  if ((await readFile(path.join(out, article.file), "utf8")) !== article.text) return "different";
  for (const image of article.images) {
    if (!(await sameBytes(image.from, path.join(out, image.to)))) return "different";
  }
  return "same";
}

export async function writeArticle(out: string, article: ArticleOutput): Promise<void> {
  const target = path.join(out, article.file);
  await mkdir(path.join(path.dirname(target), "images"), { recursive: true });
  const language = path.basename(article.file).replace(/\.mdx?$/, "");
  const other = path.join(
    path.dirname(target),
    `${language}.${article.file.endsWith(".mdx") ? "md" : "mdx"}`,
  );
  await rm(other, { force: true }); // a .md replaced by .mdx (or back) under --force
  await writeFile(target, article.text);
  for (const image of article.images) await copyFile(image.from, path.join(out, image.to));
}

/** Writes a file unless it already holds these bytes; says whether it wrote. */
export async function writeIfChanged(absolute: string, text: string): Promise<boolean> {
  if ((await readFile(absolute, "utf8").catch(() => undefined)) === text) return false;
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFile(absolute, text);
  return true;
}

export async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a), readFile(b).catch(() => undefined)]);
  return right !== undefined && left.equals(right);
}

/**
 * Adds entries to a YAML map file (content/categories.yml, content/redirects.yml), keeping
 * what is there, comments included. Returns the keys added.
 */
export async function addToYamlMap(
  absolute: string,
  entries: [string, unknown][],
  header: string,
): Promise<string[]> {
  const source = await readFile(absolute, "utf8").catch(() => undefined);
  const document = parseDocument(source ?? `${header}\n`, { schema: "core" });
  if (document.errors.length > 0) throw new Error(`${absolute}: ${document.errors[0]?.message}`);
  if (document.contents !== null && !isMap(document.contents)) {
    throw new Error(`${absolute} must be a YAML map (key: value lines)`);
  }
  const added: string[] = [];
  for (const [key, value] of entries) {
    if (document.has(key)) continue;
    document.set(key, document.createNode(value));
    added.push(key);
  }
  if (added.length > 0 || source === undefined) {
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, document.toString({ lineWidth: 0 }));
  }
  return added;
}
