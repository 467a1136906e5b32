import type { Element, Root } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import { renderToStaticMarkup } from "react-dom/server";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { renderArticleBody } from "@/components/mdx/article-body";
import type { Article } from "@/lib/content";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot, readFixture, withoutHeroAltWarning } from "./content-fixture";

/** Renders an article body as the article page does, and parses the HTML it would send. */
async function renderedTree(article: Article): Promise<Root> {
  const { content } = await renderArticleBody(article);
  const html = renderToStaticMarkup(content);
  return raw({ type: "root", children: [{ type: "raw", value: html }] }) as Root;
}

function elements(tree: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

describe("Markdown from elsewhere", () => {
  it("a typical open-source README publishes intact: tables, code blocks, headings, HTML", async () => {
    const root = await makeContentRoot({
      "tiny-queue/fr.md": await readFixture("migrated/readme.md"),
    });
    const { problems, articles } = await checkContent(root);
    expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([
      "content/blog/tiny-queue/fr.md:12:1: warning: an <h1> in the body: the article's title is already the page's h1; start sections with ## (h2)",
    ]);
    const article = articles.find((candidate) => candidate.slug === "tiny-queue");
    if (!article) throw new Error("tiny-queue was not loaded");
    expect(article.format).toBe("md");
    const tree = await renderedTree(article);

    // Every table with every cell, alignment kept.
    const tables = elements(tree, (node) => node.tagName === "table");
    expect(tables).toHaveLength(2);
    expect(elements(tree, (node) => node.tagName === "td").map((cell) => toString(cell))).toEqual([
      "concurrency",
      "number",
      "1",
      "jobs running at the same time",
      "timeout",
      "number",
      "0",
      "milliseconds before a job fails",
      "done",
      "{ id, result }",
      "error",
      "{ id, error }",
    ]);
    // A column's alignment is the cells' align attribute, never a style attribute (the CSP).
    expect(
      elements(tree, (node) => node.tagName === "th" && node.properties.align === "right"),
    ).toHaveLength(1);
    expect(elements(tree, (node) => node.properties.style !== undefined)).toEqual([]);

    // Every code block, word for word, with its language.
    const blocks = elements(tree, (node) => node.tagName === "pre");
    expect(blocks.map((block) => toString(block))).toEqual([
      "npm install tiny-queue\n",
      'import { Queue } from "tiny-queue";\n\nconst queue = new Queue({ concurrency: 2 });\nqueue.add(async () => fetchUser(1));\nawait queue.idle();\n',
    ]);
    expect(
      elements(
        tree,
        (node) => node.tagName === "code" && String(node.properties.className) === "language-js",
      ),
    ).toHaveLength(1);

    // Every heading, the raw HTML one included.
    expect(
      elements(tree, (node) => /^h[1-6]$/.test(node.tagName)).map(
        (node) => `${node.tagName} ${toString(node)}`,
      ),
    ).toEqual([
      "h1 tiny-queue",
      "h2 Install",
      "h2 Usage",
      "h3 Options",
      "h3 Events",
      "h2 Contributing",
      "h2 License",
      "h2 Notes",
    ]);

    // Inline HTML, task lists and footnotes survive the sanitizer.
    expect(toString(elements(tree, (node) => node.tagName === "summary")[0] ?? tree)).toBe(
      "Why another queue?",
    );
    expect(elements(tree, (node) => node.tagName === "kbd").map((node) => toString(node))).toEqual([
      "Ctrl",
      "C",
    ]);
    expect(elements(tree, (node) => node.tagName === "sub").map((node) => toString(node))).toEqual([
      "2",
    ]);
    expect(
      elements(tree, (node) => node.tagName === "input" && node.properties.type === "checkbox"),
    ).toHaveLength(2);
    const footnoteLink = elements(tree, (node) => node.properties.dataFootnoteRef !== undefined)[0];
    const target = String(footnoteLink?.properties.href ?? "").slice(1);
    expect(target).not.toBe("");
    expect(elements(tree, (node) => node.properties.id === target)).toHaveLength(1);
    // The centred logo became a figure with its alt text, served from the site's media.
    const figures = elements(tree, (node) => node.tagName === "figure");
    expect(figures).toHaveLength(1);
    expect(
      elements(figures[0]!, (node) => node.tagName === "img").map((node) => node.properties.alt),
    ).toEqual(["Le logo de tiny-queue"]);
    expect(
      elements(figures[0]!, (node) => node.tagName === "a").map((node) => node.properties.href),
    ).toEqual(["/media/tiny-queue/figure.png"]);
  });

  it("a raw WordPress export is rejected line by line, never half published", async () => {
    const root = await makeContentRoot({
      "codeurs-en-seine/fr.md": await readFixture("migrated/wordpress-export.md"),
    });
    const { problems, articles } = await checkContent(root);
    expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([
      'content/blog/codeurs-en-seine/fr.md:13:4: warning: attribute style="…" of <span> is removed when the page is rendered: remove it',
      'content/blog/codeurs-en-seine/fr.md:16:1: error: WordPress shortcode "[caption id="attachment_2041" align="aligncenter" width="1024"]" would show as plain text: replace it with Markdown (an image is ![alt](images/<file> "caption"))',
      'content/blog/codeurs-en-seine/fr.md:16:64: error: image "https://www.bearstudio.fr/wp-content/uploads/2019/11/cens-1024x576.jpg" is on another site: the site serves only its own files; save it in the article\'s images/ folder and write images/<file>',
      'content/blog/codeurs-en-seine/fr.md:16:179: error: WordPress shortcode "[/caption]" would show as plain text: replace it with Markdown (an image is ![alt](images/<file> "caption"))',
      'content/blog/codeurs-en-seine/fr.md:18:1: error: <iframe> is not allowed in articles (it loads another site into the page): remove it; rename the file to .mdx and write <Video provider="youtube" id="dQw4w9WgXcQ" title="…" /> instead (a link card: nothing loads from the other site)',
    ]);
    expect(articles.map((article) => article.slug)).toEqual(["valid-article"]);
  });
});
