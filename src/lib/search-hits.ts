import { parseQuoteAnchor, type QuoteAnchor } from './quote-anchor';
import type { FilterKey } from './search-filters';
import { wordKey } from './words';

/**
 * From Pagefind's results to the search page's list (the browser side of
 * src/lib/search-page.ts). Pagefind ranks and filters whole pages; a page of the index is an
 * article, whose quotations are its sub-results, or an actor. So each article page becomes
 * its quotations and the article itself, each its own result, and the page drops what its
 * filters do not select: Pagefind's `speaker` filter keeps the articles quoting the
 * speaker, of which only that speaker's quotations are kept here (the same for `year`, and
 * `kind` keeps either the quotations or the article). Pure: no DOM, no fetch.
 */

/** A word's place and score in a Pagefind result (`weighted_locations`). */
interface WeightedLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** What `result.data()` returns, of what the page uses. */
export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The page's indexed text as Pagefind's excerpts read it (`<` and `>` escaped): its words are what `locations` count. */
  raw_content?: string;
  /** Every anchor of the page (an article's quotations). */
  anchors?: Array<{ id: string; element: string; location: number; title?: string; text?: string }>;
  /** The parts of the page holding the words searched: the page itself (no anchor) and its quotations. */
  sub_results?: Array<{
    title: string;
    url: string;
    excerpt: string;
    anchor?: { id: string; title?: string };
    weighted_locations?: WeightedLocation[];
    locations?: number[];
  }>;
}

interface HitBase {
  url: string;
  /** Pagefind's excerpt (with `<mark>`), empty when nothing was searched. */
  excerpt: string;
  /** The page's rank in Pagefind's results. */
  rank: number;
  /** The sum of its words' scores in Pagefind: which of a page's parts holds the words best. */
  score: number;
  page: PageData;
}

export type Hit =
  (HitBase & { type: 'quote'; quote: QuoteAnchor }) | (HitBase & { type: 'article' | 'actor' });

export type HitFilters = Partial<Record<FilterKey, string>>;

const FULL = new Set(['direct', 'indirect']);

/** Where a result stands before its page's rank: people, full statements, quoted fragments and terms, articles. */
export function tier(hit: Hit): number {
  if (hit.type === 'actor') return 0;
  if (hit.type === 'quote') return FULL.has(hit.quote.k) ? 1 : 2;
  return 3;
}

/** The date a result is sorted by: when a quotation was said (else its article's date), an article's publication. */
export function hitDate(hit: Hit): string {
  if (hit.type === 'quote') return hit.quote.d;
  return hit.page.filters.said?.[0] ?? hit.page.filters.published?.[0] ?? '';
}

