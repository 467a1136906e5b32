import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { renderArticleBody } from "@/components/mdx/article-body";
import { renderArticleHtml } from "@/lib/body/render-html";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot, readFixture } from "./content-fixture";

// Nested HTML as imported posts write it (tests/fixtures/import/astro, retour-conference): the
// text of a <p> on lines of its own. Neither the page nor the feeds may put a <p> inside a <p>,
// which the browser splits (the page then fails to hydrate: React error 418).
it("a <p> whose text stands on its own lines stays one paragraph, in the page and the feeds", async () => {
  const nested = (await readFixture("render/nested.mdx")).replace(
    "## Du HTML dans du MDX\n",
    "## Du HTML dans du MDX\n\n<div>\n  <p>\n    Les vidéos sont en ligne : <strong>merci</strong> !\n  </p>\n</div>\n",
  );
  const { articles, problems } = await checkContent(await makeContentRoot({ nested }));
  const article = articles.find((candidate) => candidate.slug === "nested");
  expect(article, problems.map(formatProblem).join("\n")).toBeDefined();
  const page = renderToStaticMarkup((await renderArticleBody(article!)).content);
  const feed = await renderArticleHtml(article!);
  for (const html of [page, feed]) {
    expect(html).toMatch(
      /<div><p>\s*Les vidéos sont en ligne\s?: <strong>merci<\/strong>\s?!\s*<\/p><\/div>/,
    );
    expect(html).not.toMatch(/<p>\s*<p>/);
  }
});
