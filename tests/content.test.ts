import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot, readInvalidArticle, withoutHeroAltWarning } from "./content-fixture";

const fields =
  "state, title, date, categories, heroImage, languages, excerpt, authors, slug, updated, tags, heroAlt, discussion, series";

// One fixture per mistake, with the exact line an author would read.
const invalidArticles: [name: string, expected: string][] = [
  [
    "js-frontmatter",
    '1:1: error: frontmatter in "js" is not accepted: write it in YAML between two "---" lines',
  ],
  ["unclosed-frontmatter", '1:1: error: the frontmatter is not closed: end it with a "---" line'],
  [
    "yaml-syntax",
    "9:21: error: invalid YAML: Missing closing 'quote: a quoted value above this line is never closed",
  ],
  ["duplicate-key", "4:1: error: Map keys must be unique: remove one of the two entries"],
  ["missing-excerpt", '2:1: error: missing required field "excerpt"'],
  ["unknown-field", `7:1: error: unknown field "keywords": remove it, or use one of ${fields}`],
  ["wrong-type", '3:1: error: "title" must be text'],
  ["unknown-state", '2:1: error: "state" must be "published" or "draft"'],
  [
    "impossible-date",
    '4:1: error: "date" is not a real calendar date: check the month (01–12) and the day',
  ],
  [
    "february-30",
    '4:1: error: "date" is not a real calendar date: check the month (01–12) and the day',
  ],
  ["date-format", '4:1: error: "date" must be a date written YYYY-MM-DD, e.g. "2020-10-19"'],
  [
    "unknown-author",
    '9:11: error: unknown author "nobody" (known: rudy-baer): fix the id or add content/authors/nobody.yml',
  ],
  [
    "unknown-category",
    '5:14: error: unknown category "cuisine" (known: entrepreneuriat): fix the id or add it to content/categories.yml',
  ],
  [
    "wrong-language",
    `7:1: error: languages says ["en"] but the file is fr.mdx: make them agree (fr.mdx → ['fr'])`,
  ],
  [
    "hero-case",
    '6:1: error: image "images/Hero.jpg" not found: the file is named "images/hero.jpg" (letter case matters)',
  ],
  [
    "missing-body-image",
    `14:1: error: image "images/absente.png" not found in the article's images/ folder (found: images/figure.png, images/hero.jpg)`,
  ],
  [
    "unclosed-tag",
    "14:1: error: MDX syntax: Expected a closing tag for `<Callout>`: close it with </Callout>, or end it with /> when it has no content: <Callout />",
  ],
  [
    "expression",
    "14:19: error: JavaScript expressions are not allowed in articles (they would be dropped): remove the {…}, or write \\{ to show a brace",
  ],
  [
    "unknown-component",
    "14:1: error: unknown component <Carousel> (known: <Callout>, <Figure>, <Video>, <Post>)",
  ],
];

describe("content layer: invalid articles", () => {
  it.each(invalidArticles)("%s is reported at its line", async (name, expected) => {
    const root = await makeContentRoot({ [name]: await readInvalidArticle(name) });
    const { problems, articles } = await checkContent(root);
    expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([
      `content/blog/${name}/fr.mdx:${expected}`,
    ]);
    expect(articles.map((article) => article.slug)).toEqual(["valid-article"]);
  });

  it("never evaluates a ---js block", async () => {
    const marker = path.join(await makeContentRoot(), "evaluated");
    const source = `---js\nrequire("node:fs").writeFileSync(${JSON.stringify(marker)}, "x")\n---\n\nTexte.\n`;
    await checkContent(await makeContentRoot({ "js-block": source }));
    await expect(readFile(marker)).rejects.toThrow();
  });
});

