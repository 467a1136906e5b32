import { createProcessor, nodeTypes } from "@mdx-js/mdx";
import type { Element, Nodes, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import type { Root } from "mdast";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { toHast } from "mdast-util-to-hast";
import readingTime from "reading-time";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import {
  dangerousScheme,
  dangerousUrlMessage,
  forbiddenElements,
  isEventAttribute,
  isUrlAttribute,
  mdxHtmlElements,
} from "./html-policy";
import { imageReferenceProblem, type ContentImage } from "@/lib/content/images";
import type { ContentProblem, Severity } from "@/lib/content/problem";
import { unknownLanguageMessage } from "./check-code";
import {
  mdxComponentNames,
  mdxComponents,
  requiredAttributes,
  type MdxComponentName,
} from "./components";
import { iframeAdvice } from "./embed-advice";
import { syntaxProblem } from "./mdx-syntax";
import { bodyWithFileLines, remarkPlugins } from "./processor";
import { firstFailingLine } from "./parse-error-line";
import { sanitizerRemovals } from "./sanitizer-removals";

/** Beyond this many words, an article is probably a paste gone wrong (or needs splitting). */
export const longBodyWords = 6000;

export type BodyInput = {
  file: string;
  format: "mdx" | "md";
  body: string;
  bodyLine: number;
  images: ReadonlyMap<string, ContentImage>;
};

/** A link to another page of the site, resolved once every article is known. */
export type InternalLink = { href: string; line?: number; column?: number };

export type BodyReport = {
  problems: ContentProblem[];
  internalLinks: InternalLink[];
  /** The body's words, as reading-time counts them: the article's reading time is made of them. */
  words: number;
};

type Point = { line: number; column: number };
type Positioned = { position?: { start?: Point } };
type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Parses an article body and reports what would fail, be lost or be unsafe when it renders. */
export function checkBody(input: BodyInput): BodyReport {
  const { file, format } = input;
  const problems: ContentProblem[] = [];
  const internalLinks: InternalLink[] = [];
  const vfile = new VFile({ path: file, value: bodyWithFileLines(input.body, input.bodyLine) });
  let tree: Root;
  try {
    tree = createProcessor({ format, remarkPlugins }).parse(vfile);
  } catch (error) {
    const problem = syntaxProblem(error, file, format);
    problem.line ??= firstFailingLine(
      String(vfile.value),
      (text) => createProcessor({ format, remarkPlugins }).parse(text),
      error,
    );
    return { problems: [problem], internalLinks, words: readingTime(input.body).words };
  }

  // The same HTML tree the renderer builds: raw HTML of `.md` parsed, JSX of `.mdx` kept.
  const converted = toHast(tree, { allowDangerousHtml: true, passThrough: [...nodeTypes] });
  const hast = (format === "md" ? raw(converted, { file: vfile }) : converted) as HastRoot;

  const flagged = new Set<Nodes>();
  const report = (node: Positioned, message: string, severity: Severity = "error") => {
    // An element with an error is not also warned about for what the sanitizer would remove.
    if (severity === "error") flagged.add(node as Nodes);
    problems.push({
      file,
      line: node.position?.start?.line,
      column: node.position?.start?.column,
      severity,
      message,
    });
  };
  const checkImage = (node: Positioned, src: string | undefined, alt: string | undefined) => {
    const problem = imageReferenceProblem(src ?? "", input.images);
    if (problem) report(node, problem);
    if (!alt?.trim()) {
      report(
        node,
        `image "${src}" has no alt text: describe what it shows, e.g. ![A team meeting](${src})`,
      );
    }
  };
  const checkLink = (node: Nodes, href: string) => {
    if (href.startsWith("/") && !href.startsWith("//")) {
      internalLinks.push({ href, ...node.position?.start });
    } else if (!/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href) && href !== "") {
      report(
        node,
        `relative link "${href}" points nowhere on the site: write its full path, e.g. /fr/blog/<slug>, or a full https:// address`,
      );
    }
    const text = toString(node)
      .trim()
      .toLowerCase()
      .replace(/[\s.!:…»«"“”]+$/u, "");
    if (vagueLinkTexts.has(text)) {
      report(
        node,
        `link text "${toString(node).trim()}" says nothing out of context (screen readers list links alone): name the destination, e.g. [the internship guide](…)`,
        "warning",
      );
    }
  };
  const headings = headingOutline(report);

  visit(hast, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        report(
          node,
          "imports and exports are not allowed in articles (they would be dropped): remove this line",
        );
        return "skip";
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report(node, expressionMessage);
        return "skip";
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkJsx(node, { report, checkImage, checkLink, headings, format });
        return undefined;
      case "element":
        checkElement(node, { report, checkImage, checkLink, headings, format });
        return forbiddenElements.has(node.tagName) ? "skip" : undefined;
      case "text":
        for (const match of node.value.matchAll(shortcodes)) {
          report(
            {
              position: {
                start: pointAfter(node.position?.start, node.value.slice(0, match.index)),
              },
            },
            `WordPress shortcode "${match[0]}" would show as plain text: replace it with Markdown (an image is ![alt](images/<file> "caption"))`,
          );
        }
        return undefined;
      default:
        return undefined;
    }
  });

  if (format === "md") {
    for (const removal of sanitizerRemovals(hast, flagged))
      report(removal.node, removal.message, "warning");
  }
  const words = readingTime(input.body).words;
  if (words > longBodyWords) {
    problems.push({
      file,
      line: input.bodyLine,
      severity: "warning",
      message: `the body is ${words} words long, far more than usual (over ${longBodyWords}): check for pasted duplicates, or split it into a series`,
    });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { problems, internalLinks, words };
}

const shortcodes = /\[\/?(caption|gallery|embed|video|audio|playlist|wp_[a-z_]+)\b[^\]]*\]/g;

