import { readdir } from "node:fs/promises";
import { isLocale, locales } from "@/lib/site";
import type { ContentProblem } from "./problem";

// How content/blog/ is laid out: one folder per article, named by its slug, holding one file
// per language (fr.mdx, en.md…).

export const articleFile = /^([a-z]{2})\.(mdx|md)$/;
const markdownFile = /\.(mdx?|markdown)$/i;
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The article files of a folder; a Markdown file with another name is a mistake, not a note. */
export function articleFiles(names: string[], relativeDir: string, problems: ContentProblem[]): string[] {
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

/** The names in a folder; a missing folder is empty. */
export async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
