import type { Metadata } from "next";
import { FeedDirectory } from "@/components/lists/feed-directory";
import { getTopics } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paths, topicKinds } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale).topicFeeds;
  return pageMetadata({ locale, title: t.pageTitle, description: t.pageIntro, path: paths.feeds });
}

export default async function FeedsPage({ params }: Props) {
  const locale = await localeParam(params);
  const groups = await Promise.all(
    topicKinds.map(async (kind) => ({ kind, topics: await getTopics(kind) })),
  );
  // A kind with no topic yet (a site whose articles have no tag) has no heading either.
  return (
    <FeedDirectory locale={locale} groups={groups.filter(({ topics }) => topics.length > 0)} />
  );
}
