import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// A content-addressed disk cache for work that `next build` would otherwise repeat in each
// of its worker processes and on each build: compiling article bodies, encoding images.
// Entries live in .next/cache/<kind>/, which Next keeps between builds and CI can cache.

const memory = new Map<string, Promise<Buffer>>();
const fingerprints = new Map<string, Promise<string>>();

type CachedStep = {
  /** The cache folder, e.g. "article-bodies". */
  kind: string;
  extension: string;
  /** Everything the result depends on besides the compiler files. */
  key: (string | number | Buffer)[];
  /** Project files and folders whose contents change the result (the code that produces it). */
  compilerFiles?: string[];
  produce: () => Promise<Buffer>;
};

/** Returns the cached result for `key`, or produces it once and stores it. */
export function cachedBuildStep(step: CachedStep): Promise<Buffer> {
  return fingerprint(step.compilerFiles ?? []).then((compiler) => {
    const hash = createHash("sha256").update(compiler);
    for (const part of step.key) {
      const bytes = typeof part === "number" ? String(part) : part;
      hash.update(`${bytes.length}:`).update(bytes);
    }
    const digest = hash.digest("hex");
    const file = path.join(
      process.cwd(),
      ".next",
      "cache",
      step.kind,
      `${digest}.${step.extension}`,
    );
    let entry = memory.get(file);
    if (!entry) {
      entry = readFile(file).catch(async () => {
        const result = await step.produce();
        await mkdir(path.dirname(file), { recursive: true });
        // Several build workers may write the same entry: write aside, then rename atomically.
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, result);
        await rename(temporary, file);
        return result;
      });
      memory.set(file, entry);
    }
    return entry;
  });
}

/** A hash of the named files (folders recursively); a missing file hashes as absent. */
function fingerprint(files: string[]): Promise<string> {
  const id = [process.cwd(), ...files].join("\n");
  let result = fingerprints.get(id);
  if (!result) {
    result = (async () => {
      const hash = createHash("sha256");
      for (const file of files)
        await hashPath(hash, path.join(/*turbopackIgnore: true*/ process.cwd(), file));
      return hash.digest("hex");
    })();
    fingerprints.set(id, result);
  }
  return result;
}

async function hashPath(hash: ReturnType<typeof createHash>, file: string): Promise<void> {
  const entries = await readdir(file, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    hash
      .update(path.relative(process.cwd(), file))
      .update(await readFile(file).catch(() => "absent"));
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    await hashPath(hash, path.join(file, entry.name));
  }
}
