import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleFiles } from "@/lib/stale-files";

// public/<lang>/ holds two generators' files, written at once: the Markdown copies
// (blog/<slug>.md) and the preview images (blog/<slug>/opengraph-image).

async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

describe("removeStaleFiles", () => {
  it("deletes one generator's files of removed articles and the folders left empty, nothing else", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "stale-files-"));
    const files = [
      "blog/kept.md",
      "blog/kept/opengraph-image",
      "blog/removed.md",
      "blog/removed/opengraph-image",
    ];
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), "");
    }
    const isPreview = (file: string) => path.basename(file) === "opengraph-image";
    const keep = new Set([path.join(dir, "blog/kept/opengraph-image")]);

    expect(await removeStaleFiles(dir, keep, isPreview)).toBe(1);
    expect(await tree(dir)).toEqual([
      "blog",
      "blog/kept",
      "blog/kept.md",
      "blog/kept/opengraph-image",
      "blog/removed.md",
    ]);

    const isCopy = (file: string) => file.endsWith(".md");
    expect(await removeStaleFiles(dir, new Set([path.join(dir, "blog/kept.md")]), isCopy)).toBe(1);
    expect(await tree(dir)).toEqual([
      "blog",
      "blog/kept",
      "blog/kept.md",
      "blog/kept/opengraph-image",
    ]);

    // With nothing kept, every folder below dir goes, dir itself stays.
    expect(await removeStaleFiles(dir, new Set())).toBe(2);
    expect(await tree(dir)).toEqual([]);
  });
});
