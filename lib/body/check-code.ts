import type { Element } from "hast";
import {
  codeLanguage,
  highlightLanguage,
  plainTextLanguages,
} from "./plugins/rehype-highlight-code";

/**
 * A fenced block whose language Shiki does not know is shown unhighlighted: the content check
 * says so at its line, with the fix.
 */
export function unknownLanguageMessage(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === "element");
  const language = code?.tagName === "code" ? codeLanguage(code) : undefined;
  if (!language || highlightLanguage(language) || plainTextLanguages.has(language.toLowerCase()))
    return undefined;
  return `code block language "${language}" is not one the highlighter knows (the block stays plain): use its usual name, e.g. \`\`\`ts, \`\`\`java, \`\`\`sh, or \`\`\`text for none`;
}
