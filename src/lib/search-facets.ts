import {
  claimDate,
  yearOf,
  type ArticleInput,
  type ClaimInput,
  type OutletRow,
} from './search-records';

/**
 * The choices of the search page's filters (src/pages/search.astro, SearchForm.astro), from
 * the dossier's claims, articles and outlets. Pure.
 */

export interface Facets {
  /** The most quoted speakers (at most `FACET_LIMIT`), by name. */
  speakers: Array<{ id: string; name: string }>;
  /** How many speakers there are in all. */
  speakerCount: number;
  /** The outlets with the most articles (at most `FACET_LIMIT`), by name. */
  outlets: Array<{ id: string; name: string }>;
  /** How many outlets publish in the dossier. */
  outletCount: number;
  years: string[];
}

/**
 * At most this many choices in the speaker and outlet lists: a dossier of 10,000 articles
 * quotes thousands of speakers, which no reader scrolls through in a select (and which would
 * weigh on the search page). The others are one click away from their actor or outlet page,
 * and a search address naming one (`?speaker=<id>`) still filters by it.
 */
export const FACET_LIMIT = 40;

/** The `limit` ids counted most often (ties by id), as a set. */
function mostFrequent(counts: ReadonlyMap<string, number>, limit: number): Set<string> {
  return new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => id),
  );
}

/**
 * The choices of the search page's filters: the most quoted speakers, the outlets with the
 * most articles (each list by name), and the years that occur.
 */
export function searchFacets(
  claims: readonly ClaimInput[],
  articles: readonly ArticleInput[],
  outlets: readonly OutletRow[],
  limit = FACET_LIMIT,
): Facets {
  const published = new Map(articles.map((a) => [a.slug, a.published]));
  const speakerName = new Map<string, string>();
  const statements = new Map<string, number>();
  for (const c of claims) {
    if (!c.speaker) continue;
    speakerName.set(c.speaker.id, c.speaker.name);
    statements.set(c.speaker.id, (statements.get(c.speaker.id) ?? 0) + 1);
  }
  const years = new Set<string>();
  for (const a of articles) years.add(yearOf(a.published));
  for (const c of claims)
    years.add(yearOf(claimDate(c.said, published.get(c.article) ?? c.said ?? '').date));
  const publishedBy = new Map<string, number>();
  for (const a of articles) publishedBy.set(a.outlet, (publishedBy.get(a.outlet) ?? 0) + 1);
  const speakers = mostFrequent(statements, limit);
  const used = mostFrequent(publishedBy, limit);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    speakers: [...speakers].map((id) => ({ id, name: speakerName.get(id)! })).sort(byName),
    speakerCount: speakerName.size,
    outlets: outlets
      .filter((o) => used.has(o.id))
      .map((o) => ({ id: o.id, name: o.name }))
      .sort(byName),
    outletCount: outlets.filter((o) => publishedBy.has(o.id)).length,
    years: [...years].filter((y) => /^\d{4}$/u.test(y)).sort(),
  };
}
