import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const fixtures = path.join(import.meta.dirname, "fixtures");

/**
 * A throwaway project folder holding a copy of the valid base content, plus `articles`
 * (slug → file text) dropped in as `content/blog/<slug>/fr.mdx` with the base images.
 */
export async function makeContentRoot(articles: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "blog-content-"));
  await cp(path.join(fixtures, "base"), root, { recursive: true });
  for (const [slug, text] of Object.entries(articles)) {
    const dir = path.join(root, "content", "blog", slug);
    await cp(
      path.join(root, "content", "blog", "valid-article", "images"),
      path.join(dir, "images"),
      {
        recursive: true,
      },
    );
    await writeFile(path.join(dir, "fr.mdx"), text);
  }
  return root;
}

export function readInvalidArticle(name: string): Promise<string> {
  return readFile(path.join(fixtures, "invalid-articles", `${name}.mdx`), "utf8");
}
