import { getIndexedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { publishedLocales, site } from "@/lib/site";
import { absoluteUrl, paths } from "@/lib/routes/paths";
import { markdownCopy } from "./markdown-copy";

// `/llms.txt` (llmstxt.org): the site in a few lines, then its sections and every article, each
// linked to its Markdown copy; `/llms-full.txt` holds those copies one after the other.

export async function llmsTxt(): Promise<string> {
  const lines = [`# ${site.name}`, ""];
  const home = getDictionary(publishedLocales[0]!);
  lines.push(`> ${home.siteDescription}`, "");
  lines.push(
    `Every article is also served as Markdown at its address followed by \`.md\`. The full text of all of them: ${absoluteUrl(paths.llmsFull)}`,
    "",
  );
  for (const locale of publishedLocales) {
    const t = getDictionary(locale);
    const articles = await getIndexedArticles(locale);
    lines.push(`## ${t.assistants.articles}`, "");
    if (articles.length === 0) lines.push(`${t.assistants.none}`);
    for (const article of articles) {
      const url = absoluteUrl(paths.markdownCopy(locale, article.slug));
      lines.push(`- [${article.title}](${url}): ${article.excerpt}`);
    }
    lines.push("");
  }
  lines.push("## Optional", "");
  for (const locale of publishedLocales) {
    const t = getDictionary(locale);
    lines.push(`- [${t.feeds.rss}](${absoluteUrl(paths.rss(locale))})`);
  }
  lines.push(`- [Sitemap](${absoluteUrl("/sitemap.xml")})`, "");
  return lines.join("\n");
}

export async function llmsFullTxt(): Promise<string> {
  const copies: string[] = [];
  for (const locale of publishedLocales) {
    for (const article of await getIndexedArticles(locale)) copies.push(markdownCopy(article));
  }
  return `# ${site.name}\n\n${copies.join("\n\n")}`;
}
