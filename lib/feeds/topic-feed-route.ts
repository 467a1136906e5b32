import { notFound } from "next/navigation";
import { buildFeed } from "@/lib/feeds/build-feed";
import { jsonFeed11 } from "@/lib/feeds/json-feed";
import { localeParam } from "@/lib/locale-param";
import { routeTopic, routeTopics } from "@/lib/placeholder-page";
import {
  feedFileName,
  feedFormatOf,
  feedFormats,
  type FeedFormat,
  type TopicKind,
} from "@/lib/routes/paths";
import { publishedLocales, type Locale } from "@/lib/site";
import type { Feed } from "feed";

// What the topic feed routes share (app/[locale]/blog/<topic>/[<kind>]/[feed]/route.ts): the
// three formats of every topic of a kind, in every language, rendered at build time. The route's
// topic segment is named after the kind ([category], [author], [tag]). A kind with no topic yet
// builds the placeholder's empty feeds (lib/placeholder-page.ts).

type TopicFeedParams<K extends TopicKind> = Promise<
  { locale: string; feed: string } & Record<K, string>
>;

const formats: Record<FeedFormat, { type: string; write: (feed: Feed, locale: Locale) => string }> =
  {
    rss: { type: "application/rss+xml; charset=utf-8", write: (feed) => feed.rss2() },
    atom: { type: "application/atom+xml; charset=utf-8", write: (feed) => feed.atom1() },
    json: { type: "application/feed+json; charset=utf-8", write: jsonFeed11 },
  };

export async function topicFeedStaticParams(kind: TopicKind) {
  const topics = await routeTopics(kind);
  return publishedLocales.flatMap((locale) =>
    topics.flatMap((topic) =>
      feedFormats.map((format) => ({ locale, [kind]: topic.id, feed: feedFileName(format) })),
    ),
  );
}

export async function topicFeedResponse<K extends TopicKind>(
  kind: K,
  params: TopicFeedParams<K>,
): Promise<Response> {
  const locale = await localeParam(params);
  const values = await params;
  const format = feedFormatOf(values.feed);
  const topic = await routeTopic(kind, values[kind]);
  if (!format || !topic) notFound();
  const { type, write } = formats[format];
  return new Response(write(await buildFeed(locale, topic), locale), {
    headers: { "Content-Type": type },
  });
}
