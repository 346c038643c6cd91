import type { z } from 'astro/zod';
import type { ActorRowSchema, ArticleRowSchema, OutletRowSchema } from '../schemas/open-data';
import type { ClaimRow } from './open-data';
import { placeAliases } from './place-aliases';
import { urls } from './urls';
import { wordKey } from './words';

/**
 * The search index's records and the open data they are built from (`data/*.json`), for
 * the indexer (scripts/index-search.ts, through search-page.ts) and the search page's
 * filter choices (search-facets.ts). Pure: no file system, no DOM.
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

/** An article as `data/articles.json` publishes it: the fields the index uses. */
export type ArticleInput = Pick<
  z.infer<typeof ArticleRowSchema>,
  'slug' | 'title' | 'outlet' | 'published' | 'author' | 'actors'
>;

/** An actor as `data/actors.json` publishes it: the fields the index uses. */
export type ActorRow = Pick<z.infer<typeof ActorRowSchema>, 'id' | 'name' | 'role' | 'aliases'>;

/** An outlet as `data/outlets.json` publishes it: the fields the index uses. */
export type OutletRow = Pick<z.infer<typeof OutletRowSchema>, 'id' | 'name'>;

/** What `index.addCustomRecord()` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const LANGUAGE = 'en';

/** A date for sorting: the partial ISO date, which sorts as text. */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** When a statement was made, or when the article reporting it appeared if the text does not say. */
export function claimDate(
  said: string | null,
  published: string,
): { date: string; basis: 'said' | 'published' } {
  return said ? { date: said, basis: 'said' } : { date: published, basis: 'published' };
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
  /** The actors that have a page (others get no record). Default: all. */
  actorPages?: ReadonlySet<string>;
}
