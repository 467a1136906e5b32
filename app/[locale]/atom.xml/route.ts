import { feedResponse, feedStaticParams } from "@/lib/feeds/feed-route";

export const dynamicParams = false;
export const generateStaticParams = feedStaticParams;

export function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return feedResponse(params, (feed) => feed.atom1(), "application/atom+xml; charset=utf-8");
}
