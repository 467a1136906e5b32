import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The disk cache that lets Next's build workers share compiled bodies and encoded images.
let project: string;

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), "build-cache-"));
  await writeFile(path.join(project, "compiler.txt"), "version 1");
  vi.spyOn(process, "cwd").mockReturnValue(project);
  vi.resetModules();
});
afterEach(() => vi.restoreAllMocks());

/** A fresh copy of the module, as a separate build worker would load it. */
async function freshModule() {
  vi.resetModules();
  return import("@/lib/build-cache");
}

function step(key: string, produce: () => Promise<Buffer>) {
  return { kind: "test", extension: "txt", key: [key], compilerFiles: ["compiler.txt"], produce };
}

describe("cachedBuildStep", () => {
  it("produces a result once per key, then serves it from disk to another process", async () => {
    const produce = vi.fn(async () => Buffer.from("compiled"));
    const first = await freshModule();
    expect((await first.cachedBuildStep(step("body", produce))).toString()).toBe("compiled");
    expect((await first.cachedBuildStep(step("body", produce))).toString()).toBe("compiled");
    const second = await freshModule();
    expect((await second.cachedBuildStep(step("body", produce))).toString()).toBe("compiled");
    expect(produce).toHaveBeenCalledTimes(1);
    expect(await readdir(path.join(project, ".next", "cache", "test"))).toHaveLength(1);
  });

  it("produces again for another key", async () => {
    const { cachedBuildStep } = await freshModule();
    const produce = vi.fn(async () => Buffer.from("x"));
    await cachedBuildStep(step("one", produce));
    await cachedBuildStep(step("two", produce));
    expect(produce).toHaveBeenCalledTimes(2);
  });

  it("reads a result it is told not to remember from disk again", async () => {
    const { cachedBuildStep } = await freshModule();
    const produce = vi.fn(async () => Buffer.from("png"));
    await cachedBuildStep({ ...step("card", produce), remember: false });
    const [entry = ""] = await readdir(path.join(project, ".next", "cache", "test"));
    await writeFile(path.join(project, ".next", "cache", "test", entry), "read again");
    const again = await cachedBuildStep({ ...step("card", produce), remember: false });
    expect(again.toString()).toBe("read again");
    expect(produce).toHaveBeenCalledTimes(1);
  });

  it("lets calls that do not remember write the same entry at once", async () => {
    // A feed body asked for by two feeds rendered side by side in one build worker.
    const { cachedBuildStep } = await freshModule();
    const produce = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return Buffer.from("feed body");
    };
    const all = await Promise.all(
      Array.from({ length: 20 }, () =>
        cachedBuildStep({ ...step("article", produce), remember: false }),
      ),
    );
    expect(new Set(all.map(String))).toEqual(new Set(["feed body"]));
    expect(await readdir(path.join(project, ".next", "cache", "test"))).toHaveLength(1);
  });

  it("produces again when the code that produces it changes", async () => {
    const produce = vi.fn(async () => Buffer.from("x"));
    await (await freshModule()).cachedBuildStep(step("body", produce));
    await writeFile(path.join(project, "compiler.txt"), "version 2");
    await (await freshModule()).cachedBuildStep(step("body", produce));
    expect(produce).toHaveBeenCalledTimes(2);
  });
});

describe("cachedBuildStepSync", () => {
  const syncStep = (key: string, produce: () => Buffer) => ({
    ...step(key, async () => produce()),
    produce,
  });

  it("shares its entries with the next process, and with cachedBuildStep", async () => {
    const produce = vi.fn(() => Buffer.from("checked"));
    expect((await freshModule()).cachedBuildStepSync(syncStep("body", produce)).toString()).toBe(
      "checked",
    );
    expect((await freshModule()).cachedBuildStepSync(syncStep("body", produce)).toString()).toBe(
      "checked",
    );
    const asynchronous = vi.fn(async () => Buffer.from("other"));
    expect(
      (await (await freshModule()).cachedBuildStep(step("body", asynchronous))).toString(),
    ).toBe("checked");
    expect(produce).toHaveBeenCalledTimes(1);
    expect(asynchronous).not.toHaveBeenCalled();
  });

  it("produces again when the code that produces it changes", async () => {
    const produce = vi.fn(() => Buffer.from("x"));
    (await freshModule()).cachedBuildStepSync(syncStep("body", produce));
    await writeFile(path.join(project, "compiler.txt"), "version 2");
    (await freshModule()).cachedBuildStepSync(syncStep("body", produce));
    expect(produce).toHaveBeenCalledTimes(2);
  });
});

describe("settledResults", () => {
  it("produces once per key, shares a pending result, and keeps only what it is told to", async () => {
    const { settledResults } = await freshModule();
    const remembered = settledResults<string>();
    const produce = vi.fn(async () => "digest");
    const [first, second] = await Promise.all([remembered("a", produce), remembered("a", produce)]);
    expect([first, second, await remembered("a", produce)]).toEqual(["digest", "digest", "digest"]);
    expect(produce).toHaveBeenCalledTimes(1);
    await remembered("b", produce, false);
    await remembered("b", produce, false);
    expect(produce).toHaveBeenCalledTimes(3);
  });
});
