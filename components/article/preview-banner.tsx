import { publicationState, type Article } from "@/lib/content";
import { formatDate } from "@/lib/format-date";
import { getDictionary } from "@/lib/i18n";

/**
 * Says that an article is not published yet: a draft, or scheduled for a later day. Only
 * development and preview builds (lib/content/publication.ts) ever hold such an article.
 */
export function PreviewBanner({ article }: { article: Article }) {
  const state = publicationState(article);
  if (state === "published") return null;
  const t = getDictionary(article.locale).preview;
  return (
    <p
      data-preview-banner={state}
      className="mb-6 rounded-md border-2 border-accent px-4 py-3 font-sans font-semibold"
    >
      {state === "draft" ? t.draft : t.scheduled(formatDate(article.date, article.locale))}
      <span className="block text-sm font-normal text-muted">{t.note}</span>
    </p>
  );
}
