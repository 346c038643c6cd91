import type { ClaimRow } from './open-data';
import { urls } from './urls';
import { foldWord, wordKey } from './words';

/**
 * The search index's records, built from the site's own open data (`data/*.json`) and the
 * built article pages, and the search page's filter choices (`searchFacets`). Pure: no file
 * system, no DOM.
 *
 * Two kinds of Pagefind page: each article, as a lean HTML page whose quotations are its
 * sub-results (src/lib/search-page.ts), and each actor page, as a custom record with the
 * actor's other spellings (`actorRecord`). URLs carry no base path: the browser derives it
 * from where `pagefind.js` lives.
 */

/** A claim as `data/claims.json` publishes it: the fields of `ClaimRow` the index uses. */
export type ClaimInput = Pick<
  ClaimRow,
  'id' | 'article' | 'outlet' | 'speaker' | 'speaker_text' | 'quote' | 'kind' | 'said'
>;

/** An article as `data/articles.json` publishes it. */
export interface ArticleInput {
  slug: string;
  title: string;
  outlet: string;
  published: string;
  author: string | null;
  actors: string[];
}

/** An actor as `data/actors.json` publishes it. */
export interface ActorRow {
  id: string;
  name: string;
  role: string;
  aliases: string[];
}

export interface OutletRow {
  id: string;
  name: string;
}

/** What `index.addCustomRecord()` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The words a quotation stands between in its paragraph, as rendered: what a text fragment needs to point at it alone. */
export interface QuoteContext {
  before: string;
  after: string;
}

/**
 * Other spellings of places, so that a reader searching "Kiev" finds "Kyiv". Each group is
 * a set of equivalent names; a record whose text holds one of them is indexed with all.
 * (Accents need no entry: Pagefind matches "Elysee" with "Élysée" by itself.)
 */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Donbas', 'Donbass'],
  ['Luhansk', 'Lugansk'],
  ['Moscow', 'Moscou'],
  ['Belarus', 'Byelorussia'],
];

const LANGUAGE = 'en';

/** A date for sorting: the partial ISO date, which sorts as text. */
function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** When a statement was made, or when the article reporting it appeared if the text does not say. */
export function claimDate(
  said: string | null,
  published: string,
): { date: string; basis: 'said' | 'published' } {
  return said ? { date: said, basis: 'said' } : { date: published, basis: 'published' };
}

