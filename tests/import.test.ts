import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCatalogue, type ImportOptions } from "@/lib/import/run";
import { reportLines } from "@/lib/import/summary";

// `npm run content:import` on the two fixture catalogues of tests/fixtures/import/, written
// from each format's documentation. Every expectation below is written by hand.

const fixtures = path.resolve("tests/fixtures/import");
/** The CLI tests start tsx in a child process: seconds on a machine shared with builds. */
const cliTimeout = 60_000;
const astro = path.join(fixtures, "astro");
const wordpress = path.join(fixtures, "wordpress");

const project = () => mkdtemp(path.join(os.tmpdir(), "content-import-"));
const run = (source: string, out: string, force = false) =>
  importCatalogue({ source, out, force } satisfies ImportOptions);
const text = (root: string, file: string) => readFile(path.join(root, file), "utf8");

/** Every file under a folder, relative to it, sorted. */
async function files(root: string, dir = ""): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const found = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? files(root, path.posix.join(dir, entry.name))
        : [path.posix.join(dir, entry.name)],
    ),
  );
  return found.flat().sort();
}

/** Every file's bytes, to compare two runs. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries = await Promise.all(
    (await files(root)).map(async (file) => [
      file,
      (await readFile(path.join(root, file))).toString("base64"),
    ]),
  );
  return Object.fromEntries(entries);
}

function cli(...args: string[]) {
  return spawnSync(
    "npx",
    ["tsx", "--tsconfig", "tsconfig.json", "scripts/content-import.ts", ...args],
    {
      encoding: "utf8",
    },
  );
}

describe("content:import of an Astro project", () => {
  it("writes the articles, their images, the authors, the categories and the redirects", async () => {
    const out = await project();
    const report = await run(astro, out);
    expect(report.format).toBe("astro");
    expect(report.skipped).toEqual([]);
    expect(await files(out)).toEqual([
      "content/authors/jane-doe.png",
      "content/authors/jane-doe.yml",
      "content/authors/john-smith.yml",
      "content/blog/guide-typescript/en.md",
      "content/blog/guide-typescript/fr.md",
      "content/blog/guide-typescript/images/diagram.png",
      "content/blog/guide-typescript/images/hero.png",
      "content/blog/guide-typescript/images/screenshot.png",
      "content/blog/notes-rapides/fr.mdx",
      "content/blog/notes-rapides/images/cover.png",
      "content/blog/retour-conference/en.mdx",
      "content/blog/retour-conference/fr.mdx",
      "content/blog/retour-conference/images/scene.png",
      "content/blog/retour-conference/images/thumbnail.jpg",
      "content/categories.yml",
      "content/redirects.yml",
    ]);
    const source = path.join(astro, "src/content/posts/guide-typescript/images/hero.png");
    expect(await readFile(path.join(out, "content/blog/guide-typescript/images/hero.png"))).toEqual(
      await readFile(source),
    );
  });

  it("maps an MDX post: Tweet without its import, raw figure, YouTube iframe, fallback excerpt, no authors", async () => {
    const out = await project();
    await run(astro, out);
    expect(await text(out, "content/blog/retour-conference/fr.mdx")).toBe(`---
state: published
title: "Retour de conférence : trois jours à Lyon"
date: 2023-11-20
categories:
  - actualites-web-numerique
tags:
  - conférences
heroImage: images/thumbnail.jpg
languages:
  - fr
excerpt: "Trois jours de conférences à Lyon : ce que nous avons retenu."
---

Trois jours à Lyon, racontés par l'équipe. Le [guide TypeScript](/fr/blog/guide-typescript) en est né, comme l'[ancien guide](/fr/blog/guide-typescript) avant lui.

<Post url="https://twitter.com/bearstudio/status/1700000000000000000" provider="x" />

<Figure src="images/scene.png" alt="La scène principale avant l'ouverture" caption="La scène principale, le premier matin." />

<div class="note">
  <p>
    Les vidéos sont en ligne : <strong>merci aux organisateurs</strong> !
  </p>
</div>

<Video provider="youtube" id="dQw4w9WgXcQ" title="La keynote d'ouverture" />
`);
  });

  it("gives a translation its own slug, thumbnail.alt as heroAlt, and links under the new URLs", async () => {
    const out = await project();
    await run(astro, out);
    expect(await text(out, "content/blog/guide-typescript/en.md")).toBe(`---
state: published
title: "TypeScript guide: typing a project in five languages"
slug: typescript-guide
date: 2024-03-12
categories:
  - developpement
tags:
  - TypeScript
heroImage: images/hero.png
heroAlt: A white circle on a blue background
languages:
  - en
excerpt: Typing a project end to end, from the shell script to the database.
authors:
  - jane-doe
  - john-smith
---

This guide goes with our [conference recap](/en/blog/conference-recap). For an audit, see [our services](https://www.bearstudio.fr/en/services/web-development).

\`\`\`ts
const answer: number = 42;
\`\`\`
`);
    expect(await text(out, "content/blog/retour-conference/en.mdx")).toBe(`---
state: published
title: "Conference recap: three days in Lyon"
slug: conference-recap
date: 2023-11-20
categories:
  - actualites-web-numerique
heroImage: images/thumbnail.jpg
languages:
  - en
excerpt: "Three days of talks in Lyon: what we kept."
authors:
  - john-smith
---

Three days in Lyon, told by the team. See the [TypeScript guide](/en/blog/typescript-guide) and our [team](https://www.bearstudio.fr/en/team).

<Post url="https://twitter.com/i/status/1700000000000000001" provider="x" />

<Figure src="images/scene.png" alt="The main stage before the opening" caption="The main stage, on the first morning." />
`);
  });

  it("changes only the lines a move requires in a long .md post, and keeps its raw figure", async () => {
    const out = await project();
    await run(astro, out);
    const before = (await text(astro, "src/content/posts/guide-typescript/fr.md")).split("\n");
    const after = (await text(out, "content/blog/guide-typescript/fr.md")).split("\n");
    expect(after.slice(0, 17)).toEqual([
      "---",
      "state: published",
      'title: "Guide TypeScript : typer un projet en cinq langages"',
      "date: 2024-03-12",
      "updated: 2024-05-02",
      "categories:",
      "  - developpement",
      "tags:",
      "  - TypeScript",
      "  - outillage",
      "heroImage: images/hero.png",
      "languages:",
      "  - fr",
      "excerpt: Typer un projet de bout en bout, du script shell à la base de données.",
      "authors:",
      "  - jane-doe",
      "---",
    ]);
    // The body: the same lines as the source (frontmatter of 14 lines there, 17 here)...
    const body = after.slice(17);
    const sourceBody = before.slice(14);
    expect(body).toHaveLength(sourceBody.length);
    const changed = body.flatMap((line, index) => (line === sourceBody[index] ? [] : [index + 15]));
    // ...but for source line 16 (five links) and 54 (./images/diagram.png).
    expect(changed).toEqual([16, 54]);
    expect(body[1]).toBe(
      "Ce guide accompagne notre [retour de conférence](/fr/blog/retour-conference) et les [notes rapides](/fr/blog/notes-rapides#video). Pour un audit, voyez [nos prestations](https://www.bearstudio.fr/fr/prestations/developpement-web) ou [Jane](https://www.bearstudio.fr/fr/equipe/jane-doe), et revenez à [l'accueil](https://www.bearstudio.fr/fr/).",
    );
    expect(body[39]).toBe("![Schéma des deux modules](images/diagram.png)");
    expect(body).toContain("<figure>");
    expect(body).toContain("<figcaption>");
  });

  it("writes a .md post that needs components as .mdx, with an excerpt made from its first paragraph", async () => {
    const out = await project();
    await run(astro, out);
    expect(await text(out, "content/blog/notes-rapides/fr.mdx")).toBe(`---
state: published
title: Notes rapides
date: 2022-06-01
updated: 2022-07-15
categories:
  - developpement
heroImage: images/cover.png
languages:
  - fr
excerpt: Quelques notes prises en chemin, entre deux projets, sur les outils que nous utilisons chaque jour au studio et sur ce qu'ils nous apprennent de notre façon de travailler, de tester et de livrer à…
authors:
  - jane-doe
---

Quelques notes prises en chemin, entre deux projets, sur les outils que nous utilisons chaque jour au studio et sur ce qu'ils nous apprennent de notre façon de travailler, de tester et de livrer à nos clients.

## Vidéo

<Video provider="vimeo" id="76979871" title="Une démonstration" />

<Post url="https://tenor.com/view/lost-keys-gif-11029642" provider="tenor" title="Lost Keys GIF" />

La conférence dont nous parlions :

<Video provider="ted" id="some_speaker_some_talk" title="Un TED sur les outils" />

<Post url="https://giphy.com/gifs/KDRv3QggAjyo" provider="giphy" title="Giphy - Peter Parker cry" />
`);
  });

  it("writes authors from people files, invents category labels and says so, and redirects every old URL", async () => {
    const out = await project();
    const report = await run(astro, out);
    expect(await text(out, "content/authors/jane-doe.yml")).toBe(`name: Jane Doe
role: Développeuse front-end
bio: Jane écrit du TypeScript depuis 2016 et anime les ateliers du studio.
avatar: jane-doe.png
links:
  - label: LinkedIn
    url: https://www.linkedin.com/in/jane-doe-example
  - label: Website
    url: https://jane.example.com/
`);
    expect(await text(out, "content/authors/john-smith.yml")).toBe(`name: John Smith
role: Designer
links:
  - label: X
    url: https://x.com/johnsmith_example
`);
    expect(await text(out, "content/categories.yml"))
      .toBe(`# Category id → its label in each language.

actualites-web-numerique:
  fr: Actualites web numerique
  en: Actualites web numerique
developpement:
  fr: Developpement
  en: Developpement
`);
    expect(report.inventedCategories).toEqual(["actualites-web-numerique", "developpement"]);
    expect(await text(out, "content/redirects.yml"))
      .toBe(`# Old URL path → new URL path, served as permanent redirects.

/blog: /fr/blog
/blog/developpement: /fr/blog/categories/developpement
/blog/developpement/guide-typescript: /fr/blog/guide-typescript
/en/blog/posts/conference-recap: /en/blog/conference-recap
/en/blog/posts/conference-recap.md: /en/blog/conference-recap.md
/en/blog/posts/typescript-guide: /en/blog/typescript-guide
/en/blog/posts/typescript-guide.md: /en/blog/typescript-guide.md
/en/blog/rss.xml: /en/rss.xml
/fr/blog/articles/guide-typescript: /fr/blog/guide-typescript
/fr/blog/articles/guide-typescript.md: /fr/blog/guide-typescript.md
/fr/blog/articles/notes-rapides: /fr/blog/notes-rapides
/fr/blog/articles/notes-rapides.md: /fr/blog/notes-rapides.md
/fr/blog/articles/retour-conference: /fr/blog/retour-conference
/fr/blog/articles/retour-conference.md: /fr/blog/retour-conference.md
/fr/blog/auteurs/jane-doe: /fr/blog/authors/jane-doe
/fr/blog/auteurs/john-smith: /fr/blog/authors/john-smith
/fr/blog/rss.xml: /fr/rss.xml
`);
  });

  it("logs each change at its source file:line, then the summary", async () => {
    const report = await run(astro, await project());
    const posts = "src/content/posts";
    expect(reportLines(report)).toEqual([
      `${posts}/guide-typescript/en.md:9: image-path: ./images/hero.png → images/hero.png`,
      `${posts}/guide-typescript/en.md:18: post-link: /en/blog/posts/conference-recap → /en/blog/conference-recap`,
      `${posts}/guide-typescript/en.md:18: parent-link: /en/services/web-development → https://www.bearstudio.fr/en/services/web-development`,
      `${posts}/guide-typescript/fr.md:10: image-path: ./images/hero.png → images/hero.png`,
      `${posts}/guide-typescript/fr.md:16: post-link: /fr/blog/articles/retour-conference → /fr/blog/retour-conference`,
      `${posts}/guide-typescript/fr.md:16: post-link: /fr/blog/articles/notes-rapides#video → /fr/blog/notes-rapides#video`,
      `${posts}/guide-typescript/fr.md:16: parent-link: /fr/prestations/developpement-web → https://www.bearstudio.fr/fr/prestations/developpement-web`,
      `${posts}/guide-typescript/fr.md:16: parent-link: /fr/equipe/jane-doe → https://www.bearstudio.fr/fr/equipe/jane-doe`,
      `${posts}/guide-typescript/fr.md:16: parent-link: /fr/ → https://www.bearstudio.fr/fr/`,
      `${posts}/guide-typescript/fr.md:54: image-path: ./images/diagram.png → images/diagram.png`,
      `${posts}/notes-rapides/fr.md:13: excerpt-derived: (first paragraph) → Quelques notes prises en chemin, entre deux projets, sur les outils que nous utilisons chaque jour …`,
      `${posts}/notes-rapides/fr.md:17: video: <div style="display: flex; justify-content: center;"><iframe src="https://player.vimeo.com/video/76… → <Video provider="vimeo" id="76979871" title="Une démonstration" />`,
      `${posts}/notes-rapides/fr.md:17: mdx: fr.md → fr.mdx`,
      `${posts}/notes-rapides/fr.md:19: post-embed: <div class="tenor-gif-embed" data-postid="11029642" data-share-method="host" data-aspect-ratio="1" … → <Post url="https://tenor.com/view/lost-keys-gif-11029642" provider="tenor" title="Lost Keys GIF" />`,
      `${posts}/notes-rapides/fr.md:23: video: <iframe src="https://embed.ted.com/talks/lang/fr/some_speaker_some_talk" title="Un TED sur les outi… → <Video provider="ted" id="some_speaker_some_talk" title="Un TED sur les outils" />`,
      `${posts}/notes-rapides/fr.md:25: post-embed: <iframe src="https://giphy.com/embed/KDRv3QggAjyo" title="Giphy - Peter Parker cry" width="400" hei… → <Post url="https://giphy.com/gifs/KDRv3QggAjyo" provider="giphy" title="Giphy - Peter Parker cry" />`,
      `${posts}/retour-conference/en.mdx:12: import-removed: import { Tweet } from '@astro-community/astro-embed-twitter'; → (nothing)`,
      `${posts}/retour-conference/en.mdx:14: post-link: /en/blog/posts/typescript-guide → /en/blog/typescript-guide`,
      `${posts}/retour-conference/en.mdx:14: parent-link: /en/team → https://www.bearstudio.fr/en/team`,
      `${posts}/retour-conference/en.mdx:16: post-embed: <Tweet id="1700000000000000001" /> → <Post url="https://twitter.com/i/status/1700000000000000001" provider="x" />`,
      `${posts}/retour-conference/en.mdx:18: figure: <figure> ![The main stage before the opening](images/scene.png) <figcaption> The main stage, on the… → <Figure src="images/scene.png" alt="The main stage before the opening" caption="The main stage, on …`,
      `${posts}/retour-conference/fr.mdx:12: import-removed: import { Tweet } from '@astro-community/astro-embed-twitter'; → (nothing)`,
      `${posts}/retour-conference/fr.mdx:14: post-link: /fr/blog/articles/guide-typescript → /fr/blog/guide-typescript`,
      `${posts}/retour-conference/fr.mdx:14: post-link: https://www.bearstudio.fr/blog/developpement/guide-typescript → /fr/blog/guide-typescript`,
      `${posts}/retour-conference/fr.mdx:16: post-embed: <Tweet id="https://twitter.com/bearstudio/status/1700000000000000000" /> → <Post url="https://twitter.com/bearstudio/status/1700000000000000000" provider="x" />`,
      `${posts}/retour-conference/fr.mdx:18: figure: <figure> <img src="./images/scene.png" alt="La scène principale avant l'ouverture" /> <figcaption>L… → <Figure src="images/scene.png" alt="La scène principale avant l'ouverture" caption="La scène princi…`,
      `${posts}/retour-conference/fr.mdx:29: video: <iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="La keynote … → <Video provider="youtube" id="dQw4w9WgXcQ" title="La keynote d'ouverture" />`,
      "redirects.ts:22: note: 1 redirect leads to the studio's own pages (/team → /fr/equipe, …), not to posts: they stay with the studio's site",
      "content:import: astro catalogue",
      "  posts: 5 imported, 0 skipped",
      "  rewrites: excerpt-derived 1, figure 2, image-path 3, import-removed 2, mdx 1, parent-link 5, post-embed 4, post-link 6, video 3",
      "  notes for the author: 1",
      "  authors written: jane-doe, john-smith",
      "  categories added: actualites-web-numerique, developpement (labels invented from the id, to rewrite in content/categories.yml: actualites-web-numerique, developpement)",
      "  redirects: 17 written (17 old addresses known)",
      "  source fields not carried over: excerpt 2",
    ]);
  });

  it("gives the same files when run twice, and says the second run changed nothing", async () => {
    const out = await project();
    await run(astro, out);
    const first = await snapshot(out);
    const again = await run(astro, out);
    expect(await snapshot(out)).toEqual(first);
    expect(again.skipped).toEqual([]);
    expect(again.imported.map((article) => article.unchanged)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("never overwrites an article that differs unless --force", async () => {
    const out = await project();
    await run(astro, out);
    const file = "content/blog/guide-typescript/en.md";
    const imported = await text(out, file);
    await writeFile(path.join(out, file), "---\ntitle: edited by hand\n---\n");

    const kept = await run(astro, out);
    expect(kept.skipped).toEqual([
      {
        file: "src/content/posts/guide-typescript/en.md",
        message: `${file} already exists and differs: pass --force to replace it`,
      },
    ]);
    expect(await text(out, file)).toBe("---\ntitle: edited by hand\n---\n");

    const forced = await run(astro, out, true);
    expect(forced.skipped).toEqual([]);
    expect(await text(out, file)).toBe(imported);
  });

  it(
    "skips, with file:line and a non-zero exit, a .md post whose embed needs MDX it cannot be",
    async () => {
      const source = await project();
      await cp(astro, source, { recursive: true });
      const broken = path.join(source, "src/content/posts/video-cassee");
      await mkdir(path.join(broken, "images"), { recursive: true });
      await cp(
        path.join(astro, "src/content/posts/notes-rapides/images/cover.png"),
        path.join(broken, "images/cover.png"),
      );
      await writeFile(
        path.join(broken, "fr.md"),
        [
          "---",
          "title: 'Vidéo cassée'",
          "date: 2021-01-01",
          "categories: ['developpement']",
          "heroImage: 'images/cover.png'",
          "excerpt: 'Une vidéo et un saut de ligne.'",
          "---",
          "",
          '<iframe src="https://www.youtube.com/embed/abc123" title="Démo"></iframe>',
          "",
          "Première ligne<br>",
          "seconde ligne.",
          "",
        ].join("\n"),
      );
      const out = await project();
      const result = cli(source, "--out", out);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(
        "src/content/posts/video-cassee/fr.md:11: skipped: needs a component (line 9) so must become .mdx, but does not parse as MDX: MDX syntax: Expected a closing tag for `<br>` (11:15-11:19) before the end of `paragraph`: close it with </br>, or end it with /> when it has no content: <br />",
      );
      expect(result.stdout).toContain("  posts: 5 imported, 1 skipped");
      expect((await files(out)).some((file) => file.includes("video-cassee"))).toBe(false);
    },
    cliTimeout,
  );
});

describe("content:import of a WordPress export", () => {
  it("writes each post with code, table, figure and video, and the post without authors", async () => {
    const out = await project();
    const report = await run(wordpress, out);
    expect(report.format).toBe("wordpress");
    expect(await files(out)).toEqual([
      "content/authors/rudy-baer.yml",
      "content/blog/atelier-design/fr.md",
      "content/blog/atelier-design/images/atelier.png",
      "content/blog/comment-trouver-un-premier-stage/fr.mdx",
      "content/blog/comment-trouver-un-premier-stage/images/schema.png",
      "content/blog/comment-trouver-un-premier-stage/images/stage.jpg",
      "content/categories.yml",
      "content/redirects.yml",
    ]);
    expect(await text(out, "content/blog/atelier-design/fr.md")).toBe(`---
state: published
title: Atelier design
date: 2021-02-03
categories:
  - design-css
tags:
  - Design
heroImage: images/atelier.png
languages:
  - fr
excerpt: Un atelier d'une journée pour apprendre à choisir les couleurs d'une interface, avec des exercices sur de vraies maquettes.
---

Un atelier d'une journée pour apprendre à choisir les couleurs d'une interface, avec des exercices sur de vraies maquettes.

Il prolonge l'article sur le [premier stage](/fr/blog/comment-trouver-un-premier-stage).

<p>Relisez <a href="/fr/blog/comment-trouver-un-premier-stage">le premier stage</a>, puis <a href="/fr/blog/comment-trouver-un-premier-stage">ses exemples</a>.</p>
`);
    const stage = await text(out, "content/blog/comment-trouver-un-premier-stage/fr.mdx");
    expect(stage.split("\n").slice(0, 19)).toEqual([
      "---",
      "state: published",
      "title: Comment trouver un premier stage ?",
      "date: 2020-10-19",
      "categories:",
      "  - entrepreneuriat",
      "tags:",
      "  - Stage",
      "  - Réseau",
      "heroImage: images/stage.jpg",
      "languages:",
      "  - fr",
      "excerpt: Quelques pistes pour trouver un stage, même sans contacts d’entreprise.",
      "authors:",
      "  - rudy-baer",
      "---",
      "",
      "Trouver un stage sans contacts, c'est possible. Commencez par l'[atelier design](/fr/blog/atelier-design), puis relisez l'[article sur les couleurs](/fr/blog/atelier-design). Le studio présente ses [prestations](https://www.bearstudio.fr/prestations/ux-design) et [Rudy](https://www.bearstudio.fr/team/rudy-baer) répond aux questions.",
      "",
    ]);
    expect(stage).toContain(
      '\n<Figure src="images/schema.png" alt="Schéma du parcours de candidature" caption="Le parcours, de la candidature à l\'entretien." />\n\n<Video provider="youtube" id="aqz-KE-bpKQ" title="Préparer son entretien" />\n\n<Post url="https://twitter.com/bearstudio/status/1318000000000000000" provider="x">Nous accueillons deux stagiaires à Rouen cet hiver !</Post>\n\nBonne recherche !\n',
    );
    for (const language of ["php", "js", "bash", "yaml", "css", "go"])
      expect(stage).toContain(`\n\`\`\`${language}\n`);
    expect(stage).toContain(
      "| Studio du Nord | Rouen | 6 mois | gratification légale | deux jours par semaine | TypeScript, React, PostgreSQL | recrutement@studio-du-nord.example |",
    );
  });

  it("keeps what content/ holds (labels, comments, redirects) and adds the rest", async () => {
    const out = await project();
    await mkdir(path.join(out, "content"), { recursive: true });
    await writeFile(
      path.join(out, "content/categories.yml"),
      "# Nos catégories\nentrepreneuriat:\n  fr: Entrepreneuriat\n  en: Entrepreneurship\n",
    );
    await writeFile(
      path.join(out, "content/redirects.yml"),
      "# Anciennes adresses\n/ancienne: /fr/blog\n",
    );
    const report = await run(wordpress, out);
    expect(await text(out, "content/categories.yml")).toBe(`# Nos catégories
entrepreneuriat:
  fr: Entrepreneuriat
  en: Entrepreneurship
design-css:
  fr: Design css
  en: Design css
`);
    expect(report.inventedCategories).toEqual(["design-css"]);
    expect(await text(out, "content/redirects.yml")).toBe(`# Anciennes adresses
/ancienne: /fr/blog
/blog/design-css: /fr/blog/categories/design-css
/blog/design-css/atelier-design: /fr/blog/atelier-design
/blog/entrepreneuriat: /fr/blog/categories/entrepreneuriat
/blog/entrepreneuriat/comment-trouver-un-premier-stage: /fr/blog/comment-trouver-un-premier-stage
/feed: /fr/rss.xml
`);
    expect(await text(out, "content/authors/rudy-baer.yml")).toBe("name: Rudy Baer\nlinks: []\n");
    expect(report.inventedAuthors).toEqual(["rudy-baer"]);
  });

  it("notes, at file:line, what it leaves for the author, and never runs a ---js block", async () => {
    const source = await project();
    await cp(wordpress, source, { recursive: true });
    await writeFile(
      path.join(source, "2022-01-01-codepen.md"),
      [
        "---",
        "state: 'published'",
        "title: 'Un CodePen'",
        "date: 2022-01-01",
        "categories: ['developpement']",
        "heroImage: 'images/stage.jpg'",
        "languages: ['fr']",
        "excerpt: 'Un exemple en ligne.'",
        "---",
        "",
        '<iframe src="https://codepen.io/team/embed/abc" title="Exemple"></iframe>',
        "",
        "[Le guide](/fr/blog/articles/inconnu) et ![une image distante](https://example.com/x.png).",
        "",
      ].join("\n"),
    );
    const marker = path.join(source, "evaluated");
    await writeFile(
      path.join(source, "2022-02-02-script.md"),
      `---js\nrequire("node:fs").writeFileSync(${JSON.stringify(marker)}, "x")\nstate: 'published'\n---\n\nTexte.\n`,
    );
    const report = await run(source, await project());
    expect(report.notices).toEqual([
      {
        file: "2022-01-01-codepen.md",
        line: 11,
        message:
          'iframe from "https://codepen.io/team/embed/abc" has no component on the blog: replace it with a link',
      },
      {
        file: "2022-01-01-codepen.md",
        line: 13,
        message:
          'link to "/fr/blog/articles/inconnu" is left as written: no page at "/fr/blog/articles/inconnu": links inside the site look like /fr/blog/<slug>, /fr/blog/categories/<id> or /fr/blog/authors/<id>',
      },
      {
        file: "2022-01-01-codepen.md",
        line: 13,
        message:
          'image "https://example.com/x.png" is not in the post\'s images/ folder: it is not copied',
      },
    ]);
    expect(report.skipped).toEqual([
      {
        file: "2022-02-02-script.md",
        line: 1,
        message: 'frontmatter in "js" is not accepted: write it in YAML between two "---" lines',
      },
    ]);
    await expect(readFile(marker)).rejects.toThrow();
  });

  it("refuses the first article's original export, whose title was read in the wrong encoding", async () => {
    const source = await project();
    await cp(
      path.resolve("tests/fixtures/seed/000_9189d0184bc47463.txt"),
      path.join(source, "000_9189d0184bc47463.txt"),
    );
    const report = await run(source, await project());
    expect(report.imported).toEqual([]);
    expect(report.skipped).toEqual([
      {
        file: "000_9189d0184bc47463.txt",
        line: 3,
        message:
          'the title "Ã©" looks like text decoded with the wrong encoding: it was probably "é": fix the file\'s encoding (save it as UTF-8) first',
      },
    ]);
  });

  it("skips a post whose hero image is missing, and imports the others", async () => {
    const source = await project();
    await cp(wordpress, source, { recursive: true });
    const post = await text(wordpress, "2021-02-03-atelier-design.md");
    await writeFile(
      path.join(source, "2021-02-03-atelier-design.md"),
      post.replace("images/atelier.png", "images/absente.png"),
    );
    const out = await project();
    const report = await run(source, out);
    expect(report.skipped).toEqual([
      {
        file: "2021-02-03-atelier-design.md",
        line: 9,
        message: 'image "images/absente.png" not found in ./images/',
      },
    ]);
    expect(report.imported.map((article) => article.output)).toEqual([
      "content/blog/comment-trouver-un-premier-stage/fr.mdx",
    ]);
    // The link to the skipped post stays as written rather than pointing at a page that is not there.
    expect(await text(out, "content/blog/comment-trouver-un-premier-stage/fr.mdx")).toContain(
      "Commencez par l'[atelier design](/blog/design-css/atelier-design), puis relisez l'[article sur les couleurs](https://www.bearstudio.fr/blog/design-css/atelier-design).",
    );
  });

  it(
    "logs each change at its source file:line and exits 0 when every post is imported",
    async () => {
      const out = await project();
      const result = cli(wordpress, "--out", out);
      expect(result.status).toBe(0);
      expect(result.stdout.split("\n").slice(0, 12)).toEqual([
        "2020-10-19-premier-stage.md:13: entity: Quelques pistes pour trouver un stage, même sans contacts d&rsquo;entreprise. → Quelques pistes pour trouver un stage, même sans contacts d’entreprise.",
        "2020-10-19-premier-stage.md:18: post-link: /blog/design-css/atelier-design → /fr/blog/atelier-design",
        "2020-10-19-premier-stage.md:18: post-link: https://www.bearstudio.fr/blog/design-css/atelier-design → /fr/blog/atelier-design",
        "2020-10-19-premier-stage.md:18: parent-link: /prestations/ux-design → https://www.bearstudio.fr/prestations/ux-design",
        `2020-10-19-premier-stage.md:53: figure: <figure class="wp-block-image"><img src="images/schema.png" alt="Schéma du parcours de candidature"… → <Figure src="images/schema.png" alt="Schéma du parcours de candidature" caption="Le parcours, de la…`,
        `2020-10-19-premier-stage.md:55: video: <figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrappe… → <Video provider="youtube" id="aqz-KE-bpKQ" title="Préparer son entretien" />`,
        "2020-10-19-premier-stage.md:55: mdx: fr.md → fr.mdx",
        `2020-10-19-premier-stage.md:57: post-embed: <blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Nous accueillons deux stagiaires à Rouen c… → <Post url="https://twitter.com/bearstudio/status/1318000000000000000" provider="x">Nous accueillons…`,
        "2021-02-03-atelier-design.md:15: excerpt-derived: (first paragraph) → Un atelier d'une journée pour apprendre à choisir les couleurs d'une interface, avec des exercices …",
        "2021-02-03-atelier-design.md:17: post-link: /blog/entrepreneuriat/comment-trouver-un-premier-stage → /fr/blog/comment-trouver-un-premier-stage",
        "2021-02-03-atelier-design.md:19: post-link: /blog/entrepreneuriat/comment-trouver-un-premier-stage → /fr/blog/comment-trouver-un-premier-stage",
        "2021-02-03-atelier-design.md:19: post-link: /blog/entrepreneuriat/comment-trouver-un-premier-stage → /fr/blog/comment-trouver-un-premier-stage",
      ]);
      expect(result.stdout).toContain("  posts: 2 imported, 0 skipped\n");
    },
    cliTimeout,
  );
});
