// Authors' fediverse handles, as content/authors/<id>.yml holds them (lib/content/schema.ts).

/** A host name of two labels or more: `mastodon.social`, `alice.bsky.social`. */
export const hostName = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}`;

/** `@user@instance`, as Mastodon writes it. */
export const mastodonHandle = new RegExp(
  String.raw`^@[a-z0-9_]+(?:[.-][a-z0-9_]+)*@${hostName}$`,
  "i",
);

/** `handle.bsky.social` or a domain of one's own, without `@`. */
export const blueskyHandle = new RegExp(`^${hostName}$`, "i");

export const mastodonHandleError =
  'must be a Mastodon handle written @user@instance, e.g. "@rudy@mastodon.social"';
export const blueskyHandleError =
  'must be a Bluesky handle without "@", e.g. "rudy.bsky.social" or "rudy.example.com"';

/** A Mastodon handle's profile page: `@user@instance` → `https://instance/@user`. */
export function mastodonProfileUrl(handle: string): string {
  const [, user, instance] = handle.split("@");
  return `https://${instance}/@${user}`;
}

export function blueskyProfileUrl(handle: string): string {
  return `https://bsky.app/profile/${handle}`;
}

/** An author's profile links on Mastodon and Bluesky, from their handles. */
export function fediverseProfileLinks(author: { mastodon?: string; bluesky?: string }) {
  return [
    ...(author.mastodon ? [{ label: "Mastodon", url: mastodonProfileUrl(author.mastodon) }] : []),
    ...(author.bluesky ? [{ label: "Bluesky", url: blueskyProfileUrl(author.bluesky) }] : []),
  ];
}
