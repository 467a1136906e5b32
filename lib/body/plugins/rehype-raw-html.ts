import { nodeTypes } from "@mdx-js/mdx";
import rehypeRaw, { type Options } from "rehype-raw";
import type { Pluggable } from "unified";

/**
 * Parses the raw HTML of `.md` articles into elements; without it, the MDX compiler drops it
 * silently. MDX's own nodes pass through untouched.
 */
export const rehypeRawHtml: Pluggable = [
  rehypeRaw,
  { passThrough: [...nodeTypes] } satisfies Options,
];
