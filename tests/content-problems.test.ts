import { readdir } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { forbiddenElements } from "@/lib/body/html-policy";
import { checkContent, formatProblem } from "@/lib/content";
import { makeContentRoot, readFixture, withoutHeroAltWarning } from "./content-fixture";

const header = `---
state: published
title: Un article
date: 2021-03-04
categories: [entrepreneuriat]
heroImage: images/hero.jpg
languages: [fr]
excerpt: Un résumé.
authors: [rudy-baer]
---
`;
const dangerous = (scheme: string) =>
  `error: "${scheme}:" addresses are not allowed (they can run code or hide content): link to an https:// page, or put the file in images/`;
const otherSite = (url: string) =>
  `error: image "${url}" is on another site: the site serves only its own files; save it in the article's images/ folder and write images/<file>`;

// tests/fixtures/problems/<slug>.<md|mdx>: one mistake each, and the exact line an author reads.
const problems: [fixture: string, expected: string[]][] = [
  [
    "toml-frontmatter.mdx",
    ['1:1: error: the file must start with YAML frontmatter between two "---" lines'],
  ],
  [
    "stray-lt.mdx",
    [
      "12:10: error: MDX syntax: Unexpected character `1` (U+0031) before name, expected a character that can start a name, such as a letter, `$`, or `_`: a bare < starts a tag in MDX: write \\< to show the character",
    ],
  ],
  [
    "stray-brace.mdx",
    [
      "12:19: error: MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`: a bare { starts a JavaScript expression in MDX: write \\{ to show the character",
    ],
  ],
  [
    "unclosed-br.mdx",
    [
      "12:1: error: MDX syntax: Expected a closing tag for `<br>` (12:10-12:14) before the end of `paragraph`: close it with </br>, or end it with /> when it has no content: <br />",
    ],
  ],
  [
    "html-comment.mdx",
    [
      "12:2: error: MDX syntax: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`): HTML comments <!-- --> are not allowed in .mdx: remove the comment",
    ],
  ],
  [
    "autolink.mdx",
    [
      "12:13: error: MDX syntax: Unexpected character `/` (U+002F) before local name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a link in MDX, use `[text](url)`)",
    ],
  ],
  [
    "import.mdx",
    [
      "12:1: error: imports and exports are not allowed in articles (they would be dropped): remove this line",
    ],
  ],
  [
    "export.mdx",
    [
      "12:1: error: imports and exports are not allowed in articles (they would be dropped): remove this line",
    ],
  ],
  [
    "attribute-expression.mdx",
    [
      '12:1: error: attribute "type" is a JavaScript expression {…}, which is not allowed (it would be dropped): write it as text, name="value"',
    ],
  ],
  [
    "callout-type.mdx",
    [
      '12:1: error: <Callout type="astuce"> is not a known type: use one of info, tip, warning, danger',
    ],
  ],
  [
    "component-attribute.mdx",
    [
      '12:1: error: <Figure> has no attribute "source" (it would be ignored): use src, alt, caption',
      '12:1: error: <Figure> needs src="images/<file>"',
    ],
  ],
  [
    "html-element-mdx.mdx",
    [
      "12:1: error: <center> is not an element articles may use: write Markdown, or <Callout>/<Figure>/<Video>/<Post> (plain HTML allowed: a, abbr, b, bdi, bdo, br, cite, code, data, del, dfn, em, i, ins, kbd, mark, q, s, samp, small, span, strong, sub, sup, time, u, var, wbr, p, blockquote, pre, ul, ol, li, dl, dt, dd, hr, h1, h2, h3, h4, h5, h6, table, thead, tbody, tfoot, tr, th, td, caption, colgroup, col, figure, figcaption, details, summary, div, img)",
    ],
  ],
  [
    "style-attribute-mdx.mdx",
    [
      '12:1: error: style="…" is not allowed in .mdx articles (it breaks the page): the site\'s stylesheet sets the look; remove it',
    ],
  ],
  ["javascript-link.md", [`12:1: ${dangerous("javascript")}`]],
  ["vbscript-link.mdx", [`12:1: ${dangerous("vbscript")}`]],
  ["data-image.md", [`12:1: ${dangerous("data")}`]],
  [
    "onclick.md",
    [
      '12:4: error: event attribute "onClick" on <span> is not allowed (it runs JavaScript): remove it',
    ],
  ],
  [
    "onclick.mdx",
    [
      '12:4: error: event attribute "onClick" on <span> is not allowed (it runs JavaScript): remove it',
    ],
  ],
  [
    "no-alt.md",
    [
      '12:1: error: image "images/figure.png" has no alt text: describe what it shows, e.g. ![A team meeting](images/figure.png)',
    ],
  ],
  ["remote-image.mdx", [`12:1: ${otherSite("https://example.org/logo.png")}`]],
  ["remote-hero.mdx", [`6:1: ${otherSite("https://example.org/hero.jpg")}`]],
  [
    "outside-image.md",
    [
      "12:1: error: image \"../valid-article/images/figure.png\" is outside the article's folder: copy it into this article's images/ folder and write images/<file>",
    ],
  ],
  [
    "raw-image-case.md",
    [
      '12:1: error: image "images/Figure.png" not found: the file is named "images/figure.png" (letter case matters)',
    ],
  ],
  [
    "dead-article-link.mdx",
    [
      "12:6: error: link to an article that does not exist: no content/blog/la-suite/fr.mdx (known: dead-article-link, valid-article)",
    ],
  ],
  [
    "dead-category-link.md",
    ['12:6: error: link to unknown category "cuisine" (known: entrepreneuriat)'],
  ],
  ["dead-author-link.mdx", ['12:6: error: link to unknown author "nobody" (known: rudy-baer)']],
  [
    "unknown-page-link.md",
    [
      '12:6: error: the blog serves no page at "/fr/shop": if it is a page of BearStudio\'s site, write it absolute, https://www.bearstudio.fr/fr/shop',
    ],
  ],
  [
    "relative-link.md",
    [
      '12:6: error: relative link "la-suite" points nowhere on the site: write its full path, e.g. /fr/blog/<slug>, or a full https:// address',
    ],
  ],
  [
    "shortcode.md",
    [
      '12:1: error: WordPress shortcode "[caption id="attachment_12" align="aligncenter"]" would show as plain text: replace it with Markdown (an image is ![alt](images/<file> "caption"))',
      '12:58: error: WordPress shortcode "[/caption]" would show as plain text: replace it with Markdown (an image is ![alt](images/<file> "caption"))',
    ],
  ],
  [
    "replacement-character.mdx",
    [
      '12:5: error: replacement character "\uFFFD": a character was lost when this text was converted; retype it',
    ],
  ],
  [
    "mojibake-body.mdx",
    [
      '12:5: error: "Ã©" looks like text decoded with the wrong encoding: it was probably "é"; retype it, or fix the file\'s encoding',
    ],
  ],
  [
    "mojibake-title.mdx",
    [
      '3:12: error: "Ã©" looks like text decoded with the wrong encoding: it was probably "é"; retype it, or fix the file\'s encoding',
    ],
  ],
  [
    "bidi-title.mdx",
    [
      '3:1: error: title contains an invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) after "Un article ": delete it (it can reorder or hide text)',
    ],
  ],
  [
    "invisible-excerpt.mdx",
    [
      '8:1: error: excerpt contains an invisible character U+200B (ZERO WIDTH SPACE) after "Un": delete it (it can reorder or hide text)',
    ],
  ],
  // Warnings: the page renders, but readers lose something.
  [
    "h1-warning.mdx",
    [
      "12:1: warning: an <h1> in the body: the article's title is already the page's h1; start sections with ## (h2)",
    ],
  ],
  [
    "skipped-heading.md",
    [
      "14:1: warning: heading level skips from h2 to h4 (screen reader users navigate by levels): use ### (h3)",
    ],
  ],
  [
    "vague-link.mdx",
    [
      '12:22: warning: link text "cliquez ici" says nothing out of context (screen readers list links alone): name the destination, e.g. [the internship guide](…)',
    ],
  ],
  [
    "sanitized-md.md",
    [
      '12:4: warning: attribute style="…" of <span> is removed when the page is rendered: remove it',
      "12:52: warning: <center> is removed when the page is rendered (its text stays): use Markdown for it, or remove the tag",
    ],
  ],
];

