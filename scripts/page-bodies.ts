// `npm run page-bodies`, before `next build`: renders each article body that a page shows to
// HTML (components/mdx/body-html.ts), with the site's element map and React's HTML renderer.
// The page sets that HTML as it is, so React neither rebuilds the body's elements in the
// page's payload nor compares them when the page hydrates.
import { renderToStaticMarkup } from "react-dom/server";
import { renderArticleBody } from "@/components/mdx/article-body";
import { articleBodyHtml } from "@/components/mdx/body-html";
import { getArticles } from "@/lib/content";
import { publishedLocales } from "@/lib/site";

async function main() {
  const started = performance.now();
  let articles = 0;
  let rendered = 0;
  for (const locale of publishedLocales) {
    for (const article of await getArticles(locale)) {
      articles += 1;
      await articleBodyHtml(article, async () => {
        rendered += 1;
        const { content, headings } = await renderArticleBody(article);
        // Its own prefix for the ids of useId, which no other part of the page then takes.
        return { html: renderToStaticMarkup(content, { identifierPrefix: "body-" }), headings };
      });
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `page bodies: ${articles} articles (${rendered} rendered) → .next/cache/page-bodies in ${seconds} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`page bodies: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
