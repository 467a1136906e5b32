export const articlesPerPage = 12;

/** One page of a list; `total` counts the whole list's items. */
export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

/** One page (1-based) of a list; a list with no item still has one, empty, page. */
export function paginate<T>(items: readonly T[], page: number, perPage = articlesPerPage): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  return { items: slice, page, pageCount, total: items.length };
}
