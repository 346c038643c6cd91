import {
  mentionsBetween,
  namedInside,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { cueAfter } from '../cues/after';
import type { QuoteSpan } from '../quotes';
import { TWEET_SIGNATURE } from '../segment';
import { resolveSubject } from '../subjects';
import { attributionOf } from './cue-speaker';
import { fromSubject, NONE } from './result';

/**
 * Sieve 1: a block quote or a tweet takes the attribution line under it. Used by
 * `../attribution.ts`.
 */

/** The attribution line(s) below a block quote, or the signature below a tweet. */
export function fromAttributionLine(span: QuoteSpan, ctx: ArticleContext): Attribution {
  const b = span.block + 1;
  const next = ctx.blocks[b];
  if (!next || next.role !== 'attribution') return NONE;
  const cueSentence = { block: b, start: 0, end: next.text.length };
  const tweet = TWEET_SIGNATURE.exec(next.text);
  if (tweet) {
    const m = mentionsBetween(ctx, b, 0, next.text.indexOf('(')).find((x) => !x.modifier);
    return m
      ? {
          speaker: m.entity,
          speakerText: m.text,
          cue: next.text,
          confidence: 'high',
          cueSentence,
          mention: { block: b, start: m.start, end: m.end },
        }
      : NONE;
  }
  // "said Benjamin Haddad, …", "he quipped", or the name alone ("Emmanuel Macron’s entourage").
  const cue = cueAfter(next.text, 0, next.text.length);
  const found = cue
    ? attributionOf(cue, b, namedInside(ctx, span), next.text, cueSentence, ctx)
    : null;
  if (found?.speaker) return { ...found, cue: next.text };
  const subject = resolveSubject(b, 0, next.text.length, ctx, namedInside(ctx, span));
  if (subject) return { ...fromSubject(subject, next.text, cueSentence), cue: next.text };
  return {
    ...NONE,
    speakerText: /^(?:said|says|added|adds)?\s*(\p{L}+)/u.exec(next.text)?.[1] ?? null,
    cue: next.text,
  };
}
