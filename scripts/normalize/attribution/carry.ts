import { namedInside, outsideQuotes, type ArticleContext, type Attribution } from '../cast-context';
import { cuesBefore } from '../cues/before';
import type { QuoteSpan } from '../quotes';
import { splitSentences } from '../text';
import { cueBeforeQuote } from './cue-before';
import { attributionOf } from './cue-speaker';

/**
 * Sieves 4 and 5: a quotation with no cue carries the speaker of its paragraph, or of the
 * quotation that ends the paragraph before (a quotation over several paragraphs). Used by
 * `../attribution.ts`.
 */

/**
 * A quotation without a cue of its own, in a paragraph: the cue of the sentence just
 * before ("He said the dialogue would continue. “We must…”"), else the latest speaker of
 * the paragraph (“…,” he said. “…”), else a cue of an earlier sentence.
 */
export function carryInParagraph(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const earlier = [...splitSentences(text.slice(0, sentenceStart))].reverse();
  const fromSentence = (sentence: { start: number; end: number }) => {
    const found = cueBeforeQuote(span, sentence.start, sentence.end, ctx);
    return found?.speaker
      ? {
          ...found,
          confidence: found.confidence === 'high' ? ('medium' as const) : found.confidence,
        }
      : null;
  };
  const prev = ctx.previous.at(-1);
  // “…,” he said. “…”: the quotation of the sentence before keeps its reading of "he", when the
  // last cue of that sentence is its own (not "Vladimir Putin said…" after it).
  const previousSentence = earlier[0];
  if (
    prev?.attribution.speaker &&
    previousSentence &&
    prev.span.block === span.block &&
    prev.span.start >= previousSentence.start
  ) {
    // Not a cue of a clause of time or cause ("Hooton said after Rubio spoke.").
    const masked = outsideQuotes(ctx, span.block, 0, text.length);
    // Nor one of a relative clause ("said Gov. Phil Bryant, a former backer of Sen. Ted Cruz, who has since called on …").
    const lastCue = cuesBefore(masked, previousSentence.start, previousSentence.end).find(
      (c) =>
        !/(?:^|\s)(?:after|before|when|while|as|since|until|because|once)\s+$/u.test(
          masked.slice(previousSentence.start, c.subject?.start ?? c.verbAt),
        ) &&
        !/(?:^|[\s,])(?:who|which)\s+(?:\S+\s+){0,3}$/u.test(
          masked.slice(Math.max(previousSentence.start, c.verbAt - 30), c.verbAt),
        ),
    );
    const own =
      !lastCue ||
      lastCue.verbAt < prev.span.start ||
      (lastCue.subject !== null &&
        prev.attribution.mention !== null &&
        lastCue.subject.start < prev.attribution.mention.end &&
        prev.attribution.mention.start < lastCue.subject.end);
    if (own) return { ...prev.attribution, confidence: 'medium' };
  }
  const nearest = previousSentence ? fromSentence(previousSentence) : null;
  if (nearest) return nearest;
  if (prev && prev.span.block === span.block && prev.attribution.speaker)
    return { ...prev.attribution, confidence: 'medium' };
  for (const sentence of earlier.slice(1)) {
    const found = fromSentence(sentence);
    if (found) return found;
  }
  return null;
}

/**
 * A paragraph that opens with a quotation and names no speaker continues the one before:
 * the quotation of the previous paragraph, when that paragraph ended with it, or the
 * speaker its last sentence introduced ("Caddell continued:").
 */
export function carryFromParagraph(span: QuoteSpan, ctx: ArticleContext): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  if ((span.openMark ?? span.start) > 1 || !/^[\s“"«]/u.test(text)) return null;
  const previous = ctx.blocks[span.block - 1];
  if (!previous || previous.role !== 'paragraph') return null;
  if (/:\s*$/u.test(previous.text)) {
    const last = splitSentences(previous.text).at(-1)!;
    const masked = outsideQuotes(ctx, span.block - 1, 0, previous.text.length);
    const cueSentence = { block: span.block - 1, start: last.start, end: last.end };
    for (const cue of cuesBefore(masked, last.start, last.end)) {
      const found = attributionOf(
        cue,
        span.block - 1,
        namedInside(ctx, span),
        previous.text,
        cueSentence,
        ctx,
      );
      if (found?.speaker) return { ...found, confidence: 'medium' };
    }
  }
  const prev = ctx.previous.at(-1);
  if (!prev || prev.span.block !== span.block - 1 || !prev.attribution.speaker) return null;
  return { ...prev.attribution, cue: null, confidence: 'medium', cueSentence: null };
}