/** The point reached after `text`, starting from `start`. */
function pointAfter(start: Point | undefined, text: string): Point | undefined {
  if (!start) return undefined;
  const lines = text.split("\n");
  const last = lines.at(-1) ?? "";
  return lines.length === 1
    ? { line: start.line, column: start.column + last.length }
    : { line: start.line + lines.length - 1, column: last.length + 1 };
}

const expressionMessage =
  "JavaScript expressions are not allowed in articles (they would be dropped): remove the {…}, or write \\{ to show a brace";

const vagueLinkTexts = new Set([
  "ici",
  "cliquez ici",
  "clique ici",
  "cliquer ici",
  "là",
  "ce lien",
  "lien",
  "en savoir plus",
  "here",
  "click here",
  "this link",
  "link",
  "read more",
  "more",
]);

type Checks = {
  report: (node: Positioned, message: string, severity?: Severity) => void;
  checkImage: (node: Positioned, src: string | undefined, alt: string | undefined) => void;
  checkLink: (node: Nodes, href: string) => void;
  headings: (node: Positioned, tagName: string) => void;
  format: "md" | "mdx";
};

/** Markdown and, in `.md`, raw HTML: the same rules for elements, attributes and addresses. */
function checkElement(node: Element, checks: Checks) {
  const { tagName } = node;
  if (forbiddenElements.has(tagName)) {
    checks.report(node, forbiddenMessage(tagName, node.properties, checks.format));
    return;
  }
  if (tagName === "pre") {
    const message = unknownLanguageMessage(node);
    if (message) checks.report(node, message, "warning");
  }
  const attributes = Object.entries(node.properties).map(([name, value]) => ({
    name,
    value: Array.isArray(value) ? value.join(" ") : value,
  }));
  checkAttributes(node, tagName, attributes, checks);
}

/** JSX in `.mdx`: the site's components, or an allowlisted plain HTML element. */
function checkJsx(node: JsxElement, checks: Checks) {
  const name = node.name;
  if (name === null) return; // a fragment, <>…</>: harmless
  const component = mdxComponents[name as MdxComponentName];
  const attributes: { name: string; value: unknown }[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute" || typeof attribute.value === "object") {
      if (attribute.value !== null) {
        checks.report(
          node,
          `attribute ${attribute.type === "mdxJsxAttribute" ? `"${attribute.name}" ` : ""}is a JavaScript expression {…}, which is not allowed (it would be dropped): write it as text, name="value"`,
        );
        continue;
      }
    }
    if (attribute.type === "mdxJsxAttribute") {
      attributes.push({ name: attribute.name, value: attribute.value ?? true });
    }
  }

  if (component) {
    checkComponent(node, name as MdxComponentName, attributes, checks);
    return;
  }
  if (/^[A-Z]|[.:]/.test(name)) {
    checks.report(
      node,
      `unknown component <${name}> (known: ${mdxComponentNames.map((known) => `<${known}>`).join(", ")})`,
    );
    return;
  }
  if (forbiddenElements.has(name)) {
    checks.report(
      node,
      forbiddenMessage(name, Object.fromEntries(attributes.map((a) => [a.name, a.value])), "mdx"),
    );
    return;
  }
  if (!mdxHtmlElements.has(name)) {
    checks.report(
      node,
      `<${name}> is not an element articles may use: write Markdown, or ${mdxComponentNames.map((known) => `<${known}>`).join("/")} (plain HTML allowed: ${[...mdxHtmlElements].join(", ")})`,
    );
    return;
  }
  const style = attributes.find((attribute) => attribute.name === "style");
  if (style)
    checks.report(
      node,
      `style="…" is not allowed in .mdx articles (it breaks the page): the site's stylesheet sets the look; remove it`,
    );
  checkAttributes(node, name, attributes, checks);
}

