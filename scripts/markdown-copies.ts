// Writes each published article's Markdown copy (lib/assistants/markdown-copy.ts) to
// public/<lang>/blog/<slug>.md before `next build`: `next start` serves it as a file and a static
// export copies it, so `<article URL>.md` answers in both hosting modes. Generated: git ignores it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { markdownCopy } from "@/lib/assistants/markdown-copy";
import { getIndexedArticles } from "@/lib/content";
import { locales, publishedLocales } from "@/lib/site";
import { removeStaleFiles } from "@/lib/stale-files";
import { paths } from "@/lib/routes/paths";

const publicDir = path.join(process.cwd(), "public");

async function main() {
  const written = new Set<string>();
  for (const locale of publishedLocales) {
    for (const article of await getIndexedArticles(locale)) {
      const file = path.join(publicDir, paths.markdownCopy(locale, article.slug));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, markdownCopy(article));
      written.add(file);
    }
  }
  // Copies of removed or unpublished articles must not linger. Only .md files: the preview
  // images beside them are another step's, written at the same time (package.json, build).
  for (const locale of locales) {
    await removeStaleFiles(path.join(publicDir, locale), written, (file) => file.endsWith(".md"));
  }
  console.log(`markdown copies: ${written.size} articles → public/<lang>/blog/<slug>.md`);
}

main().catch((error: unknown) => {
  console.error(`markdown copies: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
