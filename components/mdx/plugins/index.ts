import type { PluggableList } from "unified";
import remarkGfm from "remark-gfm";
import { rehypeFigures } from "./rehype-figures";
import { rehypeHeadingIds } from "./rehype-heading-ids";

// The plugins every rendering of an article body shares: the page and the feeds.

export const remarkPlugins: PluggableList = [remarkGfm];

export const rehypePlugins: PluggableList = [rehypeHeadingIds, rehypeFigures];
