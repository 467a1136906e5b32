import { topicFeedResponse, topicFeedStaticParams } from "@/lib/feeds/topic-feed-route";

// rss.xml, atom.xml and feed.json of each tag, in each language.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => topicFeedStaticParams("tag");

type Params = Promise<{ locale: string; tag: string; feed: string }>;

export function GET(_request: Request, { params }: { params: Params }) {
  return topicFeedResponse("tag", params);
}
