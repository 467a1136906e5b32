import { feedResponse, feedStaticParams } from "@/lib/feeds/feed-route";
import { jsonFeed11 } from "@/lib/feeds/json-feed";

export const dynamicParams = false;
export const generateStaticParams = feedStaticParams;

export function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return feedResponse(params, jsonFeed11, "application/feed+json; charset=utf-8");
}
