import type { ClaimRow } from './open-data';
import { urls } from './urls';

/**
 * The search index's records, built from the site's own open data (`data/*.json`) and the
 * built article pages, plus the small text helpers the search page shares with the indexer
 * (word matching, highlighting, text fragments). Pure: no file system, no DOM, so the
 * indexer (Node), the search island (browser) and the unit tests all use the same code.
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

/** Lowercase, without accents, apostrophes unified: how two spellings of a word are compared. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/gu, "'").toLowerCase();
}

/** A word reduced to its letters and digits, for matching a query or an excerpt's marked words against a quote. */
export function wordKey(word: string): string {
  return foldWord(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A crude English stem, used only when the excerpt gives no marked words to match. */
function stem(key: string): string {
  return key.length > 4 ? key.replace(/(ing|ed|es|s|e)$/u, '') : key;
}

/**
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

// ---------------------------------------------------------------------------------------
// Pagefind's excerpts are HTML: their marks, and a few entities.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the numeric and common named entities of an excerpt's text, and leaves others. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------
// Matching the reader's words in a quotation (search page): for <mark> and text fragments.

/** The words Pagefind marked in an excerpt (`…<mark>torturing</mark> <mark>me!</mark>`), as word keys. */
export function markedWords(excerpt: string): string[] {
  const out = new Set<string>();
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/gu))
    for (const w of decodeEntities(m[1]!).split(/\s+/u)) if (wordKey(w)) out.add(wordKey(w));
  return [...out];
}

/** The words of a query, as word keys (quotes and operators dropped). */
export function queryWords(query: string): string[] {
  return [...new Set(query.split(/\s+/u).map(wordKey).filter(Boolean))];
}

interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    key: wordKey(m[0]),
  }));
}

/** Does a word of the text match one of the marked words (exactly) or of the query words (by prefix or stem)? */
function matcher(marked: readonly string[], query: readonly string[]): (key: string) => boolean {
  const exact = new Set(marked);
  const stems = query.map(stem);
  // As Pagefind does, only the last word of the query (the one being typed) matches as a prefix.
  const last = query.at(-1) ?? '';
  return (key) =>
    key !== '' &&
    (exact.has(key) ||
      query.includes(key) ||
      (last.length >= 3 && key.startsWith(last)) ||
      stems.some((s) => s.length >= 4 && stem(key) === s));
}

/** The longest run of consecutive matching words in `text`, as a [start, end) character range, or null. */
export function matchedRange(
  text: string,
  marked: readonly string[],
  query: readonly string[],
): [number, number] | null {
  const toks = tokens(text);
  const hit = matcher(marked, query);
  let best: [number, number] | null = null;
  let bestLen = 0;
  let runStart = -1;
  for (let i = 0; i <= toks.length; i++) {
    const ok = i < toks.length && hit(toks[i]!.key);
    if (ok && runStart < 0) runStart = i;
    if (!ok && runStart >= 0) {
      const len = i - runStart;
      if (len > bestLen) {
        bestLen = len;
        best = [toks[runStart]!.start, toks[i - 1]!.end];
      }
      runStart = -1;
    }
  }
  return best ? trimPunctuation(text, best) : null;
}

/** Narrows a range so it starts and ends on a letter or digit. */
function trimPunctuation(text: string, [start, end]: [number, number]): [number, number] {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  let s = start;
  let e = end;
  while (s < e && !isWord(text[s])) s++;
  while (e > s && !isWord(text[e - 1])) e--;
  return s < e ? [s, e] : [start, end];
}

/**
 * Words too common to be worth a highlight on their own: "the" of "until the end" is
 * marked inside the phrase, not six times across an excerpt.
 */
const STOPWORDS = new Set(
  'a an and are as at be but by for from had has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this to too until up us was we were what when which who will with would you your'.split(
    ' ',
  ),
);

/** Is this word key a stopword? */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}

/**
 * Which of the matching tokens to mark: all of them, except a stopword that stands alone,
 * outside a run of consecutive matches holding a word that is not one. A run ends at
 * punctuation ("war. The"). When every word of the query is a stopword, all are marked.
 */