async function problemsOf(
  articles: Record<string, string | Uint8Array>,
  files: Record<string, string> = {},
) {
  const { problems, articles: valid } = await checkContent(await makeContentRoot(articles, files));
  return {
    lines: withoutHeroAltWarning(problems).map(formatProblem),
    slugs: valid.map((article) => article.slug),
  };
}

describe("content check: one fixture per kind of problem", () => {
  it("has a row for every fixture file", async () => {
    const files = await readdir(path.join(import.meta.dirname, "fixtures/problems"));
    expect(files.sort()).toEqual(problems.map(([fixture]) => fixture).sort());
  });

  it.each(problems)("%s is reported at its line", async (fixture, expected) => {
    const [slug = "", format = ""] = fixture.split(".");
    const file = `content/blog/${slug}/fr.${format}`;
    const { lines, slugs } = await problemsOf({
      [`${slug}/fr.${format}`]: await readFixture(`problems/${fixture}`),
    });
    expect(lines).toEqual(expected.map((line) => `${file}:${line}`));
    const errors = expected.some((line) => line.includes(": error: "));
    expect(slugs.includes(slug)).toBe(!errors);
  });

  it.each(
    [...forbiddenElements].flatMap((element) => ["md", "mdx"].map((format) => [element, format])),
  )("<%s> is refused in .%s", async (element, format) => {
    const body =
      element === "base" || element === "meta" || element === "link"
        ? `Texte <${element} href="/x" /> ici.`
        : `<${element}>contenu</${element}>`;
    const { lines } = await problemsOf({ [`piege/fr.${format}`]: `${header}\n${body}\n` });
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/blog/piege/fr\\.${format}:12:\\d+: error: <${element}> is not allowed in articles \\(`,
        ),
      ),
    );
    expect(lines.filter((line) => line.includes(": error: "))).toHaveLength(1);
  });

  it("a published article may not link to a draft", async () => {
    const draft = `${header.replace("state: published", "state: draft")}\nBrouillon.\n`;
    const { lines } = await problemsOf({
      brouillon: draft,
      "draft-link": await readFixture("problems/dead-article-link.mdx").then((text) =>
        text.replace("/fr/blog/la-suite", "/fr/blog/brouillon"),
      ),
    });
    expect(lines).toEqual([
      'content/blog/draft-link/fr.mdx:12:6: error: link to "brouillon", which is still a draft: publish it first, or remove the link',
    ]);
  });

  it("a file that is not UTF-8 is named, at the first damaged line", async () => {
    const latin1 = iconv.encode(`${header}\nUn réseau.\n`, "latin1");
    const { lines } = await problemsOf({ latin: latin1 });
    expect(lines).toEqual([
      "content/blog/latin/fr.mdx:8:14: error: this file is not UTF-8 (probably Windows-1252 or Latin-1): open it in your editor and save it as UTF-8",
    ]);
  });

  it("folder names must be lowercase ASCII kebab-case", async () => {
    const { lines } = await problemsOf({ Mon_Article: `${header}\nTexte.\n` });
    expect(lines).toEqual([
      'content/blog/Mon_Article: error: the folder name is the article\'s URL: rename it in lowercase ASCII words joined by "-", e.g. "mon-article"',
    ]);
  });

  it("article files are named after a language of the site, once", async () => {
    const text = `${header}\nTexte.\n`;
    const { lines } = await problemsOf({
      "deux/fr.md": text,
      "deux/fr.mdx": text,
      "deux/de.mdx": text,
      "deux/index.md": text,
    });
    expect(lines).toEqual([
      'content/blog/deux/de.mdx: error: "de" is not a language of the site (fr, en): rename the file',
      "content/blog/deux/fr.mdx: error: fr.md and fr.mdx are the same article in the same language: keep one",
      'content/blog/deux/index.md: error: "index.md" is not an article file name: name it after its language, fr.mdx or en.mdx (or .md)',
    ]);
  });

  it("a body much longer than usual is a warning", async () => {
    const paragraph = "Un mot de plus dans un très long article. ".repeat(100);
    const { lines, slugs } = await problemsOf({
      long: `${header}\n${`${paragraph}\n\n`.repeat(16)}`,
    });
    expect(lines).toEqual([
      "content/blog/long/fr.mdx:11: warning: the body is 14400 words long, far more than usual (over 6000): check for pasted duplicates, or split it into a series",
    ]);
    expect(slugs).toContain("long");
  });

  it("a published article keeps no text from content:new", async () => {
    const text = `${header.replace("Un résumé.", '"À ÉCRIRE : une phrase."')}\nÀ ÉCRIRE : le texte.\n`;
    const { lines } = await problemsOf({ neuf: text });
    expect(lines).toEqual([
      'content/blog/neuf/fr.mdx:8:1: error: the excerpt is still the "À ÉCRIRE :" text of content:new: write it before publishing',
      'content/blog/neuf/fr.mdx:12:1: error: "À ÉCRIRE :" text from content:new is still here: write it before publishing',
    ]);
  });
});

describe("content/redirects.yml", () => {
  it("keeps valid redirects, in order", async () => {
    const root = await makeContentRoot(
      {},
      {
        "redirects.yml":
          "# old → new\n/blog/old-slug: /fr/blog/valid-article\n/auteur/rudy: /fr/blog/authors/rudy-baer\n",
      },
    );
    const { problems, redirects } = await checkContent(root);
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: "/blog/old-slug", to: "/fr/blog/valid-article" },
      { from: "/auteur/rudy", to: "/fr/blog/authors/rudy-baer" },
    ]);
  });

  it.each([
    [
      "/old: /fr/blog/nowhere\n",
      "1:1: error: redirect to a missing page: link to an article that does not exist: no content/blog/nowhere/fr.mdx (known: valid-article)",
    ],
    [
      "/old: fr/blog/valid-article\n",
      '1:1: error: "fr/blog/valid-article" is not a path of the site: write it like /fr/blog/<slug>',
    ],
    [
      "old: /fr/blog/valid-article\n",
      '1:1: error: "old" is not a path: old addresses start with "/" and hold no spaces, "?" or "#"',
    ],
    [
      "/fr/blog: /fr/blog/valid-article\n",
      '1:1: error: "/fr/blog" is a page of the site: redirecting it would hide the page; remove this line',
    ],
    [
      "/a: /fr/blog\n/b: [/fr]\n",
      '2:1: error: the redirect from "/b" needs a path to go to: /b: /fr/blog/<slug>',
    ],
    [
      "/a: /fr/blog\n/a: /fr\n",
      "2:1: error: Map keys must be unique: remove one of the two entries",
    ],
    [
      "/a: /fr/blog\n/b: '/fr\n",
      "3:1: error: invalid YAML: Missing closing 'quote: a quoted value above this line is never closed",
    ],
  ])("%j is refused at its line", async (yaml, expected) => {
    const { lines } = await problemsOf({}, { "redirects.yml": yaml });
    expect(lines).toEqual([`content/redirects.yml:${expected}`]);
  });
});

describe("valid quirks that authors really write", () => {
  it.each([
    ["a quoted date", header.replace("date: 2021-03-04", 'date: "2021-03-04"')],
    ["a single-quoted date", header.replace("date: 2021-03-04", "date: '2021-03-04'")],
    [
      "a folded excerpt",
      header.replace("excerpt: Un résumé.", "excerpt: >-\n  Un résumé\n  sur deux lignes."),
    ],
    ["a literal excerpt", header.replace("excerpt: Un résumé.", "excerpt: |\n  Un résumé.")],
    ["CRLF line endings and a BOM", `\uFEFF${header}\nTexte.\n`.replace(/\n/g, "\r\n")],
    [
      "an emoji with joiners in the title",
      header.replace("title: Un article", "title: Une famille 👨‍👩‍👧"),
    ],
    [
      "French text that looks like mojibake to a naive check",
      `${header}\nAllé… « oui » — muß… CAFÉ…\n`,
    ],
  ])("%s", async (_name, text) => {
    const { lines, slugs } = await problemsOf({
      quirk: text.includes("Texte.") || text.includes("Allé") ? text : `${text}\nTexte.\n`,
    });
    expect(lines).toEqual([]);
    expect(slugs).toContain("quirk");
  });

  it("raw inline HTML in .md that the sanitizer keeps passes without a warning", async () => {
    const body =
      'Appuyez sur <kbd>Ctrl</kbd>, lisez H<sub>2</sub>O.\n\n<details>\n<summary>Plus</summary>\n\nDétail.\n\n</details>\n\n<figure>\n  <img src="images/figure.png" alt="Une figure">\n  <figcaption>Une légende</figcaption>\n</figure>\n';
    const { lines, slugs } = await problemsOf({ "html/fr.md": `${header}\n${body}` });
    expect(lines).toEqual([]);
    expect(slugs).toContain("html");
  });
});
