import { describe, expect, it } from "vitest";
import { articleBodyHtml } from "@/components/mdx/body-html";
import { checkContent, type Article } from "@/lib/content";
import { makeContentRoot } from "./content-fixture";

// The article page reads its body as HTML that scripts/page-bodies.ts rendered before
// `next build` (components/mdx/body-html.ts). Each fixture lives in its own temporary folder,
// so its cache entry is new.

async function fixtureArticle(): Promise<Article> {
  const root = await makeContentRoot({
    "un-corps/fr.mdx": `---
state: published
title: Un corps
date: 2021-03-04
categories: [entrepreneuriat]
heroImage: images/hero.jpg
languages: [fr]
excerpt: Un article au corps rendu d’avance.
authors: [rudy-baer]
---

Un paragraphe.
`,
  });
  const { articles } = await checkContent(root);
  const found = articles.find((candidate) => candidate.slug === "un-corps");
  if (!found) throw new Error("un-corps was not loaded");
  return found;
}

describe("the article body as HTML", () => {
  it("fails the page, naming the article and the fix, when its body was not rendered", async () => {
    const article = await fixtureArticle();
    await expect(articleBodyHtml(article)).rejects.toThrow(
      `${article.file}: its body was not rendered to HTML before \`next build\`: build with \`npm run build\``,
    );
  });

  it("gives the page what the step rendered, and renders it only once", async () => {
    const article = await fixtureArticle();
    const rendered = {
      html: '<h2 id="un-titre">Un titre</h2><p>Un paragraphe.</p>',
      headings: [{ id: "un-titre", text: "Un titre", level: 2 as const }],
    };
    let renders = 0;
    const render = async () => {
      renders += 1;
      return rendered;
    };
    expect(await articleBodyHtml(article, render)).toEqual(rendered);
    expect(await articleBodyHtml(article, render)).toEqual(rendered);
    expect(await articleBodyHtml(article)).toEqual(rendered);
    expect(renders).toBe(1);
  });

  it("renders again once the body has changed, not when only the title has", async () => {
    const article = await fixtureArticle();
    const before = { html: "<p>Avant.</p>", headings: [] };
    const after = { html: "<p>Après.</p>", headings: [] };
    await articleBodyHtml(article, async () => before);
    const retitled = { ...article, title: "Un autre titre" };
    expect(await articleBodyHtml(retitled, async () => after)).toEqual(before);
    const edited = { ...article, body: `${article.body}\nUn ajout.\n` };
    expect(await articleBodyHtml(edited, async () => after)).toEqual(after);
  });
});