describe("content layer: valid articles", () => {
  it("reads the base article with its resolved authors, categories and images", async () => {
    const { problems, articles } = await checkContent(await makeContentRoot());
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article).toMatchObject({
      slug: "valid-article",
      locale: "fr",
      file: "content/blog/valid-article/fr.mdx",
      format: "mdx",
      state: "published",
      title: "Un article valide",
      date: "2021-03-04",
      excerpt: "Un résumé écrit sur deux lignes repliées.",
      bodyLine: 16,
    });
    expect(article?.authors.map((author) => author.name)).toEqual(["Rudy Baer"]);
    expect(article?.categories).toEqual([
      { id: "entrepreneuriat", labels: { fr: "Entrepreneuriat", en: "Entrepreneurship" } },
    ]);
    expect(article?.hero).toMatchObject({
      fileName: "hero.jpg",
      width: 64,
      height: 36,
      format: "jpeg",
    });
    expect([...(article?.images.keys() ?? [])]).toEqual(["images/figure.png", "images/hero.jpg"]);
  });

  it("accepts CRLF line endings and a UTF-8 byte order mark, with the same lines", async () => {
    const lf = await readFile(
      path.join(import.meta.dirname, "fixtures/base/content/blog/valid-article/fr.mdx"),
      "utf8",
    );
    const crlf = "\uFEFF" + lf.replace(/\n/g, "\r\n");
    const root = await makeContentRoot({
      "windows-file": crlf.replace("Un article valide", "Fichier Windows"),
    });
    const { problems, articles } = await checkContent(root);
    expect(problems).toEqual([]);
    const windows = articles.find((article) => article.slug === "windows-file");
    expect(windows).toMatchObject({ title: "Fichier Windows", date: "2021-03-04", bodyLine: 16 });
  });

  it("sorts articles newest first", async () => {
    const older = (await readInvalidArticle("unknown-state")).replace(
      "state: publié",
      "state: published",
    );
    const root = await makeContentRoot({
      older: older.replace("2021-03-04", "2019-01-01"),
      newer: older.replace("2021-03-04", "2024-06-30"),
    });
    const { articles } = await checkContent(root);
    expect(articles.map((article) => article.slug)).toEqual(["newer", "valid-article", "older"]);
  });
});

describe("the real content/", () => {
  it("has no problem, and the first article reads as its author wrote it", async () => {
    const { problems, articles } = await checkContent(process.cwd());
    expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([]);
    const article = articles.find(
      (candidate) => candidate.slug === "comment-se-faire-un-reseau-pour-trouver-un-premier-stage",
    );
    expect(article).toMatchObject({
      state: "published",
      // Typeset for French: a narrow no-break space before "?".
      title: "Comment se faire un réseau pour trouver un premier stage\u202F?",
      date: "2020-10-19",
      excerpt:
        "Dans cet article, je vous propose quelques tips pour optimiser vos chances de trouver un stage, même si vous n'avez pas spécialement de contacts.",
      readingMinutes: 5,
    });
    expect(article?.hero).toMatchObject({ fileName: "xp-stage-op.jpg", width: 2560, height: 1709 });
    expect(article?.images.get("images/Capture-du-2020-04-01-15-18-21-1024x528.png")).toMatchObject(
      {
        width: 1024,
        height: 528,
      },
    );
    expect(article?.body).not.toMatch(/Ã|â€|ğŸ|Â|\uFFFD/);
    expect(article?.body).toContain("des événements “digital” plutôt orientés business");
  });
});

describe("links to scheduled articles", () => {
  it("are dead links until the article's day, from a published article", async () => {
    const base = await readFile(
      path.join(import.meta.dirname, "fixtures/base/content/blog/valid-article/fr.mdx"),
      "utf8",
    );
    const root = await makeContentRoot({
      "plus-tard": base.replace("2021-03-04", "2999-01-01"),
      lien: `${base}\nVoir [la suite](/fr/blog/plus-tard).\n`,
    });
    const { problems } = await checkContent(root);
    expect(withoutHeroAltWarning(problems).map(formatProblem)).toEqual([
      'content/blog/lien/fr.mdx:27:6: error: link to "plus-tard", which is dated in the future: the link would be dead until that day',
    ]);
  });
});
