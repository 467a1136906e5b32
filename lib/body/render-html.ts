import rehypeStringify from "rehype-stringify";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { cachedBuildStep } from "@/lib/build-cache";
import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/routes/paths";
import { rehypeFeedElements } from "./plugins/rehype-feed-elements";
import { remarkUnwrapJsx } from "./plugins/remark-unwrap-jsx";
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from "./processor";

/**
 * An article body as plain HTML for feeds, with absolute URLs. React's HTML renderer cannot
 * run in a route handler, so the same Markdown plugins feed a unified pipeline instead.
 * Each body is rendered once per content: an article is in up to 20 entries of every feed it
 * belongs to (the site's, its category's, author's and tags', in three formats), rendered in
 * several build workers; the result is kept under .next/cache like the page's compiled body.
 */
export async function renderArticleHtml(article: Article): Promise<string> {
  const html = await cachedBuildStep({
    kind: "feed-bodies",
    extension: "html",
    // What the pipeline reads of the article, and the site's address that URLs are made from.
    key: [
      absoluteUrl("/"),
      article.file,
      article.slug,
      article.format,
      article.locale,
      article.body,
      JSON.stringify(
        [...article.images].map(([path, { slug, fileName, width, height }]) => [
          path,
          slug,
          fileName,
          width,
          height,
        ]),
      ),
    ],
    compilerFiles: ["lib/body", "lib/i18n", "lib/media.ts", "lib/routes", "package-lock.json"],
    // A body is asked for once per feed: the disk entry is enough.
    remember: false,
    produce: async () => Buffer.from(await renderUncached(article)),
  });
  return html.toString("utf8");
}

async function renderUncached(article: Article): Promise<string> {
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
