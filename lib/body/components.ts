// The components an `.mdx` article may use, with their attributes. The content check
// (check-body.ts) holds articles to this list; the element map (components/mdx) and the feed
// renderer (plugins/rehype-feed-elements.ts) render each of them.

export const calloutTypes = ["info", "tip", "warning", "danger"] as const;
export type CalloutType = (typeof calloutTypes)[number];

export function isCalloutType(value: unknown): value is CalloutType {
  return (calloutTypes as readonly unknown[]).includes(value);
}

export const mdxComponents = {
  Callout: { type: calloutTypes, title: "text" },
  Figure: { src: "image", alt: "text", caption: "text" },
} as const;
export type MdxComponentName = keyof typeof mdxComponents;
export const mdxComponentNames = Object.keys(mdxComponents) as MdxComponentName[];
