import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { renderArticleBody } from "@/components/mdx/article-body";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot, withoutHeroAltWarning } from "./content-fixture";

// A heading that holds a link (`### [Nicolas](https://…)`, seen on real posts) must not be
// wrapped in the heading's own "#" link: an <a> inside an <a> is invalid HTML, the browser's
// parser splits it, and React's hydration then fails on the page (error #418).

const article = `---
state: published
title: 'Titres avec liens'
date: 2021-03-04
categories:
  - entrepreneuriat
heroImage: images/hero.jpg
heroAlt: Une photo
languages: ['fr']
excerpt: Un article de test pour les titres.
authors:
  - rudy-baer
---

## Un titre simple

Du texte.

### Le mot de [Nicolas](https://example.com/equipe/nicolas)

Du texte.

### Un titre avec *[un lien mis en valeur](https://example.com/)*

Du texte.
`;

/** Every <a> opened while another is still open, in the markup as sent (before any parser fixes it). */
function nestedLinks(html: string): string[] {
  const nested: string[] = [];
  let open = 0;
  for (const [tag] of html.matchAll(/<\/?a\b[^>]*>/g)) {
    if (tag.startsWith("</")) open -= 1;
    else {
      if (open > 0) nested.push(tag);
      open += 1;
    }
  }
  return nested;
}

it("renders a heading that holds a link without its own link around it, and keeps the others", async () => {
  const { articles, problems } = await checkContent(
    await makeContentRoot({ "titres-avec-liens/fr.md": article }),
  );
  expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([]);
  const found = articles.find((candidate) => candidate.slug === "titres-avec-liens");
  if (!found) throw new Error("the article was not loaded");
  const html = renderToStaticMarkup((await renderArticleBody(found)).content);

  expect(nestedLinks(html)).toEqual([]);
  // The plain heading still links to itself; the others keep their id and their own links.
  expect(html).toContain(
    '<h2 id="un-titre-simple" class="group scroll-mt-6"><a href="#un-titre-simple"',
  );
  expect(html).toMatch(
    /<h3 id="le-mot-de-nicolas"[^>]*>Le mot de <a href="https:\/\/example.com\/equipe\/nicolas"/,
  );
  expect(html).toMatch(
    /<h3 id="un-titre-avec-un-lien-mis-en-valeur"[^>]*>Un titre avec <em><a href="https:\/\/example.com\/"/,
  );
});
