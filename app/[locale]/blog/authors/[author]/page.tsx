import type { Metadata } from "next";
import { TopicListPage } from "@/components/lists/topic-list-page";
import {
  topicListMetadata,
  topicListStaticParams,
  topicListView,
  type TopicParams,
} from "@/lib/topic-list";

type Props = { params: TopicParams<"author"> };

export const dynamicParams = false;
export const generateStaticParams = () => topicListStaticParams("author", false);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicListMetadata(await topicListView("author", params));
}

export default async function AuthorPage({ params }: Props) {
  return <TopicListPage view={await topicListView("author", params)} />;
}
