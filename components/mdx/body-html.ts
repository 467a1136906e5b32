import { cachedBuildStep } from "@/lib/build-cache";
import type { OutlineHeading } from "@/lib/body/plugins/rehype-collect-headings";
import type { Article } from "@/lib/content";

/** An article body as its page shows it: HTML, and the outline of its headings. */
export type BodyHtml = { html: string; headings: OutlineHeading[] };

/**
 * An article body as the HTML its page shows, with its outline, kept under
 * .next/cache/page-bodies/. React's HTML renderer cannot run in a Server Component
 * (vercel/next.js#43810), so scripts/page-bodies.ts renders every body with it before
 * `next build`, through `render`; the page then reads the result, one file. A page whose body
 * was not rendered fails the build.
 */
export async function articleBodyHtml(
  article: Article,
  render: () => Promise<BodyHtml> = () => {
    throw new Error(
      `${article.file}: its body was not rendered to HTML before \`next build\`: build with \`npm run build\` or \`npm run build:static\`, which run scripts/page-bodies.ts first`,
    );
  },
): Promise<BodyHtml> {
  const entry = await cachedBuildStep({
    kind: "page-bodies",
    extension: "json",
    // What the compiler and the element map read: the body where it starts in its file, its
    // format and language, and its images. Not the title or the dates, whose edit keeps the body.
    key: [
      JSON.stringify({
        format: article.format,
        locale: article.locale,
        bodyLine: article.bodyLine,
        body: article.body,
        images: [...article.images],
      }),
    ],
    // The pipeline, the element map, everything they import, and the renderer.
    compilerFiles: ["components", "lib", "scripts/page-bodies.ts", "package-lock.json"],
    // Each page asks for its body once.
    remember: false,
    produce: async () => Buffer.from(JSON.stringify(await render())),
  });
  return JSON.parse(entry.toString("utf8")) as BodyHtml;
}
