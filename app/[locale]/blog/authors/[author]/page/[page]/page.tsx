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
/** Every page of the list; …/page/1 exists unlinked, with the first page as its canonical URL. */
export const generateStaticParams = () => topicListStaticParams("author", true);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicListMetadata(await topicListView("author", params));
}

export default async function AuthorListPage({ params }: Props) {
  return <TopicListPage view={await topicListView("author", params)} />;
}
