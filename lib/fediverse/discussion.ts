// The optional `discussion:` URL of an article's frontmatter: a post on Mastodon or Bluesky
// where readers talk about the article. The provider is told from the URL.

export type DiscussionProvider = "mastodon" | "bluesky";

export const discussionError =
  "must be the address of a Mastodon post (https://<instance>/@user/123…) or a Bluesky post (https://bsky.app/profile/<handle>/post/<id>)";

/** Which network a discussion URL is on, or undefined when it is a post on neither. */
export function discussionProvider(url: string): DiscussionProvider | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:") return undefined;
  if (parsed.hostname === "bsky.app") {
    return /^\/profile\/[^/]+\/post\/[a-z0-9]+$/i.test(parsed.pathname) ? "bluesky" : undefined;
  }
  // Mastodon (and the servers that speak its URLs) address a post as /@user/<number>.
  return /^\/@[a-z0-9_.-]+(?:@[^/]+)?\/\d+$/i.test(parsed.pathname) ? "mastodon" : undefined;
}
