import slugify from '@sindresorhus/slugify';
import type { Event, EventKind, Landmark } from '../../src/schemas';
import type { EntityMention } from './entities/types';
import { datesOf, type AnchoredDate, type PreviousDate } from './landmarks';
import type { QuoteSpan } from './quotes';
import { destinationOf, headlineOf, isNoHappening, kindOf } from './happenings';
import { TWEET_SIGNATURE, type Block } from './segment';
import { escapeRegExp, splitSentences } from './text';

/** Block roles whose sentences are narrative and may date an event. */
const NARRATIVE = new Set(['paragraph', 'blockquote', 'caption', 'attribution']);

/** The one occasion an article is about (see `said.ts`): the date and kind its loose mentions take. */
export interface ArticleOccasion {
  date: AnchoredDate;
  kind: EventKind;
}

/** "on the eve of the invasion" is also used loosely, for "shortly before": a precise date of the same days wins. */
export const LOOSE = /^(?:on\s+)?the\s+eve\s+of\b/iu;
const DAY_MS = 86_400_000;

/** Is a loose date phrase, within a week of the article's one precise occasion, that occasion? */
export function isLooseFor(date: AnchoredDate, occasion: ArticleOccasion | null): boolean {
  return (
    occasion !== null &&
    LOOSE.test(date.phrase) &&
    Math.abs(Date.parse(date.date) - Date.parse(occasion.date.date)) <= 7 * DAY_MS
  );
}

/** A clause boundary inside a sentence: a semicolon, or a colon that is no clock time ("6:30"). */
const CLAUSE = /;|(?<!\d):|:(?!\d)/gu;

/**
 * Every dated mention in the writer's own words becomes an event, with the sentence that
 * carries it, the actors that sentence names, and the reasoning behind the date. Words
 * inside quotations are left out: a quoted "this morning" belongs to the speaker's day,
 * not the article's. A date reckoned from another event ("four days before the invasion",
 * "two years later") records what it was anchored on.
 *
 * When a sentence dates several happenings ("meeting Putin in Moscow on Saturday and
 * speaking with him by phone on Sunday"), each date's kind is read between its neighbours,
 * and its participants are those named before the first date and between its neighbours.
 */
