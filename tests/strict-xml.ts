import { SaxesParser } from "saxes";

/**
 * The first well-formedness error of an XML 1.0 document, or undefined: saxes checks every
 * character against XML's Char production, which fast-xml-parser's validator does not.
 */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on("error", (problem) => {
    error ??= problem.message;
  });
  parser.write(xml).close();
  return error;
}
