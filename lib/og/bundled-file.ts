import { existsSync } from "node:fs";
import path from "node:path";

/**
 * A file of an npm package the preview images draw with: under the project folder (next build
 * runs there), else under the folder of this module (the content check may run from anywhere).
 */
export function bundledFile(...parts: string[]): string {
  const roots = [process.cwd(), path.join(import.meta.dirname ?? "", "..", "..")];
  const files = roots.map((root) => path.join(root, "node_modules", ...parts));
  return files.find((file) => existsSync(file)) ?? files[0]!;
}
