// TEMPORARY (issue 6): a minimal reader of content/redirects.yml until issue 3 lands
// `getRedirects()` in lib/content/index.ts with full validation (targets must exist). Same
// signature, so the merge is an import change in scripts/postbuild.ts and scripts/finish-export.ts.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContentError, type ContentProblem } from "./problem";
import { parseYaml } from "./yaml-document";

export type Redirect = { from: string; to: string };

const file = "content/redirects.yml";
const sitePath = /^\/[a-z0-9\-_./]*$/;

/** Old path → new path, from content/redirects.yml; throws ContentError on a bad entry. */
export async function getRedirects(): Promise<Redirect[]> {
  const source = await readFile(path.join(process.cwd(), file), "utf8").catch(() => "");
  const { data, problems, positionOf } = parseYaml(source, file);
  const errors: ContentProblem[] = [...problems];
  const redirects: Redirect[] = [];
  if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data))) {
    errors.push({ file, line: 1, severity: "error", message: "expected `/old/path: /new/path` lines" });
  } else {
    for (const [from, to] of Object.entries(data ?? {})) {
      if (typeof to !== "string" || !sitePath.test(from) || !sitePath.test(to) || from === to) {
        errors.push({
          file,
          ...positionOf([from]),
          severity: "error",
          message: `"${from}" → "${String(to)}": both must be site paths such as /fr/blog/<slug>, and differ`,
        });
      } else redirects.push({ from, to });
    }
  }
  if (errors.length > 0) throw new ContentError(errors);
  return redirects;
}
