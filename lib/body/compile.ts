// The only importer of next-mdx-remote (archived upstream): swapping it is a one-file change.
import { serialize } from "next-mdx-remote/serialize";
import * as devRuntime from "react/jsx-dev-runtime";
import * as runtime from "react/jsx-runtime";
import { cachedBuildStep } from "@/lib/build-cache";
import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import type { Article } from "@/lib/content";
import { rehypeCollectHeadings, type OutlineHeading } from "./plugins/rehype-collect-headings";
import { articleMdxOptions, bodyWithFileLines } from "./processor";

/** A compiled body, to render with the element map of components/mdx. */
export type MdxContent = (props: { components: MDXComponents }) => ReactNode;

type CompiledBody = { code: string; headings: OutlineHeading[] };

/**
 * Compiles an article body (MDX, or CommonMark + GFM for `.md`) to a JavaScript function body
 * and the outline of its h2/h3 headings, once per content: `next build` renders pages in
 * several worker processes, so the result is kept on disk under .next/cache, keyed by the
 * body's hash and by this compiler's own sources and packages.
 */
export function compileArticleBody(article: Article): Promise<CompiledBody> {
  const source = bodyWithFileLines(article.body, article.bodyLine);
  return cachedBuildStep({
    kind: "article-bodies",
    extension: "json",
    key: [process.env.NODE_ENV ?? "", article.format, article.locale, source],
    // The pipeline, the dictionaries (footnote labels) and the MDX packages change the output:
    // they are part of the key. lib/body imports nothing else that shapes the output from
    // outside itself (tests/body-pipeline.test.ts).
    compilerFiles: ["lib/body", "lib/i18n", "package-lock.json"],
    produce: async () => {
      const headings: OutlineHeading[] = [];
      const options = articleMdxOptions(article);
      const { compiledSource } = await serialize(
        source,
        {
          // Expressions and imports are refused by the content check; blocking them here too
          // means nothing an article holds ever runs as code. blockJS lets <script> and
          // <iframe> through: the content check (lib/body/html-policy.ts) stops them.
          blockJS: true,
          mdxOptions: {
            ...options,
            rehypePlugins: [...options.rehypePlugins, [rehypeCollectHeadings, { into: headings }]],
          },
        },
        // The React Server Components flavour: no MDX provider.
        true,
      ).catch((error: unknown) => {
        throw new Error(`${article.file}: the article cannot be rendered: ${String(error)}`);
      });
      const compiled: CompiledBody = { code: compiledSource, headings };
      return Buffer.from(JSON.stringify(compiled));
    },
  }).then((buffer) => JSON.parse(buffer.toString("utf8")) as CompiledBody);
}

/**
 * The compiled body as a component that takes the element map, and the outline of its
 * headings for the table of contents.
 */
export async function articleBodyContent(
  article: Article,
): Promise<{ Content: MdxContent; headings: OutlineHeading[] }> {
  const { code, headings } = await compileArticleBody(article);
  // The compiler emits a function body that takes the JSX runtime as `opts`, as
  // next-mdx-remote's own compileMDX evaluates it.
  const jsx = process.env.NODE_ENV === "production" ? runtime : devRuntime;
  const evaluate = new Function("opts", code) as (opts: unknown) => { default: MdxContent };
  return { Content: evaluate(jsx).default, headings };
}
