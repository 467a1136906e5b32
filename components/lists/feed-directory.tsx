import { PageIntro } from "@/components/site/page-intro";
import { PageShell } from "@/components/site/page-shell";
import type { Topic } from "@/lib/content";
import { feedFormatNames } from "@/lib/feeds/format-names";
import { getDictionary } from "@/lib/i18n";
import { feedFormats, paths, type FeedFormat, type TopicKind } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";

const siteFeeds = { rss: paths.rss, atom: paths.atom, json: paths.jsonFeed };

type FeedDirectoryProps = { locale: Locale; groups: { kind: TopicKind; topics: Topic[] }[] };

/** The page listing every feed of the site: the whole blog's, then each topic's. */
export function FeedDirectory({ locale, groups }: FeedDirectoryProps) {
  const t = getDictionary(locale).topicFeeds;
  const headings: Record<TopicKind, string> = {
    category: t.categories,
    author: t.authors,
    tag: getDictionary(locale).tagFeeds.heading,
  };
  return (
    <PageShell location={{ locale, path: paths.feeds }}>
      <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.pageTitle}>{t.pageIntro}</PageIntro>
        <ul className="divide-y divide-line">
          <FeedRow label={t.site} href={(format) => siteFeeds[format](locale)} />
        </ul>
        {groups.map(({ kind, topics }) => (
          <section key={kind} aria-labelledby={`feeds-${kind}`} className="mt-12">
            <h2 id={`feeds-${kind}`} className="text-2xl font-bold">
              {headings[kind]}
            </h2>
            <ul className="mt-4 divide-y divide-line">
              {topics.map((topic) => (
                <FeedRow
                  key={topic.id}
                  label={topic.labels[locale]}
                  href={(format) => paths.topicFeed(kind, locale, topic.id, format)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </PageShell>
  );
}

function FeedRow({ label, href }: { label: string; href: (format: FeedFormat) => string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <span className="font-semibold">{label}</span>
      <span className="flex gap-2 font-sans text-sm">
        {feedFormats.map((format) => (
          <a
            key={format}
            href={href(format)}
            aria-label={`${label} (${feedFormatNames[format]})`}
            className="inline-flex min-h-11 items-center rounded-md px-3 underline decoration-line underline-offset-4 hover:bg-line/60"
          >
            {feedFormatNames[format]}
          </a>
        ))}
      </span>
    </li>
  );
}
