import type { Metadata } from "next";
import { TopicListPage } from "@/components/lists/topic-list-page";
import type { TopicKind } from "@/lib/routes/paths";
import {
  topicListMetadata,
  topicListStaticParams,
  topicListView,
  type TopicParams,
} from "@/lib/topic-list";

/**
 * What a topic's list route exports, for one kind: its first pages (the topic's own address),
 * or with `pages` every page at …/page/<n>. Route segment config such as `dynamicParams` stays
 * in each route file, where Next.js reads it without running the code.
 */
export function topicListRoute<K extends TopicKind>(kind: K, { pages }: { pages: boolean }) {
  type Props = { params: TopicParams<K> };
  return {
    generateStaticParams: () => topicListStaticParams(kind, pages),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      return topicListMetadata(await topicListView(kind, params));
    },
    async Page({ params }: Props) {
      return <TopicListPage view={await topicListView(kind, params)} />;
    },
  };
}
