import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ContentImage } from "@/lib/content";

// Every process that loads the content shares one check of each body (lib/body/cached-check.ts).
let project: string;

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), "cached-check-"));
  vi.spyOn(process, "cwd").mockReturnValue(project);
  vi.resetModules();
});
afterEach(() => vi.restoreAllMocks());

const image: ContentImage = {
  reference: "images/team.jpg",
  slug: "a",
  fileName: "team.jpg",
  source: "/nowhere/team.jpg",
  width: 10,
  height: 10,
  format: "jpeg",
};

function input(images: [string, ContentImage][]) {
  return {
    file: "content/blog/a/fr.mdx",
    format: "mdx" as const,
    body: "Voir [le guide](/fr/blog/b).\n\n![Une équipe](images/team.jpg)\n",
    bodyLine: 7,
    images: new Map(images),
  };
}

describe("cachedCheckBody", () => {
  it("gives checkBody's report, from the cache in the next process", async () => {
    const { checkBody } = await import("@/lib/body/check-body");
    const { cachedCheckBody } = await import("@/lib/body/cached-check");
    const missing = input([]);
    const expected = {
      problems: [
        {
          file: "content/blog/a/fr.mdx",
          line: 9,
          column: 1,
          severity: "error",
          message: `image "images/team.jpg" not found in the article's images/ folder (found: none)`,
        },
      ],
      internalLinks: [{ href: "/fr/blog/b", line: 7, column: 6, offset: 11 }],
      words: 5,
    };
    expect(checkBody(missing)).toEqual(expected);
    expect(cachedCheckBody(missing)).toEqual(expected);
    expect(await readdir(path.join(project, ".next", "cache", "body-checks"))).toHaveLength(1);
    vi.resetModules();
    const again = await import("@/lib/body/cached-check");
    expect(again.cachedCheckBody(missing)).toEqual(expected);
  });

  it("checks again once the article's images change", async () => {
    const { cachedCheckBody } = await import("@/lib/body/cached-check");
    expect(cachedCheckBody(input([])).problems).toHaveLength(1);
    expect(cachedCheckBody(input([["images/team.jpg", image]])).problems).toEqual([]);
  });

  it("checks again once the body moves in its file, so that lines stay right", async () => {
    const { cachedCheckBody } = await import("@/lib/body/cached-check");
    expect(cachedCheckBody(input([])).problems[0]?.line).toBe(9);
    expect(cachedCheckBody({ ...input([]), bodyLine: 12 }).problems[0]?.line).toBe(14);
  });
});
