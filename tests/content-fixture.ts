import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const fixtures = path.join(import.meta.dirname, "fixtures");

/**
 * A throwaway project folder holding a copy of the valid base content, plus `articles` dropped
 * in with the base images: a key `<slug>` is written as `content/blog/<slug>/fr.mdx`, a key
 * `<slug>/<file>` as `content/blog/<slug>/<file>`. `files` are written relative to content/.
 */
export async function makeContentRoot(
  articles: Record<string, string | Uint8Array> = {},
  files: Record<string, string> = {},
): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "blog-content-"));
  await cp(path.join(fixtures, "base"), root, { recursive: true });
  for (const [key, text] of Object.entries(articles)) {
    const [slug = key, name = "fr.mdx"] = key.split("/");
    const dir = path.join(root, "content", "blog", slug);
    await cp(
      path.join(root, "content", "blog", "valid-article", "images"),
      path.join(dir, "images"),
      {
        recursive: true,
      },
    );
    await writeFile(path.join(dir, name), text);
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, "content", file)), { recursive: true });
    await writeFile(path.join(root, "content", file), text);
  }
  return root;
}

export function readInvalidArticle(name: string): Promise<string> {
  return readFile(path.join(fixtures, "invalid-articles", `${name}.mdx`), "utf8");
}

/** A fixture file by its path under tests/fixtures/. */
export function readFixture(file: string): Promise<string> {
  return readFile(path.join(fixtures, file), "utf8");
}

/**
 * The problem fixtures predate `heroAlt`, and adding it would move their lines: the warning
 * about a missing one (tested in tests/catalogue-model.test.ts) is left out of their lists.
 */
export function withoutHeroAltWarning<T extends { message: string }>(problems: T[]): T[] {
  return problems.filter(
    (problem) => !problem.message.startsWith("the hero image has no alt text"),
  );
}

/**
 * `count` copies of the base fixture's valid article for a list: keys `<slug>-01`, `<slug>-02`…
 * (for makeContentRoot), titled `<title> 01`… and dated 2022-01-01, 2022-01-02…, each then
 * changed by `edit`.
 */
export async function numberedArticles(
  slug: string,
  title: string,
  count: number,
  edit: (source: string, index: number) => string,
): Promise<Record<string, string>> {
  const valid = await readFixture("base/content/blog/valid-article/fr.mdx");
  const articles: Record<string, string> = {};
  for (let index = 1; index <= count; index++) {
    const day = String(index).padStart(2, "0");
    const source = valid
      .replace("Un article valide", `${title} ${day}`)
      .replace("2021-03-04", `2022-01-${day}`);
    articles[`${slug}-${day}`] = edit(source, index);
  }
  return articles;
}
