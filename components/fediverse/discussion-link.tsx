import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";

/** "Discuss on Mastodon/Bluesky": the post named by the frontmatter's `discussion:` URL. */
export function DiscussionLink({ article }: { article: Article }) {
  if (!article.discussion) return null;
  const t = getDictionary(article.locale).fediverse;
  const network = t[article.discussion.provider];
  return (
    <p data-print="hide" data-pagefind-ignore className="mt-10 font-sans">
      <a
        href={article.discussion.url}
        rel="noopener noreferrer"
        className="inline-flex min-h-11 items-center rounded-md border border-line px-4 font-semibold hover:border-muted"
      >
        {t.discuss(network)}
      </a>
    </p>
  );
}
