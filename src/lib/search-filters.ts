/**
 * The filters the search page narrows by: used by its results (search-hits.ts) and its
 * island (src/client/). Records carry them (search-records.ts, search-page.ts).
 *
 * What the search page shows of an article or actor result beyond its title travels in
 * the page's filters, not its meta (a quotation's, in its anchor: src/lib/search-page.ts):
 * Pagefind 1.6 indexes every meta field as searchable text, so a date ("February") or a
 * role would make it match searches it has nothing to do with. Filters are never searched,
 * and the index files of a filter are only fetched when a search filters by it, which the
 * page never does with these. The page narrows by `kind`, `speaker`, `outlet` and `year`
 * only.
 */
export const FILTER_KEYS = ['kind', 'speaker', 'outlet', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
