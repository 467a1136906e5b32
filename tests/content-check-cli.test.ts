import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getRedirects } from "@/lib/content";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problem";
import { makeContentRoot, readFixture } from "./content-fixture";

const repo = path.resolve(import.meta.dirname, "..");
const run = promisify(execFile);

/** Runs `npm run content:check`'s script in another project folder, as CI would. */
async function contentCheck(cwd: string, env: Record<string, string> = { CI: "1" }) {
  const tsx = path.join(repo, "node_modules/.bin/tsx");
  const args = [
    "--tsconfig",
    path.join(repo, "tsconfig.json"),
    path.join(repo, "scripts/content-check.ts"),
  ];
  try {
    const { stdout, stderr } = await run(tsx, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

// Each run starts tsx: a few seconds on a busy machine.
describe("npm run content:check", { timeout: 60_000 }, () => {
  it("passes the base content with a summary that counts the files", async () => {
    const result = await contentCheck(await makeContentRoot());
    expect(result).toEqual({
      code: 0,
      stdout: "content:check: 3 files checked (1 valid article), 0 errors, 0 warnings\n",
      stderr: "",
    });
  });

  it("prints one plain line per problem in CI and exits 1 on an error", async () => {
    const root = await makeContentRoot({
      "bad-author": await readFixture("invalid-articles/unknown-author.mdx"),
      "h1/fr.mdx": await readFixture("problems/h1-warning.mdx"),
    });
    const result = await contentCheck(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'content/blog/bad-author/fr.mdx:9:11: error: unknown author "nobody" (known: rudy-baer): fix the id or add content/authors/nobody.yml',
        "content/blog/h1/fr.mdx:12:1: warning: an <h1> in the body: the article's title is already the page's h1; start sections with ## (h2)",
        "content:check: 5 files checked (2 valid articles), 1 error, 1 warning",
        "",
      ].join("\n"),
    );
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("passes with warnings alone", async () => {
    const root = await makeContentRoot({
      "h1/fr.mdx": await readFixture("problems/h1-warning.mdx"),
    });
    const result = await contentCheck(root, { NO_COLOR: "1" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 warning\n");
  });
});

describe("the build's side of the same validation", () => {
  it("throws a ContentError holding the check's exact lines, with no stack trace", async () => {
    const root = await makeContentRoot({
      "bad-author": await readFixture("invalid-articles/unknown-author.mdx"),
    });
    const error = new ContentError((await loadContent(root)).problems);
    expect(error.message).toBe(
      '1 content error:\ncontent/blog/bad-author/fr.mdx:9:11: error: unknown author "nobody" (known: rudy-baer): fix the id or add content/authors/nobody.yml',
    );
    expect(error.stack).toBe(`ContentError: ${error.message}`);
  });

  it("getRedirects() gives the real content's redirects", async () => {
    expect(await getRedirects()).toEqual([
      {
        from: "/blog/entrepreneuriat/comment-se-faire-un-reseau-pour-trouver-un-premier-stage",
        to: "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage",
      },
    ]);
  });
});
