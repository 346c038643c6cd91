import { isStatement } from './statements';
import type { Actor, Article, Claim, Outlet } from '../schemas';

/**
 * Pure functions over the dossier's collections: who speaks where, what each actor said,
 * which articles are related. They take entries shaped like `getCollection()`'s, so tests
 * feed them plain objects.
 */

export interface ArticleEntry {
  id: string;
  data: Omit<Article, 'outlet'> & { outlet: { id: string } };
}
export interface ActorEntry {
  id: string;
  data: Actor;
}
export interface OutletEntry {
  id: string;
  data: Outlet;
}

/** Oldest first, then by title, so the dossier reads as a chronology. */
export function byPublication<T extends ArticleEntry>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      a.data.published.localeCompare(b.data.published) || a.data.title.localeCompare(b.data.title),
  );
}

export interface SpeakerCount {
  /** Actor id, or null for claims the text attributes to nobody. */
  speaker: string | null;
  count: number;
  /** The first claim of that speaker in the article, to link to. */
  first: Claim;
}

/** The speakers of one article, most statements first; terms and fragments with no speaker are left out. */
export function speakersIn(article: ArticleEntry): SpeakerCount[] {
  const counts = new Map<string | null, SpeakerCount>();
  for (const claim of article.data.claims) {
    if (!isStatement(claim) || (claim.speaker === null && claim.kind === 'fragment')) continue;
    const known = counts.get(claim.speaker);
    if (known) known.count++;
    else counts.set(claim.speaker, { speaker: claim.speaker, count: 1, first: claim });
  }
  return [...counts.values()].sort(
    (a, b) =>
      (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) ||
      b.count - a.count ||
      (a.speaker ?? '').localeCompare(b.speaker ?? ''),
  );
}

export interface Statement {
  article: ArticleEntry;
  claim: Claim;
}

/**
 * Everything attributed to one actor, in the order it was said (or published, when the date of saying is unknown).
 *
 * Each actor's page asks this of the same articles, so every speaker's statements are
 * gathered in one pass over the dossier, once per list of articles (a collection is never
 * changed once loaded), and each call gets its own copy.
 */
export function statementsBy(actorId: string, articles: readonly ArticleEntry[]): Statement[] {
  return [...(indexOf(articles).statements.get(actorId) ?? [])];
}

/** Articles that mention an actor, oldest first. */
export function articlesMentioning(
  actorId: string,
  articles: readonly ArticleEntry[],
): ArticleEntry[] {
  return byPublication(indexOf(articles).mentioning.get(actorId) ?? []);
}

/** What the per-actor questions need, gathered in one pass over a list of articles. */
interface ActorIndex {
  /** Each speaker's statements, in the order `statementsBy` returns them. */
  statements: ReadonlyMap<string, readonly Statement[]>;
  /** The articles naming each actor, each once, in the order of the list. */
  mentioning: ReadonlyMap<string, readonly ArticleEntry[]>;
}

const actorIndexes = new WeakMap<readonly ArticleEntry[], ActorIndex>();

function indexOf(articles: readonly ArticleEntry[]): ActorIndex {
  const known = actorIndexes.get(articles);
  if (known) return known;
  const statements = new Map<string, Statement[]>();
  const mentioning = new Map<string, ArticleEntry[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const article of articles) {
    for (const claim of article.data.claims)
      if (claim.speaker !== null) add(statements, claim.speaker, { article, claim });
    for (const actor of new Set(article.data.actors)) add(mentioning, actor, article);
  }
  const when = (s: Statement) => s.claim.said ?? s.article.data.published;
  for (const list of statements.values())
    list.sort(
      (a, b) =>
        when(a).localeCompare(when(b)) ||
        a.article.id.localeCompare(b.article.id) ||
        a.claim.paragraph - b.claim.paragraph,
    );
  const index = { statements, mentioning };
  actorIndexes.set(articles, index);
  return index;
}

/**
 * Articles related to each one: scored by the actors they share (each weighted by how rare
 * it is across the dossier, so that Macron and Putin, named everywhere, count little) and
 * the days of events they both mention. Ties go to the closer publication date.
 *
 * What the score needs is computed once for the whole dossier, and one score table serves
 * every call, so asking for an article's related articles costs one pass over the articles it
 * shares something with. That is still every article when a speaker is in all of them, as
 * Macron and Putin are in the synthetic dossiers (3.7 s of the build at 10,000 of them).
 */
export function relatedIndex<T extends ArticleEntry>(
  all: readonly T[],
): (article: T, limit?: number) => T[] {
  // Postings: for each actor, and each day of an event, the positions of the articles that have it.
  const byActor = new Map<string, number[]>();
  const byDay = new Map<string, number[]>();
  const post = (postings: Map<string, number[]>, key: string, i: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  all.forEach((a, i) => {
    for (const actor of a.data.actors) post(byActor, actor, i);
    for (const e of a.data.events) if (e.precision === 'day') post(byDay, e.date, i);
  });
  const position = new Map(all.map((a, i) => [a.id, i]));
  const time = all.map((a) => Date.parse(a.data.published));
  // One score table for every call, reset after each: only the articles it touched are read.
  const score = new Float64Array(all.length);
  const touched: number[] = [];
  const add = (i: number, weight: number) => {
    if (score[i] === 0) touched.push(i);
    score[i]! += weight;
  };
  return (article, limit = 3) => {
    const me = position.get(article.id);
    if (me === undefined) return [];
    for (const actor of new Set(all[me]!.data.actors)) {
      const holders = byActor.get(actor)!;
      for (const i of holders) add(i, 1 / holders.length);
    }
    for (const day of new Set(
      all[me]!.data.events.filter((e) => e.precision === 'day').map((e) => e.date),
    )) {
      for (const i of byDay.get(day)!) add(i, 1);
    }
    const distance = (i: number) => Math.abs(time[i]! - time[me]!);
    const before = (a: number, b: number) =>
      score[a]! > score[b]! ||
      (score[a] === score[b] &&
        (distance(a) < distance(b) || (distance(a) === distance(b) && a < b)));
    // The best `limit` in one pass, kept in order: no sort of every article sharing something.
    const best: number[] = [];
    for (const i of touched) {
      if (i === me || limit <= 0) continue;
      if (best.length === limit && !before(i, best.at(-1)!)) continue;
      const at = best.findIndex((b) => before(i, b));
      best.splice(at < 0 ? best.length : at, 0, i);
      if (best.length > limit) best.pop();
    }
    for (const i of touched) score[i] = 0;
    touched.length = 0;
    return best.map((i) => all[i]!);
  };
}

/** The first and last publication dates. */
export function dateRange(articles: readonly ArticleEntry[]): { from: string; to: string } | null {
  const dates = articles.map((a) => a.data.published).sort();
  return dates.length ? { from: dates[0]!, to: dates.at(-1)! } : null;
}

/** Actors by how many statements they have across the dossier, then by name. */
export function actorsBySpeech(
  actors: readonly ActorEntry[],
  articles: readonly ArticleEntry[],
): Array<{ actor: ActorEntry; statements: number; articles: number }> {
  const { statements, mentioning } = indexOf(articles);
  return actors
    .map((actor) => ({
      actor,
      statements: statements.get(actor.id)?.length ?? 0,
      articles: mentioning.get(actor.id)?.length ?? 0,
    }))
    .filter((row) => row.articles > 0 || row.statements > 0)
    .sort(
      (a, b) =>
        b.statements - a.statements ||
        b.articles - a.articles ||
        a.actor.data.name.localeCompare(b.actor.data.name),
    );
}
