import { topicFeedResponse, topicFeedStaticParams } from "@/lib/feeds/topic-feed-route";

// rss.xml, atom.xml and feed.json of each author, in each language.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => topicFeedStaticParams("author");

type Params = Promise<{ locale: string; author: string; feed: string }>;

export function GET(_request: Request, { params }: { params: Params }) {
  return topicFeedResponse("author", params);
}
