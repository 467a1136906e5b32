import { getAllSeries, getTopics, type Series, type Topic } from "@/lib/content";
import type { TopicKind } from "@/lib/routes/paths";
import { locales, type Locale } from "@/lib/site";

// The static export refuses a dynamic route whose generateStaticParams returns nothing: a site
// with no tag or no series yet builds one placeholder page at the id "_" instead (its feeds and
// page/1 too). It says the list is empty, is noindex, is linked from nowhere, and is in no
// sitemap, feed list or llms.txt, which ask the content layer, not this file. No real id can be
// "_": ids are slugs.

export const placeholderId = "_";

const labels = Object.fromEntries(locales.map((locale) => [locale, "…"])) as Record<Locale, string>;

/** True for the placeholder of a route with nothing to show yet. */
export const isPlaceholder = (item: { id: string }) => item.id === placeholderId;

/** The topics a route of `kind` builds: every topic, or the placeholder when there is none. */
export async function routeTopics(kind: TopicKind): Promise<Topic[]> {
  const topics = await getTopics(kind);
  return topics.length > 0 ? topics : [{ kind, id: placeholderId, labels }];
}

/** The topic a route's id names (the placeholder included), or undefined for a 404. */
export async function routeTopic(kind: TopicKind, id: string): Promise<Topic | undefined> {
  return (await routeTopics(kind)).find((topic) => topic.id === id);
}

/** The series the series route builds: every one of content/series.yml, or the placeholder. */
export async function routeSeries(): Promise<Series[]> {
  const all = await getAllSeries();
  return all.length > 0 ? all : [{ id: placeholderId, labels }];
}
