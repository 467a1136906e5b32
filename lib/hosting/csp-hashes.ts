// Finds the inline code of a prerendered page, checks that every inline script is one Next.js
// itself emits, and hashes it for the page's Content-Security-Policy (no 'unsafe-inline').
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";
import { scriptsStarter } from "@/lib/build/scripts-after-paint";
import { earlyTapsScript } from "@/lib/early-taps";
import { themeScript } from "@/lib/theme-script";
import type { PagePolicy } from "./security-headers";

/** A CSP source for the SHA-256 of `text`, e.g. `'sha256-…='`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function parsesAsJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The inline scripts Next.js 16 (Turbopack) writes into a prerendered page. */
const nextScriptShapes: { name: string; matches: (text: string) => boolean }[] = [
  // Ours, not Next's: the static no-flash theme script, the script that holds taps made before
  // hydration and the one that starts Next's scripts after the first paint, the same bytes on
  // every page.
  { name: "theme script", matches: (text) => text === themeScript },
  { name: "early taps script", matches: (text) => text === earlyTapsScript },
  { name: "scripts starter", matches: (text) => text === scriptsStarter },
  {
    name: "Turbopack chunk list",
    matches: (text) => {
      const match =
        /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/.exec(
          text,
        );
      return match?.[1] !== undefined && typeof parsesAsJson(match[1]) === "object";
    },
  },
  {
    name: "React Server Components stream start",
    matches: (text) => text === "(self.__next_f=self.__next_f||[]).push([0])",
  },
  {
    name: "React Server Components payload",
    matches: (text) => {
      const match = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/.exec(text);
      const payload = match?.[1] === undefined ? undefined : parsesAsJson(match[1]);
      return Array.isArray(payload) && [1, 2, 3].includes(payload[0] as number);
    },
  },
];

const javascriptTypes = new Set(["", "module", "text/javascript", "application/javascript"]);
const dataTypes = new Set(["application/ld+json", "application/json"]);

type Tag = {
  name: string;
  attributes: Record<string, string>;
  /** The line of its `<`, from 1. */
  line: number;
  /** Just after its `>`, in the page. */
  end: number;
};

/**
 * Calls `onTag` for each start tag of `html`, in order, and `onText` with the raw text of each
 * <script> and <style>. htmlparser2's streaming tokenizer, not a tree: the build scans every
 * prerendered page, and at 1,000 articles parse5's tree cost seconds.
 */
function scanTags(
  html: string,
  onTag: (tag: Tag) => void,
  onText?: (tag: Tag, text: string) => void,
): void {
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (
      let at = html.indexOf("\n", counted);
      at !== -1 && at < offset;
      at = html.indexOf("\n", at + 1)
    )
      line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let open: Tag | undefined;
  let text = "";
  const parser = new Parser({
    onopentag(name, attributes) {
      const tag = {
        name,
        attributes,
        line: lineAt(parser.startIndex),
        end: parser.endIndex + 1,
      };
      onTag(tag);
      if (name === "script" || name === "style") {
        open = tag;
        text = "";
      }
    },
    ontext(chunk) {
      if (open) text += chunk;
    },
    onclosetag(name) {
      if (open && name === open.name) {
        onText?.(open, text);
        open = undefined;
      }
    },
  });
  parser.end(html);
}

export class InlineCodeError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} inline code problem${problems.length === 1 ? "" : "s"} in the build:\n` +
        problems.join("\n"),
    );
    this.name = "InlineCodeError";
  }
}

/**
 * The page's policy: hashes of its inline scripts and styles. Throws InlineCodeError naming
 * `file:line` for an inline script that is not Next.js's own, and for inline event handlers or
 * javascript: URLs, which the policy would block.
 */
export function pagePolicy(html: string, file: string): PagePolicy {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let styleAttributes = false;
  const problems: string[] = [];
  scanTags(
    html,
    ({ line, attributes }) => {
      const where = `${file}:${line}`;
      for (const [name, value] of Object.entries(attributes)) {
        if (/^on/i.test(name)) {
          problems.push(`${where}: inline event handler ${name}="…": attach it from a script file`);
        } else if (/^\s*javascript:/i.test(value)) {
          problems.push(`${where}: javascript: URL in ${name}: use a script file`);
        } else if (name === "style") {
          styles.add(hashSource(value));
          styleAttributes = true;
        }
      }
    },
    ({ name, attributes, line }, text) => {
      const where = `${file}:${line}`;
      if (name === "style") {
        styles.add(hashSource(text));
        return;
      }
      if (attributes.src !== undefined) return;
      const type = (attributes.type ?? "").trim().toLowerCase();
      if (dataTypes.has(type)) {
        if (parsesAsJson(text) === undefined) {
          problems.push(`${where}: <script type="${type}"> does not hold valid JSON`);
        }
      } else if (!javascriptTypes.has(type)) {
        problems.push(`${where}: <script type="${type}"> is neither JavaScript nor JSON data`);
      } else if (nextScriptShapes.some((shape) => shape.matches(text))) {
        scripts.add(hashSource(text));
      } else {
        problems.push(
          `${where}: inline script is not one Next.js emits (${nextScriptShapes.map((shape) => shape.name).join(", ")}): ` +
            `move it to a file, or add its shape to lib/hosting/csp-hashes.ts if a Next.js upgrade changed them: ${JSON.stringify(text.slice(0, 80))}`,
        );
      }
    },
  );
  if (problems.length > 0) throw new InlineCodeError(problems);
  return { scripts: [...scripts], styles: [...styles], styleAttributes };
}

/** Writes `policy` as the page's first <meta> after its charset, before any script. */
export function withMetaPolicy(html: string, policy: string): string {
  let head: Tag | undefined;
  let charset: Tag | undefined;
  let inBody = false;
  let existing = false;
  scanTags(html, (tag) => {
    if (tag.name === "head") head ??= tag;
    if (tag.name === "body") inBody = true;
    if (tag.name !== "meta") return;
    if (tag.attributes["http-equiv"]?.toLowerCase() === "content-security-policy") existing = true;
    if (head && !inBody && tag.attributes.charset !== undefined) charset ??= tag;
  });
  if (existing) throw new Error("the page already has a Content-Security-Policy <meta> element");
  if (!head) throw new Error("the page has no <head> element");
  const after = (charset ?? head).end;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}"/>`;
  return html.slice(0, after) + meta + html.slice(after);
}
