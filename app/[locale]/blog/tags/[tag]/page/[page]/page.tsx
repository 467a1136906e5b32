import type { Metadata } from "next";
import { TopicListPage } from "@/components/lists/topic-list-page";
import {
  topicListMetadata,
  topicListStaticParams,
  topicListView,
  type TopicParams,
} from "@/lib/topic-list";

type Props = { params: TopicParams<"tag"> };

export const dynamicParams = false;
/** Every page of the list; …/page/1 exists unlinked, with the first page as its canonical URL. */
export const generateStaticParams = () => topicListStaticParams("tag", true);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicListMetadata(await topicListView("tag", params));
}

export default async function TagListPage({ params }: Props) {
  return <TopicListPage view={await topicListView("tag", params)} />;
}
