import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

// WordPress writes its excerpts and titles with HTML character references (`j&rsquo;ai`,
// `&nbsp;`); the blog's fields are plain text, where they would show as written.

const reference = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;
const parser = unified().use(remarkParse);

/** The text with each character reference as its character, decoded by the Markdown parser. */
export function decodeReferences(text: string): string {
  return text.replace(reference, (match) => {
    const decoded = toString(parser.parse(match));
    return decoded === "" ? match : decoded;
  });
}
