// Finds the inline code of a prerendered page, checks that every inline script is one Next.js
// itself emits, and hashes it for the page's Content-Security-Policy (no 'unsafe-inline').
import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { themeScript } from "@/lib/theme-script";
import type { PagePolicy } from "./security-headers";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

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
  // Ours, not Next's: the static no-flash theme script, the same bytes on every page.
  { name: "theme script", matches: (text) => text === themeScript },
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

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const children =
    "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
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
  const document = parse(html, { sourceCodeLocationInfo: true });
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let styleAttributes = false;
  const problems: string[] = [];
  for (const element of elements(document)) {
    const where = `${file}:${element.sourceCodeLocation?.startLine ?? 1}`;
    for (const attr of element.attrs) {
      if (/^on/i.test(attr.name)) {
        problems.push(
          `${where}: inline event handler ${attr.name}="…": attach it from a script file`,
        );
      } else if (/^\s*javascript:/i.test(attr.value)) {
        problems.push(`${where}: javascript: URL in ${attr.name}: use a script file`);
      } else if (attr.name === "style") {
        styles.add(hashSource(attr.value));
        styleAttributes = true;
      }
    }
    if (element.tagName === "style") styles.add(hashSource(textOf(element)));
    if (element.tagName !== "script" || attribute(element, "src") !== undefined) continue;
    const text = textOf(element);
    const type = (attribute(element, "type") ?? "").trim().toLowerCase();
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
  }
  if (problems.length > 0) throw new InlineCodeError(problems);
  return { scripts: [...scripts], styles: [...styles], styleAttributes };
}

/** Writes `policy` as the page's first <meta> after its charset, before any script. */
export function withMetaPolicy(html: string, policy: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const existing = all.find(
    (element) =>
      element.tagName === "meta" &&
      attribute(element, "http-equiv")?.toLowerCase() === "content-security-policy",
  );
  if (existing) throw new Error("the page already has a Content-Security-Policy <meta> element");
  const head = all.find((element) => element.tagName === "head");
  const charset = all.find(
    (element) => element.tagName === "meta" && attribute(element, "charset") !== undefined,
  );
  const after =
    charset?.parentNode === head ? charset?.sourceCodeLocation : head?.sourceCodeLocation?.startTag;
  if (!head || !after) throw new Error("the page has no <head> element");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}"/>`;
  return html.slice(0, after.endOffset) + meta + html.slice(after.endOffset);
}
