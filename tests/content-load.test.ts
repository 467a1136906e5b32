import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { makeContentRoot } from "./content-fixture";

// Turbopack bundles lib/content once per kind of route, so one prerender worker holds several
// copies of the module. They must share one load of content/: each load reads and checks
// every article again (lib/content/index.ts).

const base = path.join(import.meta.dirname, "fixtures", "base", "content", "blog");

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("loading content/", () => {
  it("happens once per process, however many copies of the content layer it holds", async () => {
    const valid = await readFile(path.join(base, "valid-article", "fr.mdx"), "utf8");
    const root = await makeContentRoot({ "premier-article": valid });
    vi.stubEnv("CONTENT_ROOT", root);
    vi.resetModules();
    const first = await import("@/lib/content");
    const loaded = (await first.getArticles("fr")).map(({ slug }) => slug).sort();
    // The fixture root holds its own valid-article too.
    expect(loaded).toEqual(["premier-article", "valid-article"]);

    // An article added after the first load, then a second, separate copy of the module.
    const blog = path.join(root, "content", "blog");
    await cp(path.join(blog, "premier-article"), path.join(blog, "second-article"), {
      recursive: true,
    });
    vi.resetModules();
    const second = await import("@/lib/content");
    expect(second).not.toBe(first);
    expect((await second.getArticles("fr")).map(({ slug }) => slug).sort()).toEqual(loaded);
  });

  it("happens again for another content folder", async () => {
    const valid = await readFile(path.join(base, "valid-article", "fr.mdx"), "utf8");
    vi.stubEnv("CONTENT_ROOT", await makeContentRoot({ "autre-article": valid }));
    vi.resetModules();
    const { getArticles } = await import("@/lib/content");
    expect((await getArticles("fr")).map(({ slug }) => slug).sort()).toEqual([
      "autre-article",
      "valid-article",
    ]);
  });
});
