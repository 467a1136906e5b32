// The only importer of next-mdx-remote (archived upstream): swapping it is a one-file change.
import { serialize } from "next-mdx-remote/serialize";
import * as devRuntime from "react/jsx-dev-runtime";
import * as runtime from "react/jsx-runtime";
import { cachedBuildStep } from "@/lib/build-cache";
import type { Article } from "@/lib/content";
import { bodyWithFileLines } from "@/lib/content/body";
import { getDictionary } from "@/lib/i18n";
import { getMdxComponents } from "./mdx-components";
import { articleMdxOptions } from "./plugins";
import { rehypeCollectHeadings, type OutlineHeading } from "./plugins/rehype-collect-headings";

type MdxContent = (props: { components: ReturnType<typeof getMdxComponents> }) => React.ReactNode;

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
    // Plugins and the MDX packages change the output: they are part of the key.
    compilerFiles: ["components/mdx", "lib/typography.ts", "package-lock.json"],
    produce: async () => {
      const headings: OutlineHeading[] = [];
      const options = articleMdxOptions(article);
      const { compiledSource } = await serialize(
        source,
        {
          // Expressions and imports are refused by the content check; blocking them here too
          // means nothing an article holds ever runs as code. blockJS lets <script> and
          // <iframe> through: the content check (lib/content/html-policy.ts) stops them.
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
 * The compiled body as React elements, rendered with the site's MDX components, and the
 * outline of its headings for the table of contents.
 */
export async function renderArticleBody(article: Article) {
  const { code, headings } = await compileArticleBody(article);
  // The compiler emits a function body that takes the JSX runtime as `opts`, as
  // next-mdx-remote's own compileMDX evaluates it.
  const jsx = process.env.NODE_ENV === "production" ? runtime : devRuntime;
  const evaluate = new Function("opts", code) as (opts: unknown) => { default: MdxContent };
  const Content = evaluate(jsx).default;
  const components = getMdxComponents({ article, dictionary: getDictionary(article.locale) });
  return { content: <Content components={components} />, headings };
}
