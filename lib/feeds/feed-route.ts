import type { Feed } from "feed";
import { buildFeed } from "@/lib/feeds/build-feed";
import { localeParam } from "@/lib/locale-param";
import { publishedLocales, type Locale } from "@/lib/site";

// What the three feed routes share: one per published language, rendered at build time.

export function feedStaticParams() {
  return publishedLocales.map((locale) => ({ locale }));
}

export async function feedResponse(
  params: Promise<{ locale: string }>,
  format: (feed: Feed, locale: Locale) => string,
  contentType: string,
): Promise<Response> {
  const locale = await localeParam(params);
  return new Response(format(await buildFeed(locale), locale), {
    headers: { "Content-Type": contentType },
  });
}
