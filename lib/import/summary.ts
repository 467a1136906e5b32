import type { ImportReport } from "./run";
import type { RewriteKind } from "./types";

// What the importer prints: one line per change or remark (file:line first, like the content
// check), then the figures.

export function reportLines(report: ImportReport): string[] {
  const at = (file: string, line?: number) => (line ? `${file}:${line}` : file);
  const lines = [
    ...report.rewrites.map(
      (rewrite) =>
        `${at(rewrite.file, rewrite.line)}: ${rewrite.kind}: ${short(rewrite.from)} → ${short(rewrite.to)}`,
    ),
    ...report.notices.map((notice) => `${at(notice.file, notice.line)}: note: ${notice.message}`),
    ...report.skipped.map(
      (problem) => `${at(problem.file, problem.line)}: skipped: ${problem.message}`,
    ),
    ...report.imagesLeft.map((file) => `${file}: left behind: no post uses it`),
  ];
  const unchanged = report.imported.filter((article) => article.unchanged).length;
  const byKind = new Map<RewriteKind, number>();
  for (const rewrite of report.rewrites)
    byKind.set(rewrite.kind, (byKind.get(rewrite.kind) ?? 0) + 1);
  const list = (entries: [string, number][]) =>
    entries.map(([name, count]) => `${name} ${count}`).join(", ") || "none";
  lines.push(
    `content:import: ${report.format} catalogue`,
    `  posts: ${report.imported.length} imported${unchanged ? ` (${unchanged} already there, unchanged)` : ""}, ${report.skipped.length} skipped`,
    `  rewrites: ${list([...byKind].sort(([a], [b]) => a.localeCompare(b)))}`,
    `  notes for the author: ${report.notices.length}`,
    `  authors written: ${report.authorsWritten.join(", ") || "none"}${report.inventedAuthors.length ? ` (no profile in the source, named after the id: ${report.inventedAuthors.join(", ")})` : ""}`,
    `  categories added: ${report.categoriesAdded.join(", ") || "none"}${report.inventedCategories.length ? ` (labels invented from the id, to rewrite in content/categories.yml: ${report.inventedCategories.join(", ")})` : ""}`,
    `  redirects: ${report.redirectsAdded} written (${report.redirectsKnown} old addresses known)`,
    `  source fields not carried over: ${list([...report.droppedFields].sort(([a], [b]) => a.localeCompare(b)))}`,
  );
  if (report.imagesLeft.length > 0)
    lines.push(`  images left behind (no post uses them): ${report.imagesLeft.length}`);
  return lines;
}

/** A replaced block on one line, cut after 100 characters: the log names it, the file holds it. */
function short(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 100 ? `${line.slice(0, 99)}…` : line || "(nothing)";
}
