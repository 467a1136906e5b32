import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { cachedBuildStep } from "@/lib/build-cache";
import { isoToday } from "@/lib/format-date";
import { checkContent } from "./check-content";
import type { Content } from "./types";

// A build loads content/ in each of its processes: the content check, media, the Markdown
// copies, the preview images, every `next build` worker, the hosting files. Checking 1,000
// articles again takes each of them 1.5 s; reading the first one's result back takes 0.1 s.
// The result is kept in the build cache under what it depends on: every file of the content
// folder (its name, size and time of change), today's date (which articles are scheduled),
// and the code that checks them.

/** Every file and folder below `dir`, with its size and time of change: one line each. */
function listing(dir: string): string {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        if (entry.isDirectory()) return `${path.relative(dir, file)}/`;
        const { size, mtimeNs } = statSync(file, { bigint: true });
        return `${path.relative(dir, file)} ${size} ${mtimeNs}`;
      })
      .sort()
      .join("\n");
  } catch {
    return "(unreadable)";
  }
}

/**
 * checkContent(rootDir), or its result of an earlier process when nothing it reads has changed
 * since. Problems are kept too: content with errors fails in every process, as it would.
 */
export async function loadContent(rootDir: string): Promise<Content> {
  // Not traced by Turbopack (see check-content.ts).
  const contentDir = path.join(/*turbopackIgnore: true*/ rootDir, "content");
  const snapshot = await cachedBuildStep({
    kind: "content",
    extension: "v8",
    key: [path.resolve(rootDir), isoToday(), listing(contentDir)],
    compilerFiles: ["lib", "package-lock.json"],
    produce: async () => serialize(await checkContent(rootDir)),
    remember: false,
  });
  return deserialize(snapshot) as Content;
}
