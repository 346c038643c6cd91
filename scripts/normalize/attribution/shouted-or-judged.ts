import { namedInside, outsideQuotes, type ArticleContext, type Attribution } from '../cast-context';
import type { QuoteSpan } from '../quotes';
import { JUDGED, SHOUTED } from '../terms';
import { clauseSubject } from './clause-subject';
import { fromSubject } from './result';

/**
 * Sieve 6: words a crowd chants or a judgement ("dismissed it as “absurd”") take the
 * subject of the verb that gives them. Used by `../attribution.ts`.
 */

/**
 * "protesters marched, chanting “Dump Trump”", "they chanted “no justice, no peace”",
 * "Manafort dismissed the kerfuffle as “absurd.”": words a crowd shouts and a word given as
 * a judgement (`terms.ts` keeps both as statements) belong to the subject of the clause of
 * the verb that gives them, however short.
 */
export function shoutedOrJudged(
  span: QuoteSpan,
  sentenceStart: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const before = outsideQuotes(ctx, b, sentenceStart, open).replace(/[\s“”«»"–—-]+$/u, '');
  const given = SHOUTED.exec(before) ?? JUDGED.exec(before);
  if (!given) return null;
  const verbAt = sentenceStart + given.index;
  const lead = before.slice(0, given.index);
  // Not the passive ("is described on Amazon as a “riveting book”"), nor chants someone meets ("was met with chants of “…”",
  // "took the stage to cries of “…”"): the subject there is what is judged or who hears.
  if (
    !/^\S+ing\b/u.test(given[0]) &&
    /(?:^|\s)(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead)
  )
    return null;
  if (
    /^(?:chants|chant|cries|shouts|calls)\b/iu.test(given[0].trim()) &&
    /(?:^|\s)(?:with|to|by|amid|over|of|despite)\s+(?:\S+\s+){0,2}$/u.test(lead)
  )
    return null;
  const subject = clauseSubject(b, sentenceStart, verbAt, ctx, namedInside(ctx, span));
  if (!subject) return null;
  const cue = text.slice(verbAt, sentenceStart + before.length).trim();
  return {
    ...fromSubject(subject, text, { block: b, start: sentenceStart, end: open }),
    cue,
    confidence: 'medium',
  };
}
