import { readdir, rm, rmdir } from "node:fs/promises";
import path from "node:path";

/**
 * Deletes the files under `dir` that are not in `keep` (what a generator writes this time: the
 * files of removed or renamed articles go), then the folders this leaves empty, up to `dir`.
 * `belongs` narrows it to one generator's files, so that another one's in the same folders are
 * left alone: the Markdown copies and the preview images of public/<lang>/ are written side by
 * side, by two processes at once. Returns how many files it deleted.
 */
export async function removeStaleFiles(
  dir: string,
  keep: ReadonlySet<string>,
  belongs: (file: string) => boolean = () => true,
): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let removed = 0;
  const emptied = new Set<string>();
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory() || keep.has(file) || !belongs(file)) continue;
    await rm(file, { force: true });
    removed++;
    emptied.add(entry.parentPath);
  }
  // Deepest first; rmdir refuses a folder that still holds anything, which then stays.
  for (const start of [...emptied].sort((a, b) => b.length - a.length)) {
    let folder = start;
    while (
      folder.startsWith(`${dir}${path.sep}`) &&
      (await rmdir(folder).then(
        () => true,
        () => false,
      ))
    ) {
      folder = path.dirname(folder);
    }
  }
  return removed;
}
