// The only importer of next-mdx-remote (archived upstream): swapping it is a one-file change.
import { compileMDX } from "next-mdx-remote/rsc";
import type { Article } from "@/lib/content";
import { bodyWithFileLines } from "@/lib/content/body";
import { getDictionary } from "@/lib/i18n";
import { getMdxComponents } from "./mdx-components";
import { rehypePlugins, remarkPlugins } from "./plugins";
import { rehypeCollectHeadings, type OutlineHeading } from "./plugins/rehype-collect-headings";

/**
 * Compiles an article body (MDX, or CommonMark + GFM for `.md`) into React elements, with the
 * outline of its h2/h3 headings for the table of contents.
 */
export async function renderArticleBody(article: Article) {
  const headings: OutlineHeading[] = [];
  const { content } = await compileMDX({
    source: bodyWithFileLines(article.body, article.bodyLine),
    components: getMdxComponents({ article, dictionary: getDictionary(article.locale) }),
    options: {
      // Expressions and imports are refused by the content check; blocking them here too
      // means nothing an article holds ever runs as code.
      blockJS: true,
      mdxOptions: {
        format: article.format,
        remarkPlugins,
        rehypePlugins: [
          ...rehypePlugins(article.locale),
          [rehypeCollectHeadings, { into: headings }],
        ],
      },
    },
  }).catch((error: unknown) => {
    throw new Error(`${article.file}: the article cannot be rendered: ${String(error)}`);
  });
  return { content, headings };
}