function checkComponent(
  node: JsxElement,
  name: MdxComponentName,
  attributes: { name: string; value: unknown }[],
  checks: Checks,
) {
  const allowed: Record<string, unknown> = mdxComponents[name];
  for (const attribute of attributes) {
    const kind = allowed[attribute.name];
    if (kind === undefined) {
      checks.report(
        node,
        `<${name}> has no attribute "${attribute.name}" (it would be ignored): use ${Object.keys(allowed).join(", ")}`,
      );
    } else if (Array.isArray(kind) && !kind.includes(attribute.value)) {
      checks.report(
        node,
        `<${name} ${attribute.name}="${String(attribute.value)}"> is not a known ${attribute.name}: use one of ${kind.join(", ")}`,
      );
    } else if (kind === "url" && !/^https:\/\/[^/]/.test(String(attribute.value))) {
      checks.report(
        node,
        `<${name} ${attribute.name}="${String(attribute.value)}"> is not a full address: write it https://…`,
      );
    }
  }
  const value = (key: string) => {
    const found = attributes.find((attribute) => attribute.name === key)?.value;
    return typeof found === "string" ? found : undefined;
  };
  for (const key of requiredAttributes[name] ?? []) {
    if (value(key) === undefined) {
      checks.report(node, `<${name}> needs ${key}="${key === "src" ? "images/<file>" : "…"}"`);
    }
  }
  if (name === "Figure" && value("src") !== undefined) {
    checks.checkImage(node, value("src"), value("alt"));
  }
}

function checkAttributes(
  node: Element | JsxElement,
  tagName: string,
  attributes: { name: string; value: unknown }[],
  checks: Checks,
) {
  checks.headings(node, tagName);
  for (const { name, value } of attributes) {
    if (isEventAttribute(name)) {
      checks.report(
        node,
        `event attribute "${name}" on <${tagName}> is not allowed (it runs JavaScript): remove it`,
      );
    } else if (typeof value === "string" && isUrlAttribute(name)) {
      const scheme = dangerousScheme(value);
      if (scheme) checks.report(node, dangerousUrlMessage(scheme));
    }
  }
  const text = (key: string) => {
    const found = attributes.find((attribute) => attribute.name === key)?.value;
    return typeof found === "string" ? found : undefined;
  };
  const src = text("src");
  if (tagName === "img" && !(src && dangerousScheme(src)))
    checks.checkImage(node, src, text("alt"));
  const href = text("href");
  if (tagName === "a" && href !== undefined && !dangerousScheme(href)) {
    checks.checkLink(node as Nodes, href);
  }
}

function forbiddenMessage(
  tagName: string,
  attributes: Record<string, unknown>,
  format: "md" | "mdx",
): string {
  const why: Record<string, string> = {
    script: "it would run code in readers' browsers",
    iframe: "it loads another site into the page",
    object: "it loads a plugin or another site",
    embed: "it loads a plugin or another site",
    style: "it restyles the whole site",
    base: "it changes where every link of the page goes",
    meta: "it changes how the whole page is handled",
    link: "it loads files from elsewhere",
    form: "it would send readers' input somewhere",
  };
  const advice =
    tagName === "iframe"
      ? iframeAdvice(attributes.src, attributes.title, format)
      : "for a video or a map, link to it instead";
  return `<${tagName}> is not allowed in articles (${why[tagName] ?? "unsafe"}): remove it; ${advice}`;
}

/** Warns about an `<h1>` (the title is the page's) and about skipped heading levels. */
function headingOutline(report: Checks["report"]): Checks["headings"] {
  let previous = 1; // the article's title
  return (node, tagName) => {
    const level = /^h([1-6])$/.exec(tagName)?.[1];
    if (!level || !node.position) return;
    const depth = Number(level);
    if (depth === 1) {
      report(
        node,
        "an <h1> in the body: the article's title is already the page's h1; start sections with ## (h2)",
        "warning",
      );
    } else if (depth > previous + 1) {
      report(
        node,
        `heading level skips from h${previous} to h${depth} (screen reader users navigate by levels): use ${"#".repeat(previous + 1)} (h${previous + 1})`,
        "warning",
      );
    }
    previous = depth;
  };
}
