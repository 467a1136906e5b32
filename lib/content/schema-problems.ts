import type { z } from "zod";
import type { ContentProblem } from "./problem";
import type { YamlPath } from "./yaml-document";

/** Turns a schema's complaints into problems at the line of the field concerned. */
export function schemaProblems(
  error: z.ZodError,
  data: unknown,
  file: string,
  positionOf: (path: YamlPath) => { line: number; column: number },
  knownFields: readonly string[],
): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        ...positionOf([...path, key]),
        severity: "error",
        message: `unknown field "${key}": remove it, or use one of ${knownFields.join(", ")}`,
      }));
    }
    if (path.length === 0) {
      return [{ file, ...positionOf(path), severity: "error", message: issue.message }];
    }
    const name = path.map(String).join(".");
    const missing = issue.code === "invalid_type" && valueAt(data, path) === undefined;
    return [
      {
        file,
        ...positionOf(path),
        severity: "error",
        message: missing ? `missing required field "${name}"` : `"${name}" ${issue.message}`,
      },
    ];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}
