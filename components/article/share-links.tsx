import { MastodonShare } from "@/components/fediverse/mastodon-share";
import type { Article } from "@/lib/content";
import { blueskyShareUrl } from "@/lib/fediverse/share";
import { getDictionary } from "@/lib/i18n";
import { absoluteUrl, paths } from "@/lib/routes/paths";
import { ShareActions } from "./share-actions";

const button =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-line px-3 hover:border-muted";

/**
 * Sharing without any third-party script or request: plain links to each network's share page
 * and to the reader's mail client; ShareActions adds copying and the phone's share sheet.
 */
export function ShareLinks({ article }: { article: Article }) {
  const t = getDictionary(article.locale);
  const url = absoluteUrl(paths.article(article.locale, article.slug));
  const encoded = encodeURIComponent(url);
  const text = `${article.title} ${url}`;
  const networks = [
    {
      name: t.share.linkedin,
      label: t.share.on(t.share.linkedin),
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
    },
    {
      name: t.share.x,
      label: t.share.on(t.share.x),
      href: `https://x.com/intent/post?url=${encoded}&text=${encodeURIComponent(article.title)}`,
    },
    {
      name: t.fediverse.bluesky,
      label: t.share.on(t.fediverse.bluesky),
      href: blueskyShareUrl(text),
    },
  ];
  const mail = `mailto:?subject=${encodeURIComponent(article.title)}&body=${encodeURIComponent(
    `${article.excerpt}\n\n${url}`,
  )}`;
  return (
    <section
      aria-labelledby="share-title"
      data-print="hide"
      data-pagefind-ignore
      className="mt-14 border-t border-line pt-6 font-sans"
    >
      <h2 id="share-title" className="text-base font-semibold">
        {t.share.title}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2 text-[0.95rem]">
        <ShareActions
          url={url}
          title={article.title}
          labels={{
            copy: t.share.copyLink,
            copied: t.share.copied,
            failed: t.share.copyFailed,
            native: t.share.native,
          }}
          className={button}
        />
        {networks.map((network) => (
          <li key={network.name}>
            <a
              href={network.href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={network.label}
              className={button}
            >
              {network.name}
            </a>
          </li>
        ))}
        <li>
          <a href={mail} aria-label={t.share.byEmail} className={button}>
            {t.share.email}
          </a>
        </li>
      </ul>
      <MastodonShare locale={article.locale} text={text} labels={t.fediverse} button={button} />
    </section>
  );
}
