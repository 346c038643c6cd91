import slugify from '@sindresorhus/slugify';
import type { Event, Landmark } from '../../src/schemas';
import type { EntityMention } from './entities';
import { datesOf, type AnchoredDate, type PreviousDate } from './landmarks';
import type { QuoteSpan } from './quotes';
import { headlineOf, isNoHappening, kindOf } from './happenings';
import { TWEET_SIGNATURE, type Block } from './segment';
import { splitSentences } from './text';

/** Block roles whose sentences are narrative and may date an event. */
const NARRATIVE = new Set(['paragraph', 'blockquote', 'caption', 'attribution']);

/**
 * Every dated mention in the writer's own words becomes an event, with the sentence that
 * carries it, the actors that sentence names, and the reasoning behind the date. Words
 * inside quotations are left out: a quoted "this morning" belongs to the speaker's day,
 * not the article's. A date reckoned from another event ("four days before the invasion",
 * "two years later") records what it was anchored on.
 */
export function findEvents(blocks: readonly Block[], spans: readonly QuoteSpan[], mentionsOf: readonly (readonly EntityMention[])[], actors: ReadonlySet<string>, published: string, landmarks: readonly Landmark[] = [], nameOf: (id: string) => string = (id) => id): Event[] {
  const events: Event[] = [];
  const used = new Map<string, number>();
  blocks.forEach((block, b) => {
    // A tweet's signature dates the tweet, a statement that carries its own date, not a happening.
    if (!NARRATIVE.has(block.role) || (block.role === 'attribution' && TWEET_SIGNATURE.test(block.text))) return;
    const masked = maskQuotes(block.text, spans.filter((s) => s.block === b && s.kind !== 'indirect'));
    const mentions = (mentionsOf[b] ?? []).filter((m) => actors.has(m.entity));
    let previous: PreviousDate | null = null;
    for (const sentence of splitSentences(masked)) {
      const original = block.text.slice(sentence.start, sentence.end);
      const named = [...new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.entity))];
      const found: AnchoredDate[] = datesOf(sentence.text, published, landmarks, previous);
      for (const [k, mention] of found.entries()) {
        // "On February 14 and 15": the second day belongs to the first's happening.
        if (k > 0 && /^\s*(?:and|&|-|–)\s*$/u.test(sentence.text.slice(found[k - 1]!.end, mention.start))) continue;
        if (isNoHappening(mention.phrase, sentence.text, mention.start, mention.end)) continue;
        const kind = kindOf(sentence.text, mention.start, mention.end);
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
          headline: headlineOf(kind, named.map(nameOf)),
          sentence: original,
          paragraph: b + 1,
          actors: named,
        });
      }
    }
  });
  return events;
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
export function maskQuotes(text: string, spans: readonly Pick<QuoteSpan, 'start' | 'end'>[]): string {
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  return out;
}
