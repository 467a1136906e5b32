// The site's redirects, for both hosting modes: proxy.ts answers them from the hosting manifest
// of `next start`, and out/_redirects carries them to a static host.

export type Redirect = { from: string; to: string; status: 301 | 307 };

/**
 * `/` goes to the default language with 307 (temporary: `/` may later pick the reader's
 * language, and 307 is what Next.js and the static hosts that read _redirects all accept);
 * the old addresses of content/redirects.yml go with 301 (permanent).
 */
export function siteRedirects(
  homePath: string,
  fromContent: readonly { from: string; to: string }[],
): Redirect[] {
  return [
    { from: "/", to: homePath, status: 307 },
    ...fromContent.map(({ from, to }) => ({ from, to, status: 301 as const })),
  ];
}
