import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeContentRoot } from "./content-fixture";

// `npm run content:check` starts a second process that checks the bodies from the last folder
// back (checkFoldersFromEnd), so that the check of a large catalogue uses two cores. What it
// leaves in the build cache must be exactly what the check itself then reads.
let project: string;

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), "check-from-end-"));
  vi.spyOn(process, "cwd").mockReturnValue(project);
  vi.resetModules();
});
afterEach(() => vi.restoreAllMocks());

const bodyChecks = () => readdir(path.join(project, ".next", "cache", "body-checks"));

describe("checkFoldersFromEnd", () => {
  it("checks every article body into the cache, which the check then finds there", async () => {
    const root = await makeContentRoot({
      "une-suite": `---
state: published
title: Une suite
date: 2021-03-05
categories: [entrepreneuriat]
heroImage: images/hero.jpg
languages: [fr]
excerpt: Un article de plus, pour qu’il y ait plusieurs dossiers.
authors: [rudy-baer]
---

Un paragraphe.
`,
    });
    const { checkContent, checkFoldersFromEnd } = await import("@/lib/content");
    await checkFoldersFromEnd(root);
    const warmed = await bodyChecks();
    const content = await checkContent(root);
    const articleFiles = content.files.filter((file) => /^content\/blog\/.+\.mdx?$/.test(file));
    expect(articleFiles.length).toBeGreaterThan(1);
    expect(warmed).toHaveLength(articleFiles.length);
    // The check produced no entry of its own: it read each body's from the cache.
    expect(await bodyChecks()).toEqual(warmed);
  });
});
