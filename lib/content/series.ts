import path from "node:path";
import { listDir } from "./article-files";
import type { ContentProblem } from "./problem";
import type { ReadText } from "./read-text";
import { schemaProblems } from "./schema-problems";
import { seriesSchema } from "./schema";
import { invisibleCharacterMessage } from "./text-damage";
import type { Series } from "./types";
import { parseYaml } from "./yaml-document";

/** Reads and checks content/series.yml, which is optional: each id with its label in every language. */
export async function readSeries(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
  readText: ReadText,
): Promise<Map<string, Series>> {
  const file = path.posix.join(contentDir, "series.yml");
  const series = new Map<string, Series>();
  const absolute = path.join(rootDir, file);
  if (!(await listDir(path.dirname(absolute))).includes("series.yml")) return series;
  const yaml = parseYaml(await readText(absolute, file), file);
  problems.push(...yaml.problems);
  const parsed = seriesSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, ["fr", "en"]));
    return series;
  }
  for (const [id, labels] of Object.entries(parsed.data)) {
    for (const [locale, label] of Object.entries(labels)) {
      const invisible = invisibleCharacterMessage(label);
      if (invisible) {
        problems.push({ file, ...yaml.positionOf([id, locale]), severity: "error", message: `label ${invisible}` });
      }
    }
    series.set(id, { id, labels });
  }
  return series;
}

/** Where an article file says it belongs to a series, for the numbering check. */
export type SeriesClaim = {
  id: string;
  part: number;
  /** The article's language: each language numbers its parts. */
  locale: string;
  file: string;
  line: number;
  column: number;
};

/**
 * The numbering of each series in each language, drafts included: a part number used twice is
 * an error (on every file but the first); a gap is a warning on the part after it.
 */
export function seriesNumberingProblems(claims: readonly SeriesClaim[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groups = new Map<string, SeriesClaim[]>();
  for (const claim of claims) {
    const key = `${claim.id}/${claim.locale}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.part - b.part || a.file.localeCompare(b.file));
    sorted.forEach((claim, index) => {
      const previous = sorted[index - 1];
      const at = { file: claim.file, line: claim.line, column: claim.column };
      if (previous?.part === claim.part) {
        problems.push({
          ...at,
          severity: "error",
          message: `part ${claim.part} of series "${claim.id}" is also ${previous.file}: give each part its own number`,
        });
      } else if (claim.part > (previous?.part ?? 0) + 1) {
        const missing = (previous?.part ?? 0) + 1;
        const range =
          missing === claim.part - 1 ? `part ${missing}` : `parts ${missing} to ${claim.part - 1}`;
        problems.push({
          ...at,
          severity: "warning",
          message: `series "${claim.id}" has no ${range} before part ${claim.part}: renumber the parts, or write the missing one`,
        });
      }
    });
  }
  return problems;
}
