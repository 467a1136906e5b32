import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import {
  bundledLanguages,
  bundledLanguagesInfo,
  createCssVariablesTheme,
  createHighlighter,
  type BundledLanguage,
  type ShikiTransformer,
} from "shiki";
import { visit } from "unist-util-visit";

// Code blocks are highlighted at build time, as classes: the site's CSP (`style-src 'self'`)
// blocks the inline styles Shiki writes by default. Shiki's CSS-variables theme names each token
// by its role (keyword, string…); the transformer below turns each role into a class
// `token-<role>`, which app/code.css colours in the light and the dark theme.

const theme = createCssVariablesTheme({ name: "site", variablePrefix: "--code-", fontStyle: true });

/** `language-ts` → "ts"; what an author wrote after the opening fence. */
export function codeLanguage(code: Element): string | undefined {
  const classes = code.properties.className;
  const names = Array.isArray(classes) ? classes.map(String) : [];
  return names.find((name) => name.startsWith("language-"))?.slice("language-".length);
}

/** Fence words that mean "no language": shown as written, never warned about. */
export const plainTextLanguages = new Set(["text", "txt", "plain", "plaintext"]);

/** Shiki's name for a fence's language (names and aliases such as `js`, `sh`), if it knows it. */
export function highlightLanguage(language: string): BundledLanguage | undefined {
  const id = language.toLowerCase();
  return Object.hasOwn(bundledLanguages, id) ? (id as BundledLanguage) : undefined;
}

/** What a block's label says: "TypeScript" for `ts`, or the fence's word as written. */
export function languageLabel(language: string): string {
  const id = language.toLowerCase();
  const info = bundledLanguagesInfo.find((known) => known.id === id || known.aliases?.includes(id));
  return info?.name ?? language;
}

let highlighter: ReturnType<typeof createHighlighter> | undefined;

async function highlighterFor(language: BundledLanguage) {
  highlighter ??= createHighlighter({ themes: [theme], langs: [] });
  const ready = await highlighter;
  if (!ready.getLoadedLanguages().includes(language)) await ready.loadLanguage(language);
  return ready;
}

/** `color:var(--code-token-keyword);font-style:italic` → ["token-keyword", "token-italic"]. */
function styleClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(";")) {
    const [property = "", value = ""] = declaration.split(":").map((part) => part.trim());
    const role = /^var\(--code-token-([a-z-]+)\)$/.exec(value)?.[1];
    if (property === "color" && role) classes.push(`token-${role}`);
    if (property === "font-style" && value === "italic") classes.push("token-italic");
    if (property === "font-weight" && value === "bold") classes.push("token-bold");
    if (property === "text-decoration" && value === "underline") classes.push("token-underline");
  }
  return classes;
}

const classesNotStyles: ShikiTransformer = {
  span(node) {
    const style = node.properties.style;
    delete node.properties.style;
    if (typeof style === "string" && styleClasses(style).length) {
      node.properties.className = styleClasses(style);
    }
  },
};

/** The highlighted lines of one block, as hast: a `<span class="line">` per line. */
export async function highlightLines(source: string, language: BundledLanguage) {
  const ready = await highlighterFor(language);
  const root = ready.codeToHast(source, {
    lang: language,
    theme: theme.name!,
    // Shiki stops tokenizing a line after 500 ms by default and carries the unfinished state to
    // the next lines (a whole block coloured as a comment): on a busy build machine the first
    // block can take that long. The output must not depend on the machine's load.
    tokenizeTimeLimit: 0,
    transformers: [classesNotStyles],
  });
  const pre = root.children.find((child): child is Element => child.type === "element");
  const code = pre?.children.find((child): child is Element => child.type === "element");
  const lines = (code?.children ?? []) as ElementContent[];
  // A token in the default colour needs no element of its own: fewer bytes per page.
  for (const line of lines) {
    if (line.type !== "element") continue;
    line.children = line.children.flatMap((token) =>
      token.type === "element" && !token.properties.className ? token.children : [token],
    );
  }
  return lines;
}

/**
 * Every fenced block (`pre > code.language-x`) gets token classes and `data-language`, which the
 * page shows as the block's label. A block with no language, or one Shiki does not know (the
 * content check warns about it), keeps its plain text.
 */
export function rehypeHighlightCode() {
  return async (tree: Root) => {
    const blocks: { pre: Element; code: Element; language: string }[] = [];
    visit(tree, "element", (pre) => {
      const code = pre.tagName === "pre" ? pre.children[0] : undefined;
      if (code?.type !== "element" || code.tagName !== "code") return;
      const language = codeLanguage(code);
      if (language) blocks.push({ pre, code, language });
    });
    for (const { pre, code, language } of blocks) {
      pre.properties.dataLanguage = language;
      const known = highlightLanguage(language);
      if (!known) continue;
      // Shiki drops the block's final line break; it is put back, so that the text is unchanged.
      const source = toString(code);
      const lines = await highlightLines(source.replace(/\n$/, ""), known);
      code.children = source.endsWith("\n") ? [...lines, { type: "text", value: "\n" }] : lines;
    }
  };
}
