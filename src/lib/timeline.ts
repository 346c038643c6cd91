import type { Claim, Event } from '../schemas';
import { anchors } from './anchors';
import type { ArticleEntry, Statement } from './dossier';
import { foldAccents } from './fold';
import { similarity } from './similarity';
import { isFullQuotation } from './statements';

/**
 * The dossier's chronology: every dated event the articles mention, merged across sources.
 *
 * Merge rule (also on the methodology page). Two mentions are the same happening when they
 * have the same date at the same precision and either
 * - they name at least two of the same actors, or
 * - for a day or a month, the actors one names are all named by the other (an event that
 *   names only Macron merges with one that names Macron and Putin; none named counts too), or
 * - their sentences are worded alike (similarity ≥ 0.3, see similarity.ts), or
 * - they are of the same kind (other than "other") and name the same actors, or none: at
 *   any precision they would read as the same entry ("2014 · Military action"), or
 * - both are visits on one day by the same traveller, the first actor each names: the Kyiv
 *   Post's "visiting Ukraine on Tuesday" and RFI's "will go to Kiev on Tuesday" are one trip.
 * Merging is transitive. Mentions in one article's same sentence are one source.
 */

export interface TimelineSource {
  article: string;
  outlet: string;
  published: string;
  seed: string;
  event: Event;
}

export interface TimelineEvent {
  id: string;
  date: string;
  precision: Event['precision'];
  label: string;
  /** Who did what ("Macron and Putin speak by phone"), and the kind of happening, from its first source. */
  headline: string;
  kind: Event['kind'];
  actors: string[];
  sources: TimelineSource[];
}

export const MERGE_SIMILARITY = 0.3;

export function sameHappening(a: Event, b: Event): boolean {
  if (a.date !== b.date || a.precision !== b.precision) return false;
  const shared = a.actors.filter((x) => b.actors.includes(x)).length;
  if (shared >= 2) return true;
  const nested =
    a.actors.every((x) => b.actors.includes(x)) || b.actors.every((x) => a.actors.includes(x));
  if (a.precision !== 'year' && nested) return true;
  if (a.kind === b.kind && a.kind !== 'other' && a.actors.length === b.actors.length && nested)
    return true;
  if (
    a.precision === 'day' &&
    a.kind === 'visit' &&
    b.kind === 'visit' &&
    a.actors[0] !== undefined &&
    a.actors[0] === b.actors[0]
  )
    return true;
  return similarity(a.sentence, b.sentence) >= MERGE_SIMILARITY;
}

/** What sameHappening reads of an event beside its date: two events alike in it are alike to every other. */
function happeningKey(e: Event): string {
  return [e.precision, e.kind, e.actors.join('\u0001'), e.sentence].join('\u0000');
}

