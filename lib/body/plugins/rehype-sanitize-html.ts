import rehypeSanitize from "rehype-sanitize";
import type { Pluggable } from "unified";
import { markdownSanitizeSchema } from "../html-policy";

/**
 * Keeps only GitHub's allowlist of HTML (plus figure/figcaption) in `.md` articles. The content
 * check runs the same schema and warns, at its line, about everything this removes.
 */
export const rehypeSanitizeHtml: Pluggable = [rehypeSanitize, markdownSanitizeSchema];
