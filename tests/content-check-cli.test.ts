import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { checkContent, ContentError } from "@/lib/content";
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

const noHeroAlt =
  'the hero image has no alt text: add heroAlt: "what the image shows" (screen readers and search engines read it)';

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
        `content/blog/bad-author/fr.mdx:6:1: warning: ${noHeroAlt}`,
        'content/blog/bad-author/fr.mdx:9:11: error: unknown author "nobody" (known: rudy-baer): fix the id or add content/authors/nobody.yml',
        `content/blog/h1/fr.mdx:6:1: warning: ${noHeroAlt}`,
        "content/blog/h1/fr.mdx:12:1: warning: an <h1> in the body: the article's title is already the page's h1; start sections with ## (h2)",
        "content:check: 5 files checked (2 valid articles), 1 error, 3 warnings",
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
    expect(result.stdout).toContain("2 warnings\n");
  });
});

describe("the build's side of the same validation", () => {
  it("throws a ContentError holding the check's exact lines, with no stack trace", async () => {
    const root = await makeContentRoot({
      "bad-author": await readFixture("invalid-articles/unknown-author.mdx"),
    });
    const error = new ContentError((await checkContent(root)).problems);
    expect(error.message).toBe(
      '1 content error:\ncontent/blog/bad-author/fr.mdx:9:11: error: unknown author "nobody" (known: rudy-baer): fix the id or add content/authors/nobody.yml',
    );
    expect(error.stack).toBe(`ContentError: ${error.message}`);
  });

  it("getRedirects() gives a content folder's redirects, in the order written", async () => {
    const root = await makeContentRoot(
      {},
      { "redirects.yml": await readFixture("redirects/redirects.yml") },
    );
    vi.stubEnv("CONTENT_ROOT", root);
    vi.resetModules();
    const { getRedirects } = await import("@/lib/content");
    expect(await getRedirects()).toEqual([
      { from: "/blog/entrepreneuriat/un-article-valide", to: "/fr/blog/valid-article" },
      { from: "/auteur/rudy-baer", to: "/fr/blog/authors/rudy-baer" },
    ]);
    vi.unstubAllEnvs();
  });
});

describe("npm run content:new", { timeout: 60_000 }, () => {
  const contentNew = async (cwd: string, title: string) => {
    const tsx = path.join(repo, "node_modules/.bin/tsx");
    const args = [
      "--tsconfig",
      path.join(repo, "tsconfig.json"),
      path.join(repo, "scripts/content-new.ts"),
      title,
    ];
    try {
      const { stdout, stderr } = await run(tsx, args, { cwd });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
      return { code, stdout, stderr };
    }
  };

  it("creates a valid draft from the title, prints its path, and never overwrites it", async () => {
    const root = await makeContentRoot();
    const created = await contentNew(root, "Le feedback après un entretien");
    const file = "content/blog/le-feedback-apres-un-entretien/fr.mdx";
    expect(created.code).toBe(0);
    expect(created.stdout.split("\n")[0]).toBe(file);

    const text = await readFile(path.join(root, file), "utf8");
    const [year, month, day] = [
      ["year", "numeric"],
      ["month", "2-digit"],
      ["day", "2-digit"],
    ].map(([part, style]) =>
      new Date().toLocaleDateString("en-GB", { timeZone: "Europe/Paris", [part as string]: style }),
    );
    expect(text).toContain(`date: ${year}-${month}-${day}\n`);
    expect(text).toContain('title: "Le feedback après un entretien"\n');
    expect(text).toMatch(/^---\nstate: draft\n/);

    const { problems, articles } = await checkContent(root);
    expect(problems).toEqual([]);
    expect(
      articles.find((article) => article.slug === "le-feedback-apres-un-entretien"),
    ).toMatchObject({
      state: "draft",
      authors: [{ id: "rudy-baer" }],
    });

    const again = await contentNew(root, "Le feedback après un entretien !");
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      "content:new: content/blog/le-feedback-apres-un-entretien/ already holds an article: choose another title, or edit that one\n",
    );
    expect(await readFile(path.join(root, file), "utf8")).toBe(text);
  });
});
