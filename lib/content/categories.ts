import path from "node:path";
import { listDir } from "./article-files";
import type { ContentProblem } from "./problem";
import type { ReadText } from "./read-text";
import { schemaProblems } from "./schema-problems";
import { categoriesSchema } from "./schema";
import { invisibleCharacterMessage } from "./text-damage";
import type { Category } from "./types";
import { parseYaml } from "./yaml-document";

/** Reads and checks content/categories.yml: each id with its label in every language. */
export async function readCategories(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
  readText: ReadText,
) {
  const file = path.posix.join(contentDir, "categories.yml");
  const categories = new Map<string, Category>();
  const absolute = path.join(rootDir, file);
  if (!(await listDir(path.dirname(absolute))).includes("categories.yml")) {
    problems.push({
      file,
      severity: "error",
      message: "missing: list the categories here (id: { fr: …, en: … })",
    });
    return categories;
  }
  const yaml = parseYaml(await readText(absolute, file), file);
  problems.push(...yaml.problems);
  const parsed = categoriesSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, ["fr", "en"]));
    return categories;
  }
  for (const [id, labels] of Object.entries(parsed.data)) {
    for (const [locale, label] of Object.entries(labels)) {
      const invisible = invisibleCharacterMessage(label);
      if (invisible) {
        const position = yaml.positionOf([id, locale]);
        problems.push({ file, ...position, severity: "error", message: `label ${invisible}` });
      }
    }
    categories.set(id, { id, labels });
  }
  return categories;
}
