// Which articles an article leads on to: its neighbours in time and related reading.

type Linkable = { slug: string; categories: readonly { id: string }[] };

/**
 * The previous (older) and next (newer) articles of the same language, from a list sorted
 * newest first, as getArticles returns it.
 */
export function articleNeighbours<T extends Linkable>(newestFirst: readonly T[], current: T) {
  const index = newestFirst.findIndex((article) => article.slug === current.slug);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}

/**
 * Up to `count` other articles: those sharing a category with the current one first, then the
 * most recent; within each group, newest first.
 */
export function relatedArticles<T extends Linkable>(
  newestFirst: readonly T[],
  current: T,
  count = 3,
): T[] {
  const categories = new Set(current.categories.map((category) => category.id));
  const others = newestFirst.filter((article) => article.slug !== current.slug);
  const shares = (article: T) => article.categories.some((category) => categories.has(category.id));
  return [...others.filter(shares), ...others.filter((article) => !shares(article))].slice(
    0,
    count,
  );
}
