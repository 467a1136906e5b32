import { copyFile, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { importCatalogue } from "@/lib/import/run";
import { reportLines } from "@/lib/import/summary";

// Sites keep images that no post shows any more (older sizes, a theme's variants). The importer
// copies only what the posts use, and names each file it leaves behind: nothing goes silently.

const png = path.resolve(
  "tests/fixtures/import/astro/src/content/posts/notes-rapides/images/cover.png",
);

it("names each image of a post's folder that no post uses, and does not copy it", async () => {
  const source = await mkdtemp(path.join(os.tmpdir(), "import-left-"));
  const dir = path.join(source, "src/content/posts/carnet");
  await mkdir(path.join(dir, "images"), { recursive: true });
  for (const name of ["cover.png", "schema.png", "ancienne-taille.png"])
    await copyFile(png, path.join(dir, "images", name));
  await writeFile(
    path.join(dir, "fr.md"),
    "---\ntitle: 'Carnet'\ndate: 2024-05-02\ncategories:\n  - 'notes'\nheroImage: 'images/cover.png'\n---\n\nUn schéma :\n\n![Le schéma](images/schema.png)\n",
  );
  const out = await mkdtemp(path.join(os.tmpdir(), "import-left-out-"));
  const report = await importCatalogue({ source, out, force: false });

  expect(report.skipped).toEqual([]);
  expect(await readdir(path.join(out, "content/blog/carnet/images"))).toEqual([
    "cover.png",
    "schema.png",
  ]);
  const lines = reportLines(report);
  expect(lines).toContain(
    "src/content/posts/carnet/images/ancienne-taille.png: left behind: no post uses it",
  );
  expect(lines).toContain("  images left behind (no post uses them): 1");
});
