import path from "node:path";
import { listDir } from "./article-files";
import type { ContentProblem } from "./problem";
import type { ReadText } from "./read-text";
import { schemaProblems } from "./schema-problems";
import { authorSchema } from "./schema";
import { invisibleCharacterMessage } from "./text-damage";
import type { Author } from "./types";
import { parseYaml } from "./yaml-document";

/** Reads and checks content/authors/<id>.yml, one author each. */
export async function readAuthors(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
  readText: ReadText,
) {
  const authors = new Map<string, Author>();
  const dir = path.posix.join(contentDir, "authors");
  for (const name of (await listDir(path.join(rootDir, dir))).sort()) {
    const file = `${dir}/${name}`;
    const id = name.replace(/\.ya?ml$/, "");
    if (id === name) continue;
    const yaml = parseYaml(await readText(path.join(rootDir, file), file), file);
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) continue;
    const parsed = authorSchema.safeParse(yaml.data);
    if (!parsed.success) {
      const fields = Object.keys(authorSchema.shape);
      problems.push(...schemaProblems(parsed.error, yaml.data, file, yaml.positionOf, fields));
      continue;
    }
    const invisible = invisibleCharacterMessage(parsed.data.name);
    if (invisible) {
      const position = yaml.positionOf(["name"]);
      problems.push({ file, ...position, severity: "error", message: `name ${invisible}` });
    }
    authors.set(id, { id, ...parsed.data });
  }
  return authors;
}
