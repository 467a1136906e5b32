import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderArticleBody } from "@/components/mdx/article-body";
import { renderArticleHtml } from "@/lib/body/render-html";
import { checkContent, formatProblem, type Article } from "@/lib/content";
import { makeContentRoot, withoutHeroAltWarning } from "./content-fixture";

// GFM footnotes in the article's language, on the page (compile.ts + the element map) and in
// the feeds (render-html.ts). No real article has footnotes yet: a fixture body does.

const frontmatter = (language: "fr" | "en") => `---
state: published
title: Des notes
date: 2021-03-04
categories: [entrepreneuriat]
heroImage: images/hero.jpg
languages: [${language}]
excerpt: Un article avec des notes.
authors: [rudy-baer]
---
`;
const body = `
## Une section

Une affirmation[^source] et une autre[^source].

[^source]: La source.
`;

async function article(language: "fr" | "en"): Promise<Article> {
  const root = await makeContentRoot({
    [`des-notes/${language}.mdx`]: frontmatter(language) + body,
  });
  const { articles, problems } = await checkContent(root);
  expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([]);
  const found = articles.find((candidate) => candidate.slug === "des-notes");
  if (!found) throw new Error("des-notes was not loaded");
  return found;
}

async function pageHtml(of: Article) {
  const { content, headings } = await renderArticleBody(of);
  return { html: renderToStaticMarkup(content), headings };
}

describe("footnotes", () => {
  it("are labelled in French on a French article's page and in its feed HTML", async () => {
    const french = await article("fr");
    const { html, headings } = await pageHtml(french);
    expect(html).toMatch(/<h2 id="footnote-label"[^>]*><a href="#footnote-label"[^>]*>Notes</);
    expect(html).toContain('aria-label="Retour à l’appel de note 1"');
    expect(html).toContain('aria-label="Retour à l’appel de note 1-2"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
    // Each call points at the label by id: the heading keeps the id remark-rehype gave it.
    expect(html).toContain('aria-describedby="footnote-label"');
    expect(headings.map((heading) => heading.text)).toEqual(["Une section"]);
    const feed = await renderArticleHtml(french);
    expect(feed).toContain("Retour à l’appel de note 1");
    expect(feed).not.toMatch(/Footnotes|Back to reference/);
  });

  it("are labelled in English on an English article", async () => {
    const { html } = await pageHtml(await article("en"));
    expect(html).toContain('aria-label="Back to reference 1"');
    expect(html).not.toContain("Retour à l’appel");
  });
});
