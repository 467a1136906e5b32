// The only importer of next-mdx-remote (archived upstream): swapping it is a one-file change.
import { compileMDX } from "next-mdx-remote/rsc";
import type { Article } from "@/lib/content";
import { bodyWithFileLines } from "@/lib/content/body";
import { getDictionary } from "@/lib/i18n";
import { getMdxComponents } from "./mdx-components";
import { articleMdxOptions } from "./plugins";

/** Compiles an article body (MDX, or CommonMark + GFM for `.md`) into React elements. */
export async function renderArticleBody(article: Article) {
  const { content } = await compileMDX({
    source: bodyWithFileLines(article.body, article.bodyLine),
    components: getMdxComponents({ article, dictionary: getDictionary(article.locale) }),
    options: {
      // Expressions and imports are refused by the content check; blocking them here too
      // means nothing an article holds ever runs as code. Note that blockJS lets <script> and
      // <iframe> through: the content check (lib/content/html-policy.ts) is what stops them.
      blockJS: true,
      mdxOptions: articleMdxOptions(article),
    },
  }).catch((error: unknown) => {
    throw new Error(`${article.file}: the article cannot be rendered: ${String(error)}`);
  });
  return content;
}
