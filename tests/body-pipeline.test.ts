import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "..");

/** The project files a module runs, followed through its value imports (type imports erase). */
async function reachedFiles(start: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(path.join(repo, file), "utf8");
    for (const [, specifier = ""] of source.matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)) {
      const target = specifier.startsWith("@/")
        ? specifier.slice(2)
        : specifier.startsWith(".")
          ? path.posix.join(path.posix.dirname(file), specifier)
          : undefined;
      if (target === undefined) continue; // a package: package-lock.json is in the key
      const candidates = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`];
      const found = await Promise.any(
        candidates.map((candidate) => readFile(path.join(repo, candidate)).then(() => candidate)),
      );
      await visit(found);
    }
  };
  await visit(start);
  return [...seen].sort();
}

describe("the body pipeline's compile cache key", () => {
  it("covers every project file the compile step runs", async () => {
    const compile = await readFile(path.join(repo, "lib/body/compile.ts"), "utf8");
    expect(compile).toContain('compilerFiles: ["lib/body", "lib/i18n", "package-lock.json"]');
    // The cache itself decides where results go, not what they are.
    const outside = (await reachedFiles("lib/body/compile.ts")).filter(
      (file) =>
        !file.startsWith("lib/body/") &&
        !file.startsWith("lib/i18n/") &&
        file !== "lib/build-cache.ts",
    );
    expect(outside).toEqual([]);
  });

  it("the body check's cache key covers every project file the check runs", async () => {
    const cached = await readFile(path.join(repo, "lib/body/cached-check.ts"), "utf8");
    const keyed = ["lib/body", "lib/i18n", "lib/content/images.ts", "lib/import/embeds.ts"];
    for (const file of [...keyed, "package-lock.json"]) expect(cached).toContain(`"${file}",`);
    const outside = (await reachedFiles("lib/body/cached-check.ts")).filter(
      (file) =>
        !keyed.some((key) => file === key || file.startsWith(`${key}/`)) &&
        file !== "lib/build-cache.ts",
    );
    expect(outside).toEqual([]);
  });

  it("the Markdown copy's address cache key covers every project file its parse runs", async () => {
    const cached = await readFile(path.join(repo, "lib/assistants/body-addresses.ts"), "utf8");
    const keyed = [
      "lib/assistants/body-addresses.ts",
      "lib/body",
      "lib/i18n",
      "lib/import/embeds.ts",
      "lib/content/images.ts",
    ];
    for (const file of [...keyed, "package-lock.json"]) expect(cached).toContain(`"${file}",`);
    const outside = (await reachedFiles("lib/assistants/body-addresses.ts")).filter(
      (file) =>
        !keyed.some((key) => file === key || file.startsWith(`${key}/`)) &&
        file !== "lib/build-cache.ts",
    );
    expect(outside).toEqual([]);
  });
});
