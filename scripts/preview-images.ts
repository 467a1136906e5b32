// `npm run preview-images`: writes each article's preview image for social networks to
// public/<lang>/blog/<slug>/opengraph-image (lib/og/preview-files.ts), and deletes those of
// removed articles.
import path from "node:path";
import { createElement } from "react";
import { ArticlePreviewCard } from "@/components/site/article-preview-card";
import { writeArticlePreviews } from "@/lib/og/preview-files";

async function main() {
  const started = performance.now();
  const { files, written } = await writeArticlePreviews(
    path.join(process.cwd(), "public"),
    (article) => createElement(ArticlePreviewCard, { article }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `preview images: ${files} articles (${written} written) → public/<lang>/blog/<slug>/opengraph-image in ${seconds} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`preview images: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
