// `npm run content:new -- "Titre de l'article"`: creates content/blog/<slug>/fr.mdx with a valid
// draft frontmatter (slug folded to ASCII from the title, today's date in the site's time zone)
// and prints its path. It never overwrites an existing article.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { checkContent, draftMarker } from "@/lib/content";
import { site } from "@/lib/site";
import { toSlug } from "@/lib/body/slug";

const title = process.argv.slice(2).join(" ").trim();
const fail = (message: string) => {
  console.error(`content:new: ${message}`);
  process.exit(1);
};
if (!title) fail('give the title: npm run content:new -- "Titre de l\'article"');
const slug = toSlug(title);
if (!slug)
  fail(`"${title}" has no letters or digits to make an address from: choose another title`);

const root = process.cwd();
const relativeDir = path.posix.join("content", "blog", slug);
const dir = path.join(root, relativeDir);
const existing = await readdir(dir).catch(() => undefined);
if (existing?.some((name) => /^[a-z]{2}\.mdx?$/.test(name))) {
  fail(`${relativeDir}/ already holds an article: choose another title, or edit that one`);
}
// The first author and category make the draft valid at once; the comments list the others.
const content = await checkContent(root);
const authors = [...content.authors.keys()];
const categories = [...content.categories.keys()];
if (authors.length === 0 || categories.length === 0) {
  fail("content/authors/ and content/categories.yml must hold at least one entry first");
}

// YYYY-MM-DD in the site's time zone (sv-SE formats dates that way).
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: site.timeZone }).format(new Date());
const file = `${relativeDir}/fr.mdx`;
const text = `---
state: draft
title: ${JSON.stringify(title)}
date: ${today}
categories: [${JSON.stringify(categories[0])}] # known: ${categories.join(", ")}
heroImage: images/hero.png # replace with your image, in ${relativeDir}/images/
languages: ["fr"]
excerpt: "${draftMarker} une ou deux phrases pour les listes, les flux et les moteurs de recherche."
authors: [${JSON.stringify(authors[0])}] # known: ${authors.join(", ")}
heroAlt: "${draftMarker} ce que montre l’image, pour qui ne la voit pas."
---

${draftMarker} le texte de l'article.
`;
await mkdir(path.join(dir, "images"), { recursive: true });
await writeFile(path.join(root, file), text, { flag: "wx" });
// A plain stand-in hero so the draft shows in \`npm run dev\`; replace it before publishing.
const hero = path.join(dir, "images", "hero.png");
if (!existing?.includes("images")) {
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#d6d3d1" } })
    .png()
    .toFile(hero);
}
console.log(file);
console.log("Write the excerpt and the text, replace images/hero.png, then: npm run content:check");
