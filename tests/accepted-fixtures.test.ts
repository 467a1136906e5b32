import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Element, Root } from "hast";
import { raw } from "hast-util-raw";
import { renderToStaticMarkup } from "react-dom/server";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { renderArticleBody } from "@/components/mdx/article-body";
import { renderArticleHtml } from "@/lib/body/render-html";
import { checkContent, type Article } from "@/lib/content";
import { importCatalogue } from "@/lib/import/run";
import { makeContentRoot, readFixture } from "./content-fixture";

// "Passes the check ⇒ builds and renders, page and feeds": every fixture article that the
// content check accepts goes through both renderers, the page's (compiled MDX and the element
// map, rendered by react-dom/server) and the feeds' (lib/body/render-html.ts). Both must give
// the same headings and the same images, so that neither drops what the other shows.

const fixtures = path.join(import.meta.dirname, "fixtures");

/** Every fixture content folder: the base, each single-file fixture dropped into it, the imports. */
async function fixtureRoots(): Promise<string[]> {
  const roots = [await makeContentRoot()];
  for (const dir of ["problems", "invalid-articles", "migrated", "catalogue"]) {
    for (const name of (await readdir(path.join(fixtures, dir))).sort()) {
      const format = /\.(mdx?)$/.exec(name)?.[1];
      if (!format) continue;
      const slug = name
        .replace(/\.mdx?$/, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-");
      roots.push(
        await makeContentRoot({ [`${slug}/fr.${format}`]: await readFixture(`${dir}/${name}`) }),
      );
    }
  }
  for (const source of ["astro", "wordpress"]) {
    const out = await mkdtemp(path.join(os.tmpdir(), `accepted-${source}-`));
    await importCatalogue({ source: path.join(fixtures, "import", source), out, force: false });
    roots.push(out);
  }
  return roots;
}

function outline(tree: Root): { headings: string[]; images: string[] } {
  const headings: string[] = [];
  const images: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName))
      headings.push(`${node.tagName}#${String(node.properties.id ?? "")}`);
    if (node.tagName === "img")
      images.push(String(node.properties.src).replace(/^https?:\/\/[^/]+/, ""));
  });
  return { headings, images };
}

const parse = (html: string) =>
  raw({ type: "root", children: [{ type: "raw", value: html }] }) as Root;

async function rendered(article: Article) {
  const { content } = await renderArticleBody(article);
  const page = outline(parse(renderToStaticMarkup(content)));
  const feed = outline(parse(await renderArticleHtml(article)));
  return { page, feed };
}

describe(
  "every accepted fixture article renders in the page and in the feeds",
  { timeout: 120_000 },
  () => {
    it("with the same headings and images in both", async () => {
      const accepted: string[] = [];
      for (const root of await fixtureRoots()) {
        const { articles } = await checkContent(root);
        for (const article of articles) {
          const { page, feed } = await rendered(article);
          expect({ file: article.file, ...feed }).toEqual({ file: article.file, ...page });
          accepted.push(`${path.basename(root).split("-")[0]}:${article.file}`);
        }
      }
      // The base article is accepted with every fixture; the fixture sets must all be reached.
      expect(accepted.some((name) => name.includes("content/blog/tagged/"))).toBe(true);
      expect(accepted.some((name) => name.includes("content/blog/readme/"))).toBe(true);
      expect(accepted.some((name) => name.startsWith("accepted:"))).toBe(true);
    });
  },
);
