import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentProblem } from "./problem";
import { deadPathReason, type SiteIndex } from "./site-paths";
import { damagedText } from "./text-damage";
import { parseYaml } from "./yaml-document";

/** A permanent redirect from an old URL path to a page of the site. */
export type Redirect = { from: string; to: string };

/** A redirect as written, with its line, for checks that need the whole site. */
export type WrittenRedirect = Redirect & { file: string; line: number; column: number };

/**
 * Reads `content/redirects.yml` (`/old/path: /new/path` lines). A missing file means no
 * redirects. Targets are checked against the site once every article is known.
 */
export async function readRedirects(
  rootDir: string,
  contentDir: string,
  problems: ContentProblem[],
): Promise<{ redirects: WrittenRedirect[]; file?: string }> {
  const file = path.posix.join(contentDir, "redirects.yml");
  const source = await readFile(path.join(rootDir, file), "utf8").catch(() => undefined);
  if (source === undefined) return { redirects: [] };
  problems.push(...damagedText(source, file));
  const yaml = parseYaml(source, file);
  problems.push(...yaml.problems);
  if (yaml.problems.length > 0 || yaml.data === null || yaml.data === undefined) {
    return { redirects: [], file };
  }
  if (typeof yaml.data !== "object" || Array.isArray(yaml.data)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: "error",
      message: "write one redirect per line: /old/path: /new/path",
    });
    return { redirects: [], file };
  }
  const redirects: WrittenRedirect[] = [];
  for (const [from, to] of Object.entries(yaml.data)) {
    const at = { file, ...yaml.positionOf([from]) };
    const fail = (message: string) => problems.push({ ...at, severity: "error", message });
    if (typeof to !== "string") {
      fail(`the redirect from "${from}" needs a path to go to: ${from}: /fr/blog/<slug>`);
    } else if (!isPath(from)) {
      fail(`"${from}" is not a path: old addresses start with "/" and hold no spaces, "?" or "#"`);
    } else if (!isPath(to)) {
      fail(`"${to}" is not a path of the site: write it like /fr/blog/<slug>`);
    } else if (from === to) {
      fail(`"${from}" redirects to itself: remove this line`);
    } else {
      redirects.push({ from, to, ...at });
    }
  }
  return { redirects, file };
}

function isPath(value: string): boolean {
  return /^\/[^\s?#]*$/.test(value) && !value.startsWith("//");
}

/** The redirects of content/redirects.yml that lead from no page to an existing one. */
export async function checkedRedirects(
  rootDir: string,
  contentDir: string,
  site: SiteIndex,
  problems: ContentProblem[],
): Promise<{ redirects: Redirect[]; checked?: string }> {
  const redirects: Redirect[] = [];
  const written = await readRedirects(rootDir, contentDir, problems);
  for (const { from, to, ...at } of written.redirects) {
    const reason = deadPathReason(to, site, true);
    if (reason) {
      problems.push({ ...at, severity: "error", message: `redirect to a missing page: ${reason}` });
    } else if (deadPathReason(from, site, true) === undefined) {
      problems.push({
        ...at,
        severity: "error",
        message: `"${from}" is a page of the site: redirecting it would hide the page; remove this line`,
      });
    } else {
      redirects.push({ from, to });
    }
  }
  return { redirects, checked: written.file };
}
