import type { Locale } from "@/lib/site";

// What a source reader (Astro, WordPress export) hands to the importer, and what the importer
// reports back. Paths in `file` are relative to the source folder, for file:line messages.

export type SourceFormat = "astro" | "wordpress";

/** One post in one language, as found in the source. */
export type SourcePost = {
  file: string;
  /** Absolute path of the folder that holds the post's `images/`. */
  dir: string;
  /** What the language versions of one post share: the folder (Astro) or the slug (WordPress). */
  key: string;
  locale: Locale;
  format: "md" | "mdx";
  /** The frontmatter, parsed as YAML 1.2 (dates stay strings). */
  data: Record<string, unknown>;
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number };
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  /** The URL slug the post had in this language on the old site. */
  oldSlug: string;
};

export type SourceAuthor = {
  id: string;
  file: string;
  name: string;
  role?: string;
  bio?: string;
  /** Absolute path of the picture, when there is one. */
  picture?: string;
  links: { label: string; url: string }[];
};

/** What an old URL pointed at, so that it can be sent to its new page. */
export type OldTarget =
  | { kind: "post"; key: string; locale: Locale }
  | { kind: "markdown-copy"; key: string; locale: Locale }
  | { kind: "category"; id: string; locale: Locale }
  | { kind: "author"; id: string; locale: Locale }
  | { kind: "feed"; locale: Locale }
  | { kind: "blog"; locale: Locale };

export type Catalogue = {
  format: SourceFormat;
  posts: SourcePost[];
  authors: Map<string, SourceAuthor>;
  /** Category labels the source gives, by id and language. */
  categoryLabels: Map<string, Partial<Record<Locale, string>>>;
  /** Old URL path → what it showed. */
  oldPaths: Map<string, OldTarget>;
  /** Files that could not be read at all, with why. */
  problems: ImportProblem[];
  /** What the source holds that the blog leaves to others, said once. */
  notices: Notice[];
};

export type ImportProblem = { file: string; line?: number; message: string };

/** One change made to a body or a field, logged with where it was in the source. */
export type Rewrite = { file: string; line: number; kind: RewriteKind; from: string; to: string };

export type RewriteKind =
  | "post-link"
  | "parent-link"
  | "image-path"
  | "figure"
  | "video"
  | "post-embed"
  | "import-removed"
  | "excerpt-derived"
  | "mdx"
  | "entity";

/** A remark on the source that is not a rewrite: something left for the author. */
export type Notice = { file: string; line?: number; message: string };
