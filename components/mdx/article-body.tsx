import { Prose } from "@/components/article/prose";
import type { Article } from "@/lib/content";
import { articleBodyContent } from "@/lib/body/compile";
import { getDictionary } from "@/lib/i18n";
import { articleBodyHtml } from "./body-html";
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

/**
 * The body as the article page shows it, in its typography, and its outline. In a build, the
 * HTML rendered before `next build` (./body-html.ts): the page's payload carries one string
 * instead of the body's elements, and hydrating the page leaves the body alone. In `next dev`,
 * the elements, so that an edit shows on the next reload.
 */
export async function articlePageBody(article: Article) {
  if (process.env.NODE_ENV !== "production") {
    const { content, headings } = await renderArticleBody(article);
    return { body: <Prose>{content}</Prose>, headings };
  }
  const { html, headings } = await articleBodyHtml(article);
  return { body: <Prose html={html} />, headings };
}
