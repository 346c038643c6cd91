import { outsideQuotes, type ArticleContext, type Attribution } from '../cast-context';
import { cuesBefore } from '../cues/before';
import type { QuoteSpan } from '../quotes';

/**
 * Sieve 2: a quotation of the same sentence as the one before shares its speaker, when
 * joined to it ("“…” and “…”") or with no verb of saying between them. Used by
 * `../attribution.ts`.
 */

/** "set his red lines: “No concessions…” and “a lasting withdrawal…”": the same speaker. */
export function previousInSentence(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const prev = ctx.previous.at(-1);
  if (
    !prev?.attribution.speaker ||
    prev.span.block !== span.block ||
    prev.span.start < sentenceStart
  )
    return null;
  const text = ctx.blocks[span.block]!.text;
  const between = text.slice(
    prev.span.closeMark === null ? prev.span.end : prev.span.closeMark + 1,
    span.openMark ?? span.start,
  );
  if (!/^[\s,;–—-]*(?:and|or)?[\s“”«»"]*$/u.test(between)) return null;
  return { ...prev.attribution, cue: null, cueSentence: null };
}

/**
 * "Putin considers the “independence” of the republics “non-negotiable”": a quotation with
 * no cue of its own, after one of its sentence that has a speaker, with no verb of saying
 * between them, is the same speaker's.
 */
export function sharedSentence(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const prev = ctx.previous.at(-1);
  if (
    !prev?.attribution.speaker ||
    prev.span.block !== span.block ||
    (prev.span.openMark ?? prev.span.start) < sentenceStart
  )
    return null;
  const from = prev.span.closeMark === null ? prev.span.end : prev.span.closeMark + 1;
  const between = outsideQuotes(ctx, span.block, from, span.openMark ?? span.start);
  if (cuesBefore(between, 0, between.length).length > 0 || /[;:]/u.test(between)) return null;
  return { ...prev.attribution, confidence: 'medium' };
}