const scoreOf = (locations: readonly WeightedLocation[] | undefined) =>
  (locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

/** Does a quotation pass the filters that Pagefind applied to its whole page? */
export function quoteSelected(quote: QuoteAnchor, filters: HitFilters): boolean {
  if (filters.kind && filters.kind !== 'quote') return false;
  if (filters.speaker && quote.s !== filters.speaker) return false;
  if (filters.year && quote.d.slice(0, 4) !== filters.year) return false;
  return true;
}

/** The words of a page's text as Pagefind numbers them (`build_excerpt` splits on whitespace). */
function wordsOf(page: PageData): string[] {
  return (page.raw_content ?? '').split(/[^\S\uFEFF]+/u);
}

/** The length of the prefix two words share. */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Does a part of a page hold every word of the query? Pagefind matches a page holding all
 * of them, but makes a sub-result of every part holding any one ("the" of "until the end"
 * everywhere), so a quotation is kept only when each query word is among its hits: the same
 * word, a longer one it begins (Pagefind matches prefixes), or one sharing its stem (Pagefind
 * stems: "negotiations" finds "negotiating"), read as a shared prefix of at least four
 * letters reaching within three letters of the shorter word's end.
 */
export function coversQuery(hits: readonly string[], query: readonly string[]): boolean {
  const keys = hits.map(wordKey).filter(Boolean);
  return query.every((q) =>
    keys.some(
      (k) =>
        k === q ||
        k.startsWith(q) ||
        (sharedPrefix(k, q) >= 4 && sharedPrefix(k, q) >= Math.min(k.length, q.length) - 3),
    ),
  );
}

/**
 * The results of one Pagefind page, in its own order (best part first): an actor page is
 * one result; an article page is each of its quotations that holds the words searched
 * (`query`, as word keys: `coversQuery`; every quotation when nothing is searched, only
 * filters), then the article itself, each kept if the filters select it.
 */
export function pageHits(
  page: PageData,
  rank: number,
  filters: HitFilters,
  query: readonly string[],
): Hit[] {
  const searched = query.length > 0;
  const kinds = page.filters.kind ?? [];
  if (kinds.includes('actor'))
    return [{ type: 'actor', url: page.url, excerpt: page.excerpt, rank, score: 0, page }];
  const subs = page.sub_results ?? [];
  const quotes: Hit[] = [];
  if (searched) {
    const words = wordsOf(page);
    for (const sub of subs) {
      const quote = sub.anchor ? parseQuoteAnchor(sub.anchor.title) : null;
      if (
        quote &&
        quoteSelected(quote, filters) &&
        coversQuery(
          (sub.locations ?? []).map((l) => words[l] ?? ''),
          query,
        )
      )
        quotes.push({
          type: 'quote',
          quote,
          url: sub.url,
          excerpt: sub.excerpt,
          rank,
          score: scoreOf(sub.weighted_locations),
          page,
        });
    }
  } else {
    const base = page.url.replace(/#.*$/u, '');
    for (const anchor of page.anchors ?? []) {
      const quote = parseQuoteAnchor(anchor.title);
      if (quote && quoteSelected(quote, filters))
        quotes.push({
          type: 'quote',
          quote,
          url: `${base}#${anchor.id}`,
          excerpt: '',
          rank,
          score: 0,
          page,
        });
    }
  }
  quotes.sort((a, b) => b.score - a.score);
  const own = subs.find((sub) => !sub.anchor);
  const published = page.filters.published?.[0] ?? '';
  const article =
    (!filters.kind || filters.kind === 'article') &&
    (!filters.year || published.slice(0, 4) === filters.year);
  return article
    ? [
        ...quotes,
        {
          type: 'article',
          url: page.url,
          excerpt: own?.excerpt ?? page.excerpt,
          rank,
          score: scoreOf(own?.weighted_locations),
          page,
        },
      ]
    : quotes;
}

/**
 * The order of a batch of results: by date when the reader sorts by date (Pagefind sorts
 * the pages by their article's date, and a page's quotations by when they were said),
 * else people, full statements, fragments and terms, then articles, each by its page's rank
 * and then by its words' score. Stable.
 */
export function orderHits(hits: readonly Hit[], sort?: 'asc' | 'desc'): Hit[] {
  const indexed = hits.map((hit, i) => ({ hit, i }));
  indexed.sort((a, b) => {
    if (sort) {
      const d = hitDate(a.hit).localeCompare(hitDate(b.hit));
      return (sort === 'asc' ? d : -d) || a.hit.rank - b.hit.rank || a.i - b.i;
    }
    return (
      tier(a.hit) - tier(b.hit) || a.hit.rank - b.hit.rank || b.hit.score - a.hit.score || a.i - b.i
    );
  });
  return indexed.map(({ hit }) => hit);
}

/**
 * How many more pages to read for `wanted` more results, from what the pages read so far
 * gave (`hits` results from `pages` pages): as many as that rate needs, at least one, at
 * most `max`; a first read assumes five results a page (an article quotes about twenty
 * times). Reading few pages keeps the bytes of a query down: each page read is a fragment
 * file (or the group of fragments it is bundled in) to fetch.
 */
export function pagesToRead(wanted: number, hits: number, pages: number, max: number): number {
  if (wanted <= 0) return 0;
  const rate = pages > 0 ? Math.max(hits / pages, 0.5) : 5;
  return Math.max(1, Math.min(max, Math.ceil(wanted / rate)));
}
