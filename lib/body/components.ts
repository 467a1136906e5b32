// The components an `.mdx` article may use, with their attributes. The content check
// (check-body.ts) holds articles to this list; the element map (components/mdx) and the feed
// renderer (plugins/rehype-feed-elements.ts) render each of them.

export const calloutTypes = ["info", "tip", "warning", "danger"] as const;
export type CalloutType = (typeof calloutTypes)[number];

export function isCalloutType(value: unknown): value is CalloutType {
  return (calloutTypes as readonly unknown[]).includes(value);
}

/** Players a `<Video>` links to, by the id their addresses carry. */
export const videoProviders = ["youtube", "vimeo", "ted"] as const;
export type VideoProvider = (typeof videoProviders)[number];

/** Sites a `<Post>` links to (a post, a GIF, a playlist). */
export const postProviders = [
  ...["x", "giphy", "tenor", "youtube", "vimeo", "instagram", "linkedin", "mastodon", "bluesky"],
] as const;
export type PostProvider = (typeof postProviders)[number];

export const mdxComponents = {
  Callout: { type: calloutTypes, title: "text" },
  Figure: { src: "image", alt: "text", caption: "text" },
  Video: { provider: videoProviders, id: "text", title: "text" },
  Post: { url: "url", provider: postProviders, title: "text" },
} as const;
export type MdxComponentName = keyof typeof mdxComponents;
export const mdxComponentNames = Object.keys(mdxComponents) as MdxComponentName[];

/** Attributes a component cannot do without. */
export const requiredAttributes: Partial<Record<MdxComponentName, readonly string[]>> = {
  Figure: ["src"],
  Video: ["provider", "id"],
  Post: ["url", "provider"],
};
