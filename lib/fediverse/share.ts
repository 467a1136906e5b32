import { parsePath } from "@/lib/routes/paths";
import { hostName } from "./handles";

// Share pages of Bluesky and Mastodon: plain addresses, opened only when the reader follows
// them (no script or request of theirs on our pages).

/** Instances offered as plain links, which work on every host without JavaScript. */
export const wellKnownInstances = [
  "mastodon.social",
  "mastodon.online",
  "piaille.fr",
  "framapiaf.org",
  "mas.to",
] as const;

export function blueskyShareUrl(text: string): string {
  return `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`;
}

export function mastodonShareUrl(instance: string, text: string): string {
  return `https://${instance}/share?text=${encodeURIComponent(text)}`;
}

/**
 * The instance's host name from what a reader types: `mastodon.social`,
 * `https://mastodon.social/`, `@me@mastodon.social`; undefined when it is none.
 */
export function parseInstance(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  const host = trimmed
    .replace(/^https?:\/\//, "")
    .replace(/^@?[^@/]+@/, "")
    .replace(/\/.*$/, "");
  return new RegExp(`^${hostName}$`).test(host) ? host : undefined;
}

/**
 * Where the Mastodon share form (GET, fields `instance` and `text`) leads: the instance's share
 * page, or undefined when the query holds no valid instance or no text.
 */
export function mastodonShareTarget(query: URLSearchParams): string | undefined {
  const instance = parseInstance(query.get("instance") ?? "");
  const text = query.get("text") ?? "";
  return instance && text.trim() !== "" ? mastodonShareUrl(instance, text) : undefined;
}

/**
 * The Node server's answer to the share form: the instance's share page when `path` is the
 * form's page (paths.mastodonShare) and the query is valid, for a 303 redirect; otherwise
 * undefined, and the page itself is served.
 */
export function mastodonShareRedirect(path: string, query: URLSearchParams): string | undefined {
  return parsePath(path)?.kind === "share" ? mastodonShareTarget(query) : undefined;
}

/**
 * The page that sends the reader on to their instance. Not a 303: browsers hold a form's
 * redirect to the page's `form-action 'self'`, and would block it. A refresh is a navigation of
 * the reader's own, which the policy leaves alone; the link is there if a browser ignores it.
 */
export function mastodonLeavePage(target: string, locale: string): string {
  const href = target.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>Mastodon</title></head><body><p><a href="${href}">${href}</a></p></body></html>`;
}