function markable(
  toks: readonly Token[],
  hits: readonly boolean[],
  query: readonly string[],
): boolean[] {
  if (query.length > 0 && query.every(isStopword)) return [...hits];
  const out = [...hits];
  let start = 0;
  while (start < toks.length) {
    if (!hits[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < toks.length && hits[end + 1] && /[\p{L}\p{N}]$/u.test(toks[end]!.text)) end++;
    const run = toks.slice(start, end + 1);
    if (run.every((t) => isStopword(t.key))) for (let i = start; i <= end; i++) out[i] = false;
    start = end + 1;
  }
  return out;
}

/**
 * Splits text into plain and marked pieces: every word matching the reader's words is
 * marked, a lone stopword excepted (see `markable`).
 */
export function markPieces(
  text: string,
  marked: readonly string[],
  query: readonly string[],
): Array<{ text: string; mark: boolean }> {
  const hit = matcher(marked, query);
  const toks = tokens(text);
  const keep = markable(
    toks,
    toks.map((t) => hit(t.key)),
    query,
  );
  const pieces: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [i, t] of toks.entries()) {
    if (!keep[i]) continue;
    const [s, e] = trimPunctuation(text, [t.start, t.end]);
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  // Join marks separated only by spaces, so a phrase is one <mark>.
  const joined: typeof pieces = [];
  for (const p of pieces) {
    const prev = joined.at(-1);
    const gap = joined.at(-2);
    if (p.mark && prev && !prev.mark && /^\s+$/u.test(prev.text) && gap?.mark) {
      joined.pop();
      gap.text += prev.text + p.text;
    } else joined.push({ ...p });
  }
  return joined;
}

/**
 * Pagefind's excerpt (`…<mark>until</mark> <mark>the</mark> <mark>end</mark>…`) as plain
 * and marked pieces: its marked words, with the same rule for stopwords as quotations.
 */
export function excerptPieces(
  excerpt: string,
  query: readonly string[],
): Array<{ text: string; mark: boolean }> {
  const text = decodeEntities(excerpt.replace(/<[^>]*>/gu, ''));
  return markPieces(text, markedWords(excerpt), query);
}

/** A text-directive term: percent-encoded, with `-`, `,` and `&` escaped as the syntax requires. */
function term(text: string): string {
  return encodeURIComponent(text.replace(/\s+/gu, ' ').trim()).replace(/-/gu, '%2D');
}

function firstWords(text: string, n: number): string {
  return text.trim().split(/\s+/u).slice(0, n).join(' ');
}
function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/u).slice(-n).join(' ');
}

/**
 * The text fragment (`:~:text=…`, to append to a `#q-<id>` link) that makes the browser
 * highlight the reader's words inside the quotation and scroll to them: the longest run of
 * matching words, or the whole quotation when none match. A few words of the paragraph
 * before and after it, up to a speaker tag (scripts/search/html-text.ts), pin it to this one place of the
 * page. Browsers without text fragments ignore it and go to the `#q-<id>` anchor.
 */
export function textFragment(
  quote: string,
  context: Partial<QuoteContext>,
  marked: readonly string[],
  query: readonly string[],
): string {
  const range = matchedRange(quote, marked, query) ?? trimPunctuation(quote, [0, quote.length]);
  const match = quote.slice(range[0], range[1]);
  const preceding = `${context.before ?? ''}${quote.slice(0, range[0])}`;
  const following = `${quote.slice(range[1])}${context.after ?? ''}`;
  const words = match.trim().split(/\s+/u);
  const body =
    words.length > 8 ? `${term(firstWords(match, 4))},${term(lastWords(match, 4))}` : term(match);
  const prefix = preceding.trim() ? `${term(lastWords(preceding, 3))}-,` : '';
  const suffix = following.trim() ? `,-${term(firstWords(following, 3))}` : '';
  return `:~:text=${prefix}${body}${suffix}`;
}
