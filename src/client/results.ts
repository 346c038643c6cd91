/**
 * A search being shown: reads Pagefind's pages as the reader asks for more results, and
 * says how many there are (search-hits.ts turns each page into its results).
 */
import { searchResults } from '../i18n/ui';
import { orderHits, pageHits, pagesToRead, type Hit } from '../lib/search-hits';
import { list, more } from './dom';
import { describeFilters, type State } from './form';
import { queryWords } from './highlight';
import type { Result } from './pagefind';
import { renderResult } from './render';

const PAGE_SIZE = 10;
/** At most this many Pagefind pages (articles, actors) read at once to fill a screen of results. */
const MAX_PAGES_AT_ONCE = 10;
/** A search matching at most this many pages reads them all at once, so it can say how many results it has. */
const READ_ALL_BELOW = 12;
export const SORTS: Record<string, 'asc' | 'desc'> = { newest: 'desc', oldest: 'asc' };

let sequence = 0;
/** Starts a new search: the one whose results are shown from now on. */
export function nextSequence(): number {
  return ++sequence;
}
/** Is this search still the one being shown (no newer one started)? */
export function isLatest(mine: number): boolean {
  return mine === sequence;
}

/** A search being shown: Pagefind's pages, how many of them were read, and the results read but not shown yet. */
export interface Run {
  state: State;
  results: Result[];
  /** Pages read so far. */
  read: number;
  /** Results read so far. */
  found: number;
  pending: Hit[];
  shown: number;
  sequence: number;
}

/** Is every result of the run known (all pages read, or one result per page: articles only, people only)? */
function complete(run: Run): boolean {
  return (
    run.read >= run.results.length ||
    run.state.filters.kind === 'article' ||
    run.state.filters.kind === 'actor'
  );
}

/** How many results a run has, when it is known. */
export function total(run: Run): number | null {
  if (run.read >= run.results.length) return run.found;
  return complete(run) ? run.results.length : null;
}

/**
 * Reads Pagefind pages, best first, until `PAGE_SIZE` results are waiting or none is left,
 * and adds what they hold to the run's pending results, each batch in the page's order
 * (search-hits.ts). A search matching few pages reads them all at once.
 */
async function fill(run: Run): Promise<void> {
  const query = queryWords(run.state.q);
  const sort = SORTS[run.state.sort];
  const first = run.read === 0 && run.results.length <= READ_ALL_BELOW;
  const batch: Hit[] = [];
  while (run.read < run.results.length && run.pending.length + batch.length < PAGE_SIZE) {
    const count = first
      ? run.results.length
      : pagesToRead(
          PAGE_SIZE - run.pending.length - batch.length,
          run.found + batch.length,
          run.read,
          MAX_PAGES_AT_ONCE,
        );
    const slice = run.results.slice(run.read, run.read + count);
    const pages = await Promise.all(slice.map((r) => r.data()));
    if (!isLatest(run.sequence)) return;
    for (const [i, page] of pages.entries())
      batch.push(...pageHits(page, run.read + i, run.state.filters, query));
    run.read += slice.length;
  }
  run.found += batch.length;
  run.pending.push(...orderHits(batch, sort));
}

/** Shows the next `PAGE_SIZE` results of the run, reading pages as needed; returns the new items. */
export async function showMore(run: Run): Promise<HTMLLIElement[]> {
  await fill(run);
  if (!isLatest(run.sequence)) return [];
  const items = run.pending.splice(0, PAGE_SIZE).map((hit) => renderResult(hit, run.state));
  if (run.shown === 0) list.replaceChildren(...items);
  else list.append(...items);
  run.shown += items.length;
  more.hidden = run.pending.length === 0 && run.read >= run.results.length;
  more.textContent = searchResults.more(run.shown, total(run));
  return items;
}

/** The status line after a search: how many results, for what. */
export function summary(state: State, run: Run): string {
  const filters = describeFilters(state);
  const what = state.q ? searchResults.forQuery(state.q) : '';
  const within = filters ? `${what ? ', ' : ''}${searchResults.withFilters(filters)}` : '';
  const count = total(run);
  if (count === 0 || run.results.length === 0)
    return searchResults.none(`${what}${within}`).replace(/ {2,}/gu, ' ');
  if (count === null)
    return searchResults
      .moreThan(run.shown, `${what}${within}`, run.results.length)
      .replace(/ {2,}/gu, ' ');
  return searchResults.count(count, `${what}${within}`).replace(/ \./u, '.');
}
