// Writes each published article's Markdown copy (lib/assistants/markdown-copy.ts) to
// public/<lang>/blog/<slug>.md before `next build`: `next start` serves it as a file and a static
// export copies it, so `<article URL>.md` answers in both hosting modes. Generated: git ignores it.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { markdownCopy } from "@/lib/assistants/markdown-copy";
import { getIndexedArticles } from "@/lib/content";
import { publishedLocales } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

const publicDir = path.join(process.cwd(), "public");

async function main() {
  let written = 0;
  for (const locale of publishedLocales) {
    // Copies of removed or unpublished articles must not linger.
    await rm(path.join(publicDir, locale), { recursive: true, force: true });
    for (const article of await getIndexedArticles(locale)) {
      const file = path.join(publicDir, paths.markdownCopy(locale, article.slug));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, markdownCopy(article));
      written++;
    }
  }
  console.log(`markdown copies: ${written} articles → public/<lang>/blog/<slug>.md`);
}

main().catch((error: unknown) => {
  console.error(`markdown copies: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
