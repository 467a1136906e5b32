import rehypeStringify from "rehype-stringify";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { rehypeFeedElements } from "./plugins/rehype-feed-elements";
import { remarkUnwrapJsx } from "./plugins/remark-unwrap-jsx";
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from "./processor";

/**
 * An article body as plain HTML for feeds, with absolute URLs. React's HTML renderer cannot
 * run in a route handler, so the same Markdown plugins feed a unified pipeline instead.
 */
export async function renderArticleHtml(article: Article): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(article.format === "mdx" ? [remarkMdx, remarkUnwrapJsx] : [])
    .use(remarkPlugins)
    // Raw HTML of `.md` articles is kept here, then parsed and sanitized by rehypePlugins.
    .use(remarkRehype, {
      ...remarkRehypeOptions(article),
      passThrough: ["mdxJsxFlowElement", "mdxJsxTextElement"],
      allowDangerousHtml: true,
    })
    .use(rehypePlugins(article))
    .use(rehypeFeedElements, { article, dictionary: getDictionary(article.locale) })
    .use(rehypeStringify)
    .process(article.body);
  return String(file);
}
