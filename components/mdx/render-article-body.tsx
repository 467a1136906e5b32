// The only importer of next-mdx-remote (archived upstream): swapping it is a one-file change.
import { compileMDX } from "next-mdx-remote/rsc";
import type { Article } from "@/lib/content";
import { bodyWithFileLines } from "@/lib/content/body";
import type { Dictionary } from "@/lib/i18n";
import { getMdxComponents } from "./mdx-components";
import { articleMdxOptions } from "./mdx-options";

/** Compiles an article body (MDX, or CommonMark + GFM for `.md`) into React elements. */
export async function renderArticleBody(article: Article, dictionary: Dictionary) {
  const { content } = await compileMDX({
    source: bodyWithFileLines(article.body, article.bodyLine),
    components: getMdxComponents({ article, dictionary }),
    options: {
      // Expressions and imports are refused by the content check; blocking them here too
      // means nothing an article holds ever runs as code. Note that blockJS lets <script> and
      // <iframe> through: the content check (lib/content/html-policy.ts) is what stops them.
      blockJS: true,
      mdxOptions: articleMdxOptions(article.format),
    },
  }).catch((error: unknown) => {
    throw new Error(`${article.file}: the article cannot be rendered: ${(error as Error).message}`);
  });
  return content;
}
