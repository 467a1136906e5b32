import { cachedBuildStep } from "@/lib/build-cache";
import type { Article } from "@/lib/content";

/**
 * An article body as the HTML its page shows, kept under .next/cache/page-bodies/. React's
 * HTML renderer cannot run in a Server Component (vercel/next.js#43810), so
 * scripts/page-bodies.ts renders every body with it before `next build`, through `render`; the
 * page then reads the result. A page whose body was not rendered fails the build.
 */
export async function articleBodyHtml(
  article: Article,
  render: () => Promise<string> = () => {
    throw new Error(
      `${article.file}: its body was not rendered to HTML before \`next build\`: build with \`npm run build\` or \`npm run build:static\`, which run scripts/page-bodies.ts first`,
    );
  },
): Promise<string> {
  const html = await cachedBuildStep({
    kind: "page-bodies",
    extension: "html",
    // The whole article: the element map reads its images, language and file.
    key: [JSON.stringify({ ...article, images: [...article.images] })],
    // The pipeline, the element map, everything they import, and the renderer.
    compilerFiles: ["components", "lib", "scripts/page-bodies.ts", "package-lock.json"],
    // Each page asks for its body once.
    remember: false,
    produce: async () => Buffer.from(await render()),
  });
  return html.toString("utf8");
}
