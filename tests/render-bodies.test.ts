import type { Element, Root } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import { renderToStaticMarkup } from "react-dom/server";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { renderArticleBody } from "@/components/mdx/article-body";
import { renderArticleHtml } from "@/lib/body/render-html";
import { checkContent, formatProblem, type Article, type ContentProblem } from "@/lib/content";
import { makeContentRoot, readFixture, withoutHeroAltWarning } from "./content-fixture";

// Every construct of tests/fixtures/render/ through the real pipeline: the page (compile.ts and
// the element map, rendered by React) and the feeds (render-html.ts).

const fixtures = {
  "render-code/fr.mdx": "render/code.mdx",
  "render-wide/fr.md": "render/wide.md",
  "render-figures/fr.md": "render/figures.md",
  "render-embeds/fr.mdx": "render/embeds.mdx",
  "render-nested/fr.mdx": "render/nested.mdx",
};

let articles: Article[] = [];
let problems: ContentProblem[] = [];

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const [key, fixture] of Object.entries(fixtures)) files[key] = await readFixture(fixture);
  ({ articles, problems } = await checkContent(await makeContentRoot(files)));
});

function article(slug: string): Article {
  const found = articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`${slug} was not loaded: ${problems.map(formatProblem).join("\n")}`);
  return found;
}

const parse = (html: string) =>
  raw({ type: "root", children: [{ type: "raw", value: html }] }) as Root;

/** The article's body as the page sends it, and as the feeds carry it. */
async function rendered(slug: string) {
  const { content } = await renderArticleBody(article(slug));
  const page = renderToStaticMarkup(content);
  const feed = await renderArticleHtml(article(slug));
  return { page, feed, pageTree: parse(page), feedTree: parse(feed) };
}