export function findEvents(
  blocks: readonly Block[],
  spans: readonly QuoteSpan[],
  mentionsOf: readonly (readonly EntityMention[])[],
  actors: ReadonlySet<string>,
  published: string,
  landmarks: readonly Landmark[] = [],
  nameOf: (id: string) => string = (id) => id,
  occasion: ArticleOccasion | null = null,
): Event[] {
  const events: Event[] = [];
  const used = new Map<string, number>();
  blocks.forEach((block, b) => {
    // A tweet's signature dates the tweet, a statement that carries its own date, not a happening.
    if (
      !NARRATIVE.has(block.role) ||
      (block.role === 'attribution' && TWEET_SIGNATURE.test(block.text))
    )
      return;
    const masked = maskQuotes(
      block.text,
      spans.filter((s) => s.block === b && s.kind !== 'indirect'),
    );
    const mentions = (mentionsOf[b] ?? []).filter((m) => actors.has(m.entity));
    let previous: PreviousDate | null = null;
    for (const sentence of splitSentences(masked)) {
      const original = block.text.slice(sentence.start, sentence.end);
      const text = sentence.text;
      const found: AnchoredDate[] = datesOf(text, published, landmarks, previous);
      const kept = found.filter((mention, k) => {
        const before = found[k - 1];
        const gap = before ? text.slice(before.end, mention.start) : null;
        // "On February 14 and 15": the second day belongs to the first's happening; "in 2014, eight years ago" says one date twice.
        if (
          before &&
          gap !== null &&
          (/^\s*(?:and|&|-|–)\s*$/u.test(gap) ||
            (before.date === mention.date && /^\s*[,(–—-]?\s*$/u.test(gap)))
        )
          return false;
        return !isNoHappening(mention.phrase, text, mention.start, mention.end);
      });
      const clauseStart = (at: number) =>
        Math.max(0, ...[...text.slice(0, at).matchAll(CLAUSE)].map((m) => m.index + 1));
      const clauseEnd = (at: number) => {
        const next = text.slice(at).search(CLAUSE);
        return next < 0 ? text.length : at + next;
      };
      // Who is named before the first date, in its clause, takes part in every happening of the sentence.
      const head = kept[0] ? { from: clauseStart(kept[0].start), to: kept[0].start } : null;
      for (const [k, found] of kept.entries()) {
        const from = Math.max(kept[k - 1]?.end ?? 0, clauseStart(found.start));
        const to = Math.min(kept[k + 1]?.start ?? text.length, clauseEnd(found.end));
        const loose = isLooseFor(found, occasion);
        const mention = loose
          ? {
              ...found,
              date: occasion!.date.date,
              precision: occasion!.date.precision,
              reasoning: `${found.reasoning}; but the words are used loosely here, for the article’s one precise occasion, “${occasion!.date.phrase}” (${occasion!.date.date})`,
            }
          : found;
        const within = (m: EntityMention, lo: number, hi: number) =>
          m.start - sentence.start >= lo && m.end - sentence.start <= hi;
        const named = [
          ...new Set(
            mentions
              .filter(
                (m) => within(m, from, to) || (head !== null && within(m, head.from, head.to)),
              )
              .map((m) => m.entity),
          ),
        ];
        const clause = text.slice(from, to);
        const own = kindOf(clause, mention.start - from, mention.end - from);
        const landmark = landmarkOf(mention, text, own, landmarks);
        const kind = landmark
          ? kindOf(landmark.label, 0, 0)
          : occasion !== null &&
              (loose || isOccasion(mention, occasion)) &&
              (own === 'statement' || own === 'other')
            ? occasion.kind
            : own;
        const base = `${mention.date}-${phraseSlug(mention.phrase)}`;
        const n = (used.get(base) ?? 0) + 1;
        used.set(base, n);
        const id = n === 1 ? base : `${base}-${n}`;
        previous = { id, mention };
        events.push({
          id,
          date: mention.date,
          precision: mention.precision,
          phrase: mention.phrase,
          resolution: mention.resolution,
          anchored_on: mention.anchoredOn,
          reasoning: mention.reasoning,
          kind,
          headline: landmark
            ? capitalise(landmark.label)
            : headlineOf(
                kind,
                distinctNames(named.map(nameOf)),
                kind === 'visit' ? destinationOf(clause) : null,
              ),
          sentence: original,
          paragraph: b + 1,
          // A landmark is its own happening: who the sentence names did something else since or around it.
          actors: landmark ? [] : named,
        });
      }
    }
  });
  return events;
}

/** Names without those that hold another one ("Emmanuel Macron’s entourage" beside "Macron"): a headline names each party once. */
const distinctNames = (names: readonly string[]) =>
  names.filter(
    (n) =>
      !names.some(
        (o) => o !== n && new RegExp(`(?<![\\p{L}])${escapeRegExp(o)}(?![\\p{L}])`, 'u').test(n),
      ),
  );

const capitalise = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Is the date the article's one occasion (the same day, or a loose phrase for it)? */
const isOccasion = (date: AnchoredDate, occasion: ArticleOccasion) =>
  date.date === occasion.date.date && date.precision === occasion.date.precision;

/**
 * The landmark a dated mention is, not merely dated from: "since the invasion"; a date named
 * as one ("since February 24, the date of the Russian invasion"); or a date that is a
 * landmark's, in words of the landmark's kind ("Russian forces attacked Ukraine on February 24").
 */
function landmarkOf(
  mention: AnchoredDate,
  sentence: string,
  kind: EventKind,
  landmarks: readonly Landmark[],
): Landmark | null {
  for (const landmark of landmarks) {
    if (mention.anchoredOn === landmark.id && /^(?:ever\s+)?since\b/iu.test(mention.phrase))
      return landmark;
    if (mention.date !== landmark.date) continue;
    const after = sentence.slice(mention.end, mention.end + 120).toLowerCase();
    if (
      landmark.aliases.some((a) =>
        new RegExp(
          `^\\s*,\\s*(?:the\\s+(?:date|day)\\s+of\\s+)?${escapeRegExp(a.toLowerCase())}(?![\\p{L}\\d])`,
          'u',
        ).test(after),
      )
    )
      return landmark;
    if (kind === kindOf(landmark.label, 0, 0)) return landmark;
  }
  return null;
}

/** Slugs already made: slugifying is slow, and the same few phrases ("on Monday", "last year") date most events. */
const PHRASE_SLUGS = new Map<string, string>();

function phraseSlug(phrase: string): string {
  let slug = PHRASE_SLUGS.get(phrase);
  if (slug === undefined) {
    slug = slugify(phrase).slice(0, 40);
    PHRASE_SLUGS.set(phrase, slug);
  }
  return slug;
}

/** Replaces quoted words by spaces, keeping every offset. */
export function maskQuotes(
  text: string,
  spans: readonly Pick<QuoteSpan, 'start' | 'end'>[],
): string {
  let out = text;
  for (const span of spans)
    out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  return out;
}