/** For each name of PLACE_ALIASES, a pattern finding it as a whole word of a folded text; built once. */
const PLACE_PATTERNS = PLACE_ALIASES.map((group) =>
  group.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${foldWord(name)}(?![\\p{L}\\p{N}])`, 'u')),
);

/** The other spellings of the places a text names (those it does not already contain). */
export function placeAliases(text: string): string[] {
  const norm = foldWord(text);
  const out: string[] = [];
  for (const [g, group] of PLACE_ALIASES.entries()) {
    const present = group.filter((_, n) => PLACE_PATTERNS[g]![n]!.test(norm));
    if (present.length === 0) continue;
    for (const name of group) if (!present.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Words of titles and offices, which make an alias a description rather than a spelling ("President Putin"). */
const TITLE_WORDS = new Set([
  'president',
  'minister',
  'prime',
  'chancellor',
  'secretary',
  'foreign',
  'defence',
  'defense',
  'general',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'king',
  'queen',
  'pope',
  'mr',
  'mrs',
  'ms',
  'dr',
  'french',
  'russian',
  'ukrainian',
  'german',
  'american',
  'british',
]);

/**
 * The other spellings of an actor's name (Poutine, Kouleba, Zelenskyy): the words of its
 * aliases that are names, written in capitals, without titles and not already in the name.
 * Descriptions ("the master of the Kremlin", "President Putin") are left to the actor's own
 * record: on every quotation they would make "Kremlin" or "president" match all of them.
 */
export function otherSpellings(actor: ActorRow): string[] {
  const own = new Set(actor.name.split(/\s+/u).map(wordKey));
  const out: string[] = [];
  for (const alias of actor.aliases) {
    const words = alias.split(/\s+/u);
    if (!words.every((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(wordKey(w)))) continue;
    for (const w of words) if (!own.has(wordKey(w)) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** Puts the non-empty display values into a record's filters. */
function withData(
  filters: Record<string, string[]>,
  data: Record<string, string | readonly string[] | null | undefined>,
): Record<string, string[]> {
  const out = { ...filters };
  for (const [key, value] of Object.entries(data)) {
    const values = (typeof value === 'string' ? [value] : [...(value ?? [])]).filter(
      (v) => v !== '',
    );
    if (values.length) out[key] = values;
  }
  return out;
}

/**
 * One record per actor page: name, role and every alias (descriptions too: "the master of
 * the Kremlin" finds Putin's page). Its filters are those of where the actor appears
 * (outlets, years, and itself as speaker); its date, for sorting, the first article that
 * names or quotes it.
 */
/** An actor's own quotations, and the articles that mention or quote them (in the articles' order). */
export interface ActorPresence {
  own: readonly ClaimInput[];
  present: readonly ArticleInput[];
}

/**
 * Each actor's presence in the dossier, from one pass over the articles and one over the
 * claims (a filter of every claim per actor grew with actors × claims: 144 s of the index
 * step at 10,000 synthetic articles and 4,052 actors).
 */
export function actorPresence(
  articles: readonly ArticleInput[],
  claims: readonly ClaimInput[],
): (actorId: string) => ActorPresence {
  const own = Map.groupBy(claims, (c) => c.speaker?.id ?? '');
  const position = new Map(articles.map((a, i) => [a.slug, i]));
  const where = new Map<string, Set<number>>();
  const add = (id: string, i: number | undefined) => {
    if (i === undefined) return;
    let set = where.get(id);
    if (!set) where.set(id, (set = new Set()));
    set.add(i);
  };
  articles.forEach((a, i) => a.actors.forEach((id) => add(id, i)));
  for (const c of claims) if (c.speaker) add(c.speaker.id, position.get(c.article));
  return (actorId) => ({
    own: actorId === '' ? [] : (own.get(actorId) ?? []),
    present: [...(where.get(actorId) ?? [])].sort((x, y) => x - y).map((i) => articles[i]!),
  });
}

export function actorRecord(actor: ActorRow, { own, present }: ActorPresence): SearchRecord {
  const outlets = [...new Set(present.map((a) => a.outlet))].sort();
  const years = [...new Set(present.map((a) => yearOf(a.published)))].sort();
  const first = present.map((a) => a.published).sort()[0];
  const places = placeAliases(`${actor.name} ${actor.role}`);
  const lines = [actor.name, actor.role, actor.aliases.join(' · ')].filter(Boolean);
  if (places.length) lines.push(places.join(' · '));
  const filters: Record<string, string[]> = { kind: ['actor'], speaker: [actor.id] };
  if (outlets.length) filters.outlet = outlets;
  if (years.length) filters.year = years;
  return {
    url: urls.actor(actor.id, '/'),
    content: lines.join('\n'),
    language: LANGUAGE,
    // Searchable meta, on purpose: a name or alias matching here lifts the actor's page above the many quotations that carry the name.
    meta: actor.aliases.length
      ? { title: actor.name, aliases: actor.aliases.join(', ') }
      : { title: actor.name },
    filters: withData(filters, {
      role: actor.role,
      aliases: actor.aliases,
      statements: String(own.length),
    }),
    sort: first ? { date: first } : {},
  };
}

export interface RecordsInput {
  claims: readonly ClaimInput[];
  articles: readonly ArticleInput[];
  actors: readonly ActorRow[];
  outlets: readonly OutletRow[];
  /** Body text of each article, by slug (an article without one is indexed by its title and quotations). */
  bodies: ReadonlyMap<string, string>;
  /** Where each quotation stands in its paragraph, by claim id. */
  contexts?: ReadonlyMap<string, QuoteContext>;
  /** The actors that have a page (others get no record). Default: all. */
  actorPages?: ReadonlySet<string>;
}

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
