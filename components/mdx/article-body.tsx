import type { Article } from "@/lib/content";
import { articleBodyContent } from "@/lib/body/compile";
import { getDictionary } from "@/lib/i18n";
import { getMdxComponents } from "./mdx-components";

/**
 * An article body as React elements, rendered with the site's element map, and the outline
 * of its headings for the table of contents.
 */
export async function renderArticleBody(article: Article) {
  const { Content, headings } = await articleBodyContent(article);
  const components = getMdxComponents({ article, dictionary: getDictionary(article.locale) });
  return { content: <Content components={components} />, headings };
}
