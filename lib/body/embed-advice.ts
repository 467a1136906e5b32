import { embedFor } from "@/lib/import/embeds";

/**
 * What to write instead of a pasted `<iframe>`: the site's component for a YouTube, Vimeo, TED
 * or Giphy player, with the id read from its address (the importer's own rule), else a link.
 */
export function iframeAdvice(src: unknown, title: unknown, format: "md" | "mdx"): string {
  const embed = embedFor([
    {
      name: "iframe",
      attributes: {
        src: typeof src === "string" ? src : "",
        ...(typeof title === "string" ? { title } : {}),
      },
      children: [],
    },
  ]);
  if (!embed) return "for a video or a map, link to it instead";
  const component = embed.component.replace(/ \/>$/, ' title="…" />');
  const withTitle = /title="/.test(embed.component) ? embed.component : component;
  return format === "mdx"
    ? `write ${withTitle} instead (a link card: nothing loads from the other site)`
    : `rename the file to .mdx and write ${withTitle} instead (a link card: nothing loads from the other site)`;
}
