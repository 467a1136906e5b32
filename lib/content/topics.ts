import type { TopicKind } from "@/lib/routes/paths";
import type { Locale } from "@/lib/site";
import type { Content } from "./types";

/** A category, an author (and, later, a tag): something a reader browses and follows by. */
export type Topic = { kind: TopicKind; id: string; labels: Record<Locale, string> };

/** Every topic of one kind, with its label in each language. Tags add a `tag` case here. */
export function topicsOf(content: Content, kind: TopicKind): Topic[] {
  switch (kind) {
    case "category":
      return [...content.categories.values()].map(({ id, labels }) => ({ kind, id, labels }));
    case "author":
      return [...content.authors.values()].map(({ id, name }) => ({
        kind,
        id,
        labels: { fr: name, en: name },
      }));
  }
}
