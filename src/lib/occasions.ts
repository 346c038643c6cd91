import type { Event } from '../schemas';
import type { ArticleEntry, Statement } from './dossier';
import type { StatementGroup } from './groups';
import { isFullQuotation } from './statements';
import { mergedEventOf, type TimelineEvent } from './timeline';

/**
 * Statements grouped by the occasion they were said on, for the views that explore them
 * (who said what, an actor's page, an outlet's page), so that none of them is a list of
 * everything.
 *
 * Grouping rule. A statement whose occasion is an event of its article goes under the
 * merged timeline event that event belongs to (the call of 20 February, the Kremlin talks
 * of 7 February). Every other statement, undated or dated
 * without an event, goes under its article's "other statements". Within an occasion, each
 * article that reports it is a column of its own (its coverage), and within an article each
 * speaker's words: full quotations first, then folded under a count the fragments, the
 * scare-quoted terms and the quotations of two words or fewer, which would swamp the view.
 */

/** An article's "other statements" show this many full quotations per speaker, unless asked for fewer; the rest are folded. */
export const OTHER_SHOWN = 3;

export interface SpeakerWords {
  /** Actor id, or null for words the text attributes to nobody (scare-quoted terms). */
  speaker: string | null;
  /** Full quotations shown, in paragraph order. */
  shown: Statement[];
  /** Fragments, terms, and full quotations beyond the ones shown: folded under their count. */
  folded: Statement[];
}

export interface Coverage {
  article: ArticleEntry;
  /** The article's own mention of the occasion (its phrase and paragraph), or null for its other statements or when it only quotes words said on it. */
  mention: Event | null;
  /** Its speakers, most full quotations first, the unattributed last. */
  speakers: SpeakerWords[];
}

export interface Occasion {
  /** Anchor on the page: `o-` and the timeline event's id, or `o-other-` and the article's id. */
  id: string;
  /** The timeline event, or null for an article's other statements. */
  event: TimelineEvent | null;
  /** One column per article, in publication order. */
  coverage: Coverage[];
  /** How many statements (terms left out) were said on it. */
  statements: number;
}

/** An article's other words, when more than this many (terms included), can be folded whole where a page lists every article's. */
export const FOLD_OVER = 2;

/** Whether an occasion is an article's other statements, too many to show unfolded beside every other article's. */
export const foldsWhole = (occasion: Occasion): boolean =>
  occasion.event === null &&
  occasion.coverage.reduce(
    (n, c) => n + c.speakers.reduce((m, w) => m + w.shown.length + w.folded.length, 0),
    0,
  ) > FOLD_OVER;

/** Whether more than one outlet reports an event. */
export const reportedByMany = (event: TimelineEvent): boolean =>
  new Set(event.sources.map((s) => s.outlet)).size > 1;

/** Each article's first mention of an event, by article id: one pass over its sources, not one per column. */
function firstMentions(event: TimelineEvent): Map<string, Event> {
  const out = new Map<string, Event>();
  for (const source of event.sources)
    if (!out.has(source.article)) out.set(source.article, source.event);
  return out;
}

function speakersOf(statements: readonly Statement[], shown: number): SpeakerWords[] {
  const bySpeaker = Map.groupBy(statements, (s) => s.claim.speaker);
  const words = [...bySpeaker].map(([speaker, list]) => {
    const ordered = [...list].sort((a, b) => a.claim.paragraph - b.claim.paragraph);
    const full = ordered.filter((s) => isFullQuotation(s.claim));
    const keep = full.slice(0, shown);
    const kept = new Set(keep);
    return { speaker, shown: keep, folded: ordered.filter((s) => !kept.has(s)) };
  });
  return words.sort(
    (a, b) =>
      (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) ||
      b.shown.length - a.shown.length ||
      b.folded.length - a.folded.length ||
      (a.speaker ?? '').localeCompare(b.speaker ?? ''),
  );
}

export interface OccasionOptions {
  /** Events to list even when no statement was said on them, with a column for every article of `articles` that mentions them. */
  reported?: { events: readonly TimelineEvent[]; articles: readonly ArticleEntry[] };
  /** How many full quotations of each speaker each column shows on any occasion (by default all, and OTHER_SHOWN of an article's other statements). */
  shown?: number;
}

/**
 * The occasions of some statements: dated ones in timeline order, then each article's other
 * statements, in the order the statements come.
 */
export function groupByOccasion(
  statements: readonly Statement[],
  timeline: readonly TimelineEvent[],
  options: OccasionOptions = {},
): Occasion[] {
  const { reported = { events: [], articles: [] }, shown } = options;
  const eventOf = mergedEventOf(timeline);
  const other = (article: ArticleEntry) => `other\n${article.id}`;
  const said = Map.groupBy(
    statements,
    (s) =>
      (s.claim.occasion?.event ? eventOf(s.article, s.claim.occasion.event) : null) ??
      other(s.article),
  );
  const listed = new Set(reported.events.map((e) => e.id));
  const articleById = new Map(
    [...reported.articles, ...statements.map((s) => s.article)].map((a) => [a.id, a]),
  );
  const byPublication = (a: ArticleEntry, b: ArticleEntry) =>
    a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id);

  const occasion = (
    id: string,
    event: TimelineEvent | null,
    here: readonly Statement[],
    columns: readonly ArticleEntry[],
  ): Occasion => {
    const byArticle = Map.groupBy(here, (s) => s.article.id);
    const mentions = event && listed.has(event.id) ? firstMentions(event) : null;
    const mention = (article: ArticleEntry) => mentions?.get(article.id) ?? null;
    return {
      id,
      event,
      coverage: columns.map((article) => ({
        article,
        mention: mention(article),
        speakers: speakersOf(
          byArticle.get(article.id) ?? [],
          shown ?? (event === null ? OTHER_SHOWN : Infinity),
        ),
      })),
      statements: here.filter((s) => s.claim.kind !== 'term').length,
    };
  };
  const dated = timeline
    .filter((e) => said.has(e.id) || listed.has(e.id))
    .map((event) => {
      const here = said.get(event.id) ?? [];
      const ids = new Set([
        ...here.map((s) => s.article.id),
        ...(listed.has(event.id) ? event.sources.map((s) => s.article) : []),
      ]);
      const columns = [...ids].flatMap((id) => articleById.get(id) ?? []).sort(byPublication);
      return occasion(`o-${event.id}`, event, here, columns);
    });
  const undated = [...new Set(statements.map((s) => s.article))]
    .filter((a) => said.has(other(a)))
    .map((a) => occasion(`o-other-${a.id}`, null, said.get(other(a))!, [a]));
  return [...dated, ...undated].filter((o) => o.coverage.length > 0);
}

/** Each cross-source group under the occasion of its first member, by occasion id; a group none of them holds is left out. */
export function groupsByOccasion(
  occasions: readonly Occasion[],
  groups: readonly StatementGroup[],
): Map<string, StatementGroup[]> {
  const where = new Map(
    occasions.flatMap((o) =>
      o.coverage.flatMap((c) =>
        c.speakers.flatMap((w) =>
          [...w.shown, ...w.folded].map((s) => [s.claim.id, o.id] as const),
        ),
      ),
    ),
  );
  const out = new Map<string, StatementGroup[]>();
  for (const group of groups) {
    const at = where.get(group.members[0]!.claim.id);
    if (at) out.set(at, [...(out.get(at) ?? []), group]);
  }
  return out;
}
