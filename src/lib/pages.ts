/**
 * Pagination for every view that lists across the dossier (the timeline and its filter
 * pages, who said what, actor and outlet pages, the indexes), so that no page grows with the
 * dossier. Pure: a view splits its items here, asks which page holds an item's anchor here,
 * and builds page addresses with `urls.ts` (page 1 keeps the view's address, page n is
 * `<view>/page/<n>/`).
 */

/** Splits items into pages of at most `size` items; an empty list is one empty page, so a view always has its first page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, got ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * Splits items into pages whose weights add up to at most `budget`, in order; an item
 * heavier than the budget gets a page of its own. For lists whose items differ in size (an
 * occasion's column of one quotation or of forty).
 */
export function paginateByWeight<T>(
  items: readonly T[],
  weight: (item: T) => number,
  budget: number,
): T[][] {
  if (!(budget > 0)) throw new Error(`page budget must be positive, got ${budget}`);
  const pages: T[][] = [];
  let current: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = Math.max(0, weight(item));
    if (current.length > 0 && load + w > budget) {
      pages.push(current);
      current = [];
      load = 0;
    }
    current.push(item);
    load += w;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/**
 * For each key an item carries (an event id, a group id, a statement's claim id), the
 * 1-based page that holds it; a key carried on several pages goes to the first.
 */
export function pageIndex<T>(
  pages: readonly (readonly T[])[],
  keysOf: (item: T) => Iterable<string>,
): Map<string, number> {
  const index = new Map<string, number>();
  pages.forEach((items, i) => {
    for (const item of items)
      for (const key of keysOf(item)) if (!index.has(key)) index.set(key, i + 1);
  });
  return index;
}

/** The page holding a key, or the first page when none does (a link then lands on the view). */
export function pageOf(index: ReadonlyMap<string, number>, key: string): number {
  return index.get(key) ?? 1;
}

/** What a pagination bar shows: the first and last pages, the current one and its neighbours, and a gap for each run left out. */
export function pageWindow(current: number, total: number, around = 1): Array<number | 'gap'> {
  const shown = new Set(
    [1, total, ...Array.from({ length: 2 * around + 1 }, (_, k) => current - around + k)].filter(
      (n) => n >= 1 && n <= total,
    ),
  );
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    // A gap of one page is shown as that page: an ellipsis would hide no more than a number.
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/** The route parameter of page n of a view (`[...page].astro`): none for the first page, `page/<n>` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** Static paths for every page of a view, each with its page number and items, and the view's own params and props. */
export function pagePaths<T, P extends Record<string, string | undefined>, X extends object>(
  pages: readonly T[][],
  params: P = {} as P,
  props: X = {} as X,
) {
  return pages.map((items, i) => ({
    params: { ...params, page: pageParam(i + 1) },
    props: { ...props, items, page: i + 1, pages: pages.length },
  }));
}

/** At most `max` of a list that grows with the dossier, and how many are left out (said beside a link to where the rest is). */
export function capList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const shown = items.slice(0, Math.max(0, max));
  return { shown, more: items.length - shown.length };
}
