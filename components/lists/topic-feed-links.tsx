import { feedFormatNames } from "@/lib/feeds/format-names";
import { getDictionary } from "@/lib/i18n";
import type { Topic } from "@/lib/content";
import { feedFormats, paths } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";

/** "Follow: RSS · Atom · JSON Feed" for one topic's feeds. */
export function TopicFeedLinks({ locale, topic }: { locale: Locale; topic: Topic }) {
  const t = getDictionary(locale).topicFeeds;
  return (
    <p className="mt-16 font-sans text-sm text-muted">
      {t.follow}{" "}
      {feedFormats.map((format, index) => (
        <span key={format}>
          {index > 0 ? " · " : null}
          <a
            href={paths.topicFeed(topic.kind, locale, topic.id, format)}
            className="inline-flex min-h-6 items-center underline decoration-line underline-offset-4 hover:text-ink"
            aria-label={`${topic.labels[locale]} (${feedFormatNames[format]})`}
          >
            {feedFormatNames[format]}
          </a>
        </span>
      ))}
    </p>
  );
}
