import type { PostProvider, VideoProvider } from "./components";

// What an embed card shows and where it leads: the page (components/mdx/video.tsx, post.tsx)
// and the feeds (plugins/rehype-feed-elements.ts) both read it here.

export const providerNames: Record<VideoProvider | PostProvider, string> = {
  youtube: "YouTube",
  vimeo: "Vimeo",
  ted: "TED",
  x: "X",
  giphy: "GIPHY",
  tenor: "Tenor",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
};

export function providerName(provider: string): string {
  return providerNames[provider as VideoProvider] ?? provider;
}

/** The video's own page, where it plays. */
export function videoUrl(provider: string, id: string): string {
  const encoded = encodeURIComponent(id);
  if (provider === "vimeo") return `https://vimeo.com/${encoded}`;
  if (provider === "ted") return `https://www.ted.com/talks/${encoded}`;
  return `https://www.youtube.com/watch?v=${encoded}`;
}
