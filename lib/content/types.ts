import type { Locale } from "@/lib/site";
import type { ContentImage } from "./images";
import type { ContentProblem } from "./problem";
import type { Redirect } from "./redirects";
import type { ArticleFrontmatter, AuthorData } from "./schema";

// The shapes the content layer hands to the pages, the feeds and the scripts.

export type Author = AuthorData & { id: string };
export type Category = { id: string; labels: Record<Locale, string> };
/** A series of content/series.yml: articles read in order, part 1, 2… */
export type Series = { id: string; labels: Record<Locale, string> };

export type Article = {
  slug: string;
  locale: Locale;
  /** Path relative to the project root, for messages. */
  file: string;
  format: "mdx" | "md";
  state: ArticleFrontmatter["state"];
  /** Title and excerpt are typeset for their language (French no-break spaces). */
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  excerpt: string;
  authors: Author[];
  categories: Category[];
  hero: ContentImage;
  /** The article's images by the path authors write (`images/<file>`). */
  images: ReadonlyMap<string, ContentImage>;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  readingMinutes: number;
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