export function buildTimeline(articles: readonly ArticleEntry[]): TimelineEvent[] {
  const mentions: TimelineSource[] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    for (const event of a.data.events) {
      const key = `${event.date}\n${event.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({
        article: a.id,
        outlet: a.data.outlet.id,
        published: a.data.published,
        seed: a.data.seed,
        event,
      });
    }
  }
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Only mentions of the same date can merge: compare within each date, not all pairs.
  const byDate = Map.groupBy(
    mentions.keys(),
    (i) => `${mentions[i]!.event.precision}:${mentions[i]!.event.date}`,
  );
  for (const bucket of byDate.values()) {
    // Mentions alike in all that sameHappening reads (copies of one sentence, as syndicated
    // articles carry) merge with their first, which alone is compared with the rest: the
    // same groups as comparing every pair, in a fraction of the comparisons.
    const compared: number[] = [];
    for (const alike of Map.groupBy(bucket, (i) => happeningKey(mentions[i]!.event)).values()) {
      const first = alike[0]!;
      if (alike.length > 1 && sameHappening(mentions[first]!.event, mentions[first]!.event)) {
        for (const i of alike) parent[find(i)] = find(first);
        compared.push(first);
      } else compared.push(...alike);
    }
    compared.sort((a, b) => a - b);
    for (const [k, i] of compared.entries()) {
      for (let m = k + 1; m < compared.length; m++) {
        const j = compared[m]!;
        if (find(i) !== find(j) && sameHappening(mentions[i]!.event, mentions[j]!.event))
          parent[find(j)] = find(i);
      }
    }
  }
  const groups = Map.groupBy(mentions, (_, i) => find(i));
  const used = new Map<string, number>();
  // Ids are numbered in an order that depends on the content only, not on the order the
  // articles come in, so an event keeps its anchor whichever way the collection is read.
  const bySource = (a: TimelineSource, b: TimelineSource) =>
    a.published.localeCompare(b.published) ||
    a.article.localeCompare(b.article) ||
    a.event.paragraph - b.event.paragraph;
  return [...groups.values()]
    .map((sources) => {
      const sorted = [...sources].sort(bySource);
      return { sorted, first: sorted.find((s) => s.event.resolution === 'absolute') ?? sorted[0]! };
    })
    .sort(
      (a, b) => a.first.event.date.localeCompare(b.first.event.date) || bySource(a.first, b.first),
    )
    .map(({ sorted, first }) => {
      const label = first.event.sentence;
      const base = anchors.event(`${first.event.date}-${slugWords(label)}`);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      return {
        id: n === 1 ? base : `${base}-${n}`,
        date: first.event.date,
        precision: first.event.precision,
        label,
        headline: first.event.headline,
        kind: first.event.kind,
        actors: [...new Set(sorted.flatMap((s) => s.event.actors))],
        sources: sorted,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * The timeline event an article's own event was merged into, or null: an article's event is
 * a source of the merged event of its date and sentence.
 *
 * Every view asks it of the same timeline (each actor's and outlet's page, the open data),
 * so the lookup is built once per timeline and shared; a timeline is never changed once
 * built (`buildTimeline` and `filterTimeline` return new arrays). An article's events are
 * looked up by id through a table built once per article, not scanned per claim.
 */
export function mergedEventOf(
  timeline: readonly TimelineEvent[],
): (article: ArticleEntry, eventId: string) => string | null {
  let lookup = mergedLookups.get(timeline);
  if (!lookup) {
    const merged = new Map(
      timeline.flatMap((e) => e.sources.map((s) => [mergeKey(s.article, s.event), e.id] as const)),
    );
    lookup = (article, eventId) => {
      const own = eventsById(article.data.events).get(eventId);
      return own ? (merged.get(mergeKey(article.id, own)) ?? null) : null;
    };
    mergedLookups.set(timeline, lookup);
  }
  return lookup;
}

const mergedLookups = new WeakMap<
  readonly TimelineEvent[],
  (article: ArticleEntry, eventId: string) => string | null
>();
const mergeKey = (article: string, event: Pick<Event, 'date' | 'sentence'>) =>
  `${article}\n${event.date}\n${event.sentence}`;
const eventTables = new WeakMap<readonly Event[], ReadonlyMap<string, Event>>();

/** An article's events by id; the first of two with one id wins, as a scan would find it. */
function eventsById(events: readonly Event[]): ReadonlyMap<string, Event> {
  let table = eventTables.get(events);
  if (!table) {
    const byId = new Map<string, Event>();
    for (const e of events) if (!byId.has(e.id)) byId.set(e.id, e);
    table = byId;
    eventTables.set(events, table);
  }
  return table;
}

/** The statements said on each timeline event's occasion, by event id: full quotations first (`isFullQuotation`), then in article and paragraph order. */
export function statementsAt(
  timeline: readonly TimelineEvent[],
  articles: readonly ArticleEntry[],
): Map<string, Statement[]> {
  const eventOf = mergedEventOf(timeline);
  const out = new Map<string, Statement[]>();
  for (const article of articles) {
    for (const claim of article.data.claims) {
      const event = claim.occasion?.event ? eventOf(article, claim.occasion.event) : null;
      if (!event) continue;
      const list = out.get(event);
      if (list) list.push({ article, claim });
      else out.set(event, [{ article, claim }]);
    }
  }
  const rank = (c: Claim) => (isFullQuotation(c) ? 0 : 1);
  for (const list of out.values()) list.sort((a, b) => rank(a.claim) - rank(b.claim));
  return out;
}

/** The first few meaningful words of a sentence, as an anchor-safe slug. */
function slugWords(text: string): string {
  const words = foldAccents(text).match(/[a-z0-9]+/gu) ?? [];
  return words
    .filter((w) => w.length > 2)
    .slice(0, 5)
    .join('-');
}

/** Events of the main chronology (the dossier's year) and the background years apart. */
export function splitByPeriod(
  events: readonly TimelineEvent[],
  year: string,
): { main: TimelineEvent[]; background: Map<string, TimelineEvent[]> } {
  const main = events.filter((e) => e.date.startsWith(year));
  const background = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.date.startsWith(year)) continue;
    const list = background.get(e.date.slice(0, 4));
    if (list) list.push(e);
    else background.set(e.date.slice(0, 4), [e]);
  }
  return { main, background };
}

/** A timeline restricted to the events one outlet reports, each with that outlet's sources only. */
export function filterTimeline(
  events: readonly TimelineEvent[],
  by: { outlet: string },
): TimelineEvent[] {
  return events
    .map((e) => ({ ...e, sources: e.sources.filter((s) => s.outlet === by.outlet) }))
    .filter((e) => e.sources.length > 0);
}

/**
 * The events each actor takes part in (names), in the timeline's order, with all their
 * sources: every actor's timeline in one pass over the events, not one pass per actor (at
 * 10,000 synthetic articles, a pass for each of the actor pages took 1.8 s of the build).
 */
export function eventsByActor(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byActor = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.sources.length === 0) continue;
    for (const actor of new Set(e.actors)) {
      const list = byActor.get(actor);
      if (list) list.push(e);
      else byActor.set(actor, [e]);
    }
  }
  return byActor;
}