function all(tree: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const classes = (node: Element) => (node.properties.className as string[] | undefined) ?? [];

describe("rendering real bodies", () => {
  it("the content check passes the fixtures, warning only about the unknown fence language", () => {
    expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([
      'content/blog/render-code/fr.mdx:38:1: warning: code block language "klingon" is not one the highlighter knows (the block stays plain): use its usual name, e.g. ```ts, ```java, ```sh, or ```text for none',
    ]);
  });

  it("highlights code as token classes, with a label and a copy button, in the page and the feeds", async () => {
    const { page, feed, pageTree, feedTree } = await rendered("render-code");
    for (const [html, tree] of [
      [page, pageTree],
      [feed, feedTree],
    ] as const) {
      expect(html).not.toContain("style=");
      const ts = all(
        tree,
        (node) => node.tagName === "pre" && node.properties.dataLanguage === "ts",
      );
      expect(ts).toHaveLength(1);
      const keywords = all(ts[0]!, (node) => classes(node).includes("token-keyword"));
      expect(keywords.map((node) => toString(node))).toContain("const");
      expect(toString(ts[0]!)).toBe('// Une note\nconst name: string = "Rudy";\n');
      // A language Shiki does not know keeps its text, unhighlighted.
      const klingon = all(tree, (node) => node.properties.dataLanguage === "klingon");
      expect(
        all(klingon[0]!, (node) => classes(node).some((name) => name.startsWith("token-"))),
      ).toEqual([]);
    }
    for (const language of ["java", "sh", "python", "yaml"]) {
      const [block] = all(pageTree, (node) => node.properties.dataLanguage === language);
      expect(
        all(block!, (node) => classes(node).some((name) => name.startsWith("token-"))).length,
      ).toBeGreaterThan(0);
    }
    // The page's block: a label naming the language and a copy button inside [data-code-block].
    const blocks = all(pageTree, (node) => node.properties.dataCodeBlock !== undefined);
    expect(blocks).toHaveLength(7);
    expect(
      blocks.map((block) => toString(all(block, (node) => node.tagName === "span")[0]!)),
    ).toEqual(["TypeScript", "Java", "Shell", "Python", "YAML", "klingon", ""]);
    const buttons = all(pageTree, (node) => node.properties.dataCopyCode !== undefined);
    expect(buttons.map((button) => toString(button))).toEqual(Array(7).fill("Copier le code"));
    // No highlighting JavaScript ships with the page: the body is plain markup.
    expect(page).not.toContain("<script");
  });

  it("puts tables in a focusable scroll box, in the page and the feeds", async () => {
    const { pageTree, feedTree } = await rendered("render-wide");
    for (const tree of [pageTree, feedTree]) {
      const boxes = all(tree, (node) => classes(node).includes("table-scroll"));
      expect(boxes).toHaveLength(1);
      expect(boxes[0]!.properties.tabIndex).toBe(0);
      expect(
        boxes[0]!.children
          .filter((child) => child.type === "element")
          .map((child) => (child as Element).tagName),
      ).toEqual(["table"]);
    }
  });

  it("makes a raw <figure> one figure with one caption, never a figure inside a figure", async () => {
    const { pageTree, feedTree } = await rendered("render-figures");
    for (const tree of [pageTree, feedTree]) {
      const figures = all(tree, (node) => node.tagName === "figure");
      expect(figures).toHaveLength(2);
      for (const figure of figures) {
        expect(all(figure, (node) => node.tagName === "figure")).toHaveLength(1);
        expect(all(figure, (node) => node.tagName === "img")).toHaveLength(1);
      }
      expect(
        figures.map((figure) =>
          all(figure, (node) => node.tagName === "figcaption").map((node) => toString(node)),
        ),
      ).toEqual([["La légende du schéma."], ["Une seule légende, avec un lien vers l’exemple."]]);
      // The caption keeps its link.
      const links = all(
        figures[1]!,
        (node) => node.tagName === "a" && node.properties.href === "https://example.org",
      );
      expect(links).toHaveLength(1);
    }
    expect(
      all(pageTree, (node) => node.tagName === "img").map((node) => node.properties.alt),
    ).toEqual(["Un schéma", "Le même schéma"]);
  });

  it("renders videos and posts as link cards, loading nothing from another host", async () => {
    const { page, feed, pageTree, feedTree } = await rendered("render-embeds");
    const expected = [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://vimeo.com/76979871",
      "https://www.ted.com/talks/brene_brown_the_power_of_vulnerability",
      "https://twitter.com/i/status/1234567890",
      "https://giphy.com/gifs/abc123",
    ];
    for (const [html, tree] of [
      [page, pageTree],
      [feed, feedTree],
    ] as const) {
      expect(
        all(
          tree,
          (node) => node.tagName === "a" && !String(node.properties.href).startsWith("#"),
        ).map((node) => node.properties.href),
      ).toEqual(expected);
      expect(
        all(tree, (node) => ["iframe", "script", "img", "video"].includes(node.tagName)),
      ).toEqual([]);
      expect(html).not.toContain("style=");
      expect(toString(all(tree, (node) => node.tagName === "blockquote")[0]!).trim()).toBe(
        "Un tweet cité mot pour mot.",
      );
      const text = toString(tree);
      for (const words of [
        "Vidéo sur YouTube",
        "Une conférence sur YouTube",
        "Vidéo sur Vimeo",
        "Regarder la vidéo",
        "Vidéo sur TED",
        "Publication sur X",
        "Publication sur GIPHY",
        "Un GIF qui danse",
      ]) {
        expect(text).toContain(words);
      }
    }
    expect(all(pageTree, (node) => node.properties.dataEmbed !== undefined)).toHaveLength(5);
  });

  it("renders nested HTML of an .mdx article in the page and the feeds", async () => {
    const { pageTree, feedTree } = await rendered("render-nested");
    for (const tree of [pageTree, feedTree]) {
      const [strong] = all(tree, (node) => node.tagName === "strong");
      expect(toString(strong!)).toBe("texte en gras");
      const div = all(
        tree,
        (node) => node.tagName === "div" && toString(node).includes("texte en gras"),
      ).at(-1); // the innermost
      expect(all(div!, (node) => node.tagName === "p")).toHaveLength(1);
      const [details] = all(tree, (node) => node.tagName === "details");
      expect(
        all(details!, (node) => node.tagName === "summary").map((node) => toString(node)),
      ).toEqual(["Plus de détails"]);
      expect(toString(all(details!, (node) => node.tagName === "em")[0]!)).toBe("replié");
    }
  });
});

describe("the content check on embeds", () => {
  it.each([
    [
      "fr.mdx",
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Ma vidéo"></iframe>',
      'write <Video provider="youtube" id="dQw4w9WgXcQ" title="Ma vidéo" /> instead',
    ],
    [
      "fr.mdx",
      '<iframe src="https://player.vimeo.com/video/76979871"></iframe>',
      'write <Video provider="vimeo" id="76979871" title="…" /> instead',
    ],
    [
      "fr.md",
      '<iframe src="https://embed.ted.com/talks/brene_brown"></iframe>',
      'rename the file to .mdx and write <Video provider="ted" id="brene_brown" title="…" /> instead',
    ],
    [
      "fr.mdx",
      '<iframe src="https://maps.example.org/embed"></iframe>',
      "for a video or a map, link to it instead",
    ],
  ])(
    "tells the author of a pasted iframe (%s) which component to use",
    async (file, iframe, advice) => {
      const body = (await readFixture("render/nested.mdx")).replace(
        /## Du HTML[\s\S]*/,
        `${iframe}\n`,
      );
      const { problems: found } = await checkContent(
        await makeContentRoot({ [`embed/${file}`]: body }),
      );
      expect(withoutHeroAltWarning(found).map(formatProblem)).toEqual([
        `content/blog/embed/${file}:14:1: error: <iframe> is not allowed in articles (it loads another site into the page): remove it; ${advice}${advice.startsWith("for") ? "" : " (a link card: nothing loads from the other site)"}`,
      ]);
    },
  );

  it("refuses a <Video> without its id and a <Post> whose url is not a full address", async () => {
    const body = (await readFixture("render/nested.mdx")).replace(
      /## Du HTML[\s\S]*/,
      '<Video provider="youtube" />\n\n<Post url="twitter.com/x" provider="x" />\n',
    );
    const { problems: found } = await checkContent(await makeContentRoot({ "embed/fr.mdx": body }));
    expect(withoutHeroAltWarning(found).map(formatProblem)).toEqual([
      'content/blog/embed/fr.mdx:14:1: error: <Video> needs id="…"',
      'content/blog/embed/fr.mdx:16:1: error: <Post url="twitter.com/x"> is not a full address: write it https://…',
    ]);
  });
});
