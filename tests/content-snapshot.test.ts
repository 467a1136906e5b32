import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeContentRoot } from "./content-fixture";

// Each process of a build loads content/ through lib/content/snapshot.ts: the first checks it,
// the others read its result back from the build cache, unless a file of content/ changed.

const checked: string[] = [];
vi.doMock("@/lib/content/check-content", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/content/check-content")>();
  return {
    checkContent: (root: string) => {
      checked.push(root);
      return real.checkContent(root);
    },
  };
});
const { loadContent } = await import("@/lib/content/snapshot");

let root: string;
const article = () => path.join(root, "content", "blog", "valid-article", "fr.mdx");

beforeAll(async () => {
  root = await makeContentRoot();
});

describe("a load of content/", () => {
  it("checks it the first time, then reads the same result back", async () => {
    const first = await loadContent(root);
    expect(checked).toEqual([root]);
    const second = await loadContent(root);
    expect(checked).toEqual([root]);
    expect(second).toEqual(first);
    // Shared objects stay shared: an article's author is the one of the authors' table.
    const [author] = second.articles[0]!.authors;
    expect(author).toBe(second.authors.get(author!.id));
  });

  it("checks again once an article is edited", async () => {
    const text = await readFile(article(), "utf8");
    await writeFile(
      article(),
      text.replace("title: 'Un article valide'", "title: 'Un article revu'"),
    );
    const content = await loadContent(root);
    expect(checked).toHaveLength(2);
    expect(content.articles[0]!.title).toBe("Un article revu");
  });

  it("checks again once an image is added", async () => {
    const images = path.join(root, "content", "blog", "valid-article", "images");
    await copyFile(path.join(images, "hero.jpg"), path.join(images, "second.jpg"));
    const content = await loadContent(root);
    expect(checked).toHaveLength(3);
    expect([...content.articles[0]!.images.keys()]).toContain("images/second.jpg");
  });

  it("keeps the problems it found", async () => {
    await writeFile(path.join(root, "content", "blog", "valid-article", "notes.md"), "notes\n");
    const first = await loadContent(root);
    const second = await loadContent(root);
    expect(checked).toHaveLength(4);
    expect(first.problems.some((problem) => problem.file.endsWith("notes.md"))).toBe(true);
    expect(second.problems).toEqual(first.problems);
  });
});
