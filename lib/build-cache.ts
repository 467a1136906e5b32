import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// A content-addressed disk cache for work that `next build` would otherwise repeat in each
// of its worker processes and on each build: compiling article bodies, encoding images,
// checking article bodies. Entries live in .next/cache/<kind>/, which Next keeps between
// builds and CI can cache.

const fingerprints = new Map<string, string>();

type CachedStep<Result> = {
  /** The cache folder, e.g. "article-bodies". */
  kind: string;
  extension: string;
  /** Everything the result depends on besides the compiler files. */
  key: (string | number | Buffer)[];
  /** Project files and folders whose contents change the result (the code that produces it). */
  compilerFiles?: string[];
  produce: () => Result;
  /**
   * Whether this process keeps the result in memory for its next call with the same key: yes
   * by default (a body renders on several pages); no for results asked for once each, which
   * would only hold memory (one preview image per page).
   */
  remember?: boolean;
};

/**
 * Memoizes an asynchronous result per key, once per process. It keeps the result, and the
 * promise only while pending: a promise made during a page's render carries that render's
 * AsyncLocalStorage store, which holds the whole render (its RSC payload), so a kept promise
 * would keep one page per key in memory until the build ends (docs/benchmarks.md, "Memory").
 * Calls with `keep: false` share a pending result but keep nothing.
 */
export function settledResults<Value>() {
  const kept = new Map<string, Value>();
  const pending = new Map<string, Promise<Value>>();
  return (key: string, produce: () => Promise<Value>, keep = true): Promise<Value> => {
    if (kept.has(key)) return Promise.resolve(kept.get(key) as Value);
    let result = pending.get(key);
    if (!result) {
      result = produce()
        .then((value) => {
          if (keep) kept.set(key, value);
          return value;
        })
        .finally(() => pending.delete(key));
      pending.set(key, result);
    }
    return result;
  };
}

const results = settledResults<Buffer>();
let writes = 0;

/** Returns the cached result for `key`, or produces it once and stores it. */
export function cachedBuildStep(step: CachedStep<Promise<Buffer>>): Promise<Buffer> {
  return Promise.resolve().then(() => {
    const file = entryFile(step);
    const readOrProduce = () =>
      readFile(file).catch(async () => {
        const result = await step.produce();
        await mkdir(path.dirname(file), { recursive: true });
        // Several build workers may write the same entry: each writes aside under its own
        // name, then renames atomically.
        const temporary = `${file}.${process.pid}.${++writes}.tmp`;
        await writeFile(temporary, result);
        await rename(temporary, file);
        return result;
      });
    return results(file, readOrProduce, step.remember !== false);
  });
}

/** cachedBuildStep's entry as a file, for callers that link it rather than read it: its path. */
export async function cachedBuildFile(step: CachedStep<Promise<Buffer>>): Promise<string> {
  const file = entryFile(step);
  if (!existsSync(file)) await cachedBuildStep({ ...step, remember: false });
  return file;
}

/** cachedBuildStep for synchronous work, such as the content check's parse of each article. */
export function cachedBuildStepSync(step: CachedStep<Buffer>): Buffer {
  const file = entryFile(step);
  try {
    return readFileSync(file);
  } catch {
    const result = step.produce();
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${++writes}.tmp`;
    writeFileSync(temporary, result);
    renameSync(temporary, file);
    return result;
  }
}

/** The entry's file: a hash of its key and of its compiler files' contents. */
function entryFile(step: CachedStep<unknown>): string {
  const hash = createHash("sha256").update(fingerprint(step.compilerFiles ?? []));
  for (const part of step.key) {
    const bytes = typeof part === "number" ? String(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  const digest = hash.digest("hex");
  return path.join(process.cwd(), ".next", "cache", step.kind, `${digest}.${step.extension}`);
}

/** A hash of the named files (folders recursively), once per process; a missing file hashes as absent. */
function fingerprint(files: string[]): string {
  const id = [process.cwd(), ...files].join("\n");
  let result = fingerprints.get(id);
  if (result === undefined) {
    const hash = createHash("sha256");
    for (const file of files)
      hashPath(hash, path.join(/*turbopackIgnore: true*/ process.cwd(), file));
    result = hash.digest("hex");
    fingerprints.set(id, result);
  }
  return result;
}

function hashPath(hash: ReturnType<typeof createHash>, file: string): void {
  let entries;
  try {
    entries = readdirSync(file, { withFileTypes: true });
  } catch {
    let bytes: Buffer | string;
    try {
      bytes = readFileSync(file);
    } catch {
      bytes = "absent";
    }
    hash.update(path.relative(process.cwd(), file)).update(bytes);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    hashPath(hash, path.join(file, entry.name));
  }
}
