import {
  namedInside,
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { cueAfter } from '../cues/after';
import type { QuoteSpan } from '../quotes';
import { wordCount } from '../text';
import { cueBeforeQuote } from './cue-before';
import { attributionOf } from './cue-speaker';

/**
 * Sieve 3, after the quotation: the cue right after its closing mark (", said X",
 * ", X said", ", he added"). Used by `../attribution.ts`.
 */

/** The cue after the closing mark: ", said X", ", X said", ", he added", ", according to X". */
export function cueAfterQuote(
  span: QuoteSpan,
  offset: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const sentence = sentenceAround(text, Math.min(offset, text.length - 1));
  // The next quotation ends the cue, unless it is a few words inside the phrase ("Bill Eastland, wearing “Ted Cruz” pins, said").
  const embedded = (s: QuoteSpan) =>
    wordCount(text.slice(s.start, s.end)) <= 3 &&
    /[\p{L}\p{N}]\s+$/u.test(
      text.slice(Math.max(0, (s.openMark ?? s.start) - 3), s.openMark ?? s.start),
    ) &&
    /[\p{L}\p{N}]$/u.test(text.slice(s.start, s.end)) &&
    /^\s+\p{Ll}/u.test(text.slice(s.closeMark === null ? s.end : s.closeMark + 1));
  const nextQuote = ctx.spans.find(
    (s) =>
      s.block === b && (s.openMark ?? s.start) >= offset && s.kind !== 'indirect' && !embedded(s),
  );
  const limit = Math.min(
    text.length,
    offset + 200,
    nextQuote ? (nextQuote.openMark ?? nextQuote.start) : Infinity,
  );
  const masked = outsideQuotes(ctx, b, 0, text.length);
  const cue = cueAfter(masked, offset, limit);
  if (!cue) return null;
  const cueSentence = { block: b, start: sentence.start, end: sentence.end };
  // "Canova wrote …, “…,” and shared a link": a verb joined after the quotation shares the subject of the cue before it.
  if (cue.participle) {
    const open = span.openMark ?? span.start;
    const before = cueBeforeQuote(span, sentenceAround(text, open).start, open, ctx);
    if (before?.speaker) return before;
  }
  return attributionOf(cue, b, namedInside(ctx, span), text, cueSentence, ctx);
}
