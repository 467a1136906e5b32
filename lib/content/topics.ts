import type { TopicKind } from "@/lib/routes/paths";
import { locales, type Locale } from "@/lib/site";
import type { Article, Content } from "./types";

/** A category, an author or a tag: something a reader browses and follows by. */
export type Topic = { kind: TopicKind; id: string; labels: Record<Locale, string> };

/**
 * Every topic of one kind, with its label in each language. Categories and authors are those of
 * content/, whether or not they have articles yet; tags are those of the `visible` articles.
 */
export function topicsOf(content: Content, kind: TopicKind, visible: readonly Article[]): Topic[] {
  switch (kind) {
    case "category":
      return [...content.categories.values()].map(({ id, labels }) => ({ kind, id, labels }));
    case "author":
      return [...content.authors.values()].map(({ id, name }) => ({
        kind,
        id,
        labels: { fr: name, en: name },
      }));
    case "tag":
      return tagTopics(visible);
  }
}

/**
 * A tag is written in each article's frontmatter: in a language, its label is as an article of
 * that language writes it, else as the first article that has it does. Sorted by id.
 */
function tagTopics(articles: readonly Article[]): Topic[] {
  const written = new Map<string, Partial<Record<Locale, string>>>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const labels = written.get(tag.id) ?? {};
      labels[article.locale] ??= tag.label;
      written.set(tag.id, labels);
    }
  }
  return [...written]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, labels]) => {
      const fallback = Object.values(labels)[0] ?? id;
      const full = Object.fromEntries(locales.map((locale) => [locale, labels[locale] ?? fallback]));
      return { kind: "tag", id, labels: full as Record<Locale, string> };
    });
}
