import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { importCatalogue } from "@/lib/import/run";

// An Astro site serves each post as Markdown too (/fr/blog/articles/<slug>.md). A link to that
// copy, or its old address, must lead to the blog's own Markdown copy (/fr/blog/<slug>.md), not
// to the HTML page: the sentence around such a link is about the Markdown.

const cover = path.resolve(
  "tests/fixtures/import/astro/src/content/posts/notes-rapides/images/cover.png",
);

async function astroProject(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "import-md-copy-"));
  const post = async (slug: string, body: string) => {
    await mkdir(path.join(root, "src/content/posts", slug, "images"), { recursive: true });
    await copyFile(cover, path.join(root, "src/content/posts", slug, "images/cover.png"));
    await writeFile(
      path.join(root, "src/content/posts", slug, "fr.md"),
      `---\ntitle: 'Article ${slug}'\ndate: 2024-05-02\ncategories:\n  - 'notes'\nheroImage: 'images/cover.png'\n---\n\n${body}\n`,
    );
  };
  await post(
    "copie",
    "Chaque article se lit aussi en Markdown ([celui-ci](/fr/blog/articles/copie.md)).",
  );
  await post("autre", "Voir [l'article](/fr/blog/articles/copie).");
  return root;
}

it("sends a link to an old Markdown copy, and its old address, to the new Markdown copy", async () => {
  const source = await astroProject();
  const out = await mkdtemp(path.join(os.tmpdir(), "import-md-copy-out-"));
  const report = await importCatalogue({ source, out, force: false });
  expect(report.skipped).toEqual([]);
  const body = await readFile(path.join(out, "content/blog/copie/fr.md"), "utf8");
  expect(body).toContain("([celui-ci](/fr/blog/copie.md))");
  const other = await readFile(path.join(out, "content/blog/autre/fr.md"), "utf8");
  expect(other).toContain("[l'article](/fr/blog/copie)");
  const redirects = await readFile(path.join(out, "content/redirects.yml"), "utf8");
  expect(redirects).toContain("\n/fr/blog/articles/copie.md: /fr/blog/copie.md\n");
  expect(redirects).toContain("\n/fr/blog/articles/copie: /fr/blog/copie\n");
});
