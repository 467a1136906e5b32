import type { DiscussionProvider } from "@/lib/fediverse/discussion";
import type { Locale } from "@/lib/site";
import type { ContentImage } from "./images";
import type { ContentProblem } from "./problem";
import type { Redirect } from "./redirects";
import type { ArticleFrontmatter, AuthorData } from "./schema";

// The shapes the content layer hands to the pages, the feeds and the scripts.

export type Author = AuthorData & { id: string };
export type Category = { id: string; labels: Record<Locale, string> };
/** A tag as an article writes it ("Next.js"), and its id in URLs ("next-js"). */
export type Tag = { id: string; label: string };
/** A series of content/series.yml: articles read in order, part 1, 2… */
export type Series = { id: string; labels: Record<Locale, string> };

export type Article = {
  /** The article's address in its language: its frontmatter `slug`, else its folder's name. */
  slug: string;
  /** The folder's name: what the translations of one article share, and where its images are. */
  id: string;
  locale: Locale;
  /** Path relative to the project root, for messages. */
  file: string;
  format: "mdx" | "md";
  state: ArticleFrontmatter["state"];
  /** Title and excerpt are typeset for their language (French no-break spaces). */
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** Last revision, `YYYY-MM-DD`, when the author gave one. */
  updated?: string;
  excerpt: string;
  /** Empty when the studio signs the article. */
  authors: Author[];
  categories: Category[];
  tags: Tag[];
  hero: ContentImage;
  /** The hero's alt text; empty when the frontmatter has no heroAlt (the check warns). */
  heroAlt: string;
  /** The article's images by the path authors write (`images/<file>`). */
  images: ReadonlyMap<string, ContentImage>;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  readingMinutes: number;
  /** A post where readers discuss the article (frontmatter `discussion:`). */
  discussion?: { url: string; provider: DiscussionProvider };
  /** The series the article is a part of, and its part number. */
  series?: Series & { part: number };
};

export type Content = {
  articles: Article[];
  authors: Map<string, Author>;
  categories: Map<string, Category>;
  series: Map<string, Series>;
  redirects: Redirect[];
  /** Every file of content/ that was read and checked, relative to the project root. */
  files: string[];
  problems: ContentProblem[];
};
