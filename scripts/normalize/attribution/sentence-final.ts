import {
  namedInside,
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { cueAfter } from '../cues/after';
import { cuesBefore } from '../cues/before';
import type { QuoteSpan } from '../quotes';
import { attributionOf } from './cue-speaker';

/**
 * A cue closing the sentence after other words (“…” about the decision, said X.). Used by
 * `../attribution.ts` when no cue stands beside the quotation.
 */

/**
 * "Many world leaders became more “conversant” about climate change, Ban said.": a cue that
 * closes the sentence after a comma, with words between it and the quotation, is the cue of
 * the quotations of that sentence that have none of their own.
 */
export function sentenceFinalCue(
  span: QuoteSpan,
  afterOffset: number,
  sentenceEnd: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, 0, text.length);
  const tail = masked.slice(afterOffset, sentenceEnd);
  const commas = [...tail.matchAll(/,/gu)]
    .map((m) => afterOffset + m.index)
    .reverse()
    .slice(0, 4);
  for (const at of commas) {
    if (at === afterOffset || /^[\s,]*$/u.test(masked.slice(afterOffset, at))) continue;
    const cue = cueAfter(masked, at, sentenceEnd);
    if (!cue?.subject) continue;
    // ", said when Boyle asked him": an inverted subject is a capitalised name or a determined phrase.
    if (
      cue.subject.start > cue.verbAt &&
      !/^(?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)/u.test(
        masked.slice(cue.subject.start, cue.subject.end),
      )
    )
      continue;
    const restFrom =
      cue.subject.start < cue.verbAt ? cue.verbAt + cue.verb.length : cue.subject.end;
    const rest = masked.slice(restFrom, sentenceEnd);
    // What follows the cue is short ("on Monday"), or an apposition of an inverted subject ("said DeMoro, director of …, a union that …").
    const inverted = cue.subject.start > cue.verbAt && /^,[^;:]*$/u.test(rest);
    const short =
      /^(?:[^,;:]{0,50}|,[^,;:]{1,80},?[^,;:]{0,30})[.!?]?\s*$/u.test(rest) &&
      !/\b(?:that|if|whether|to|and|but)\b/u.test(rest.slice(0, 60).replace(/^,[^,]*,/u, ''));
    if (!inverted && !short) continue;
    if (cuesBefore(masked, afterOffset, at).some((c) => !c.participle)) return null;
    const cueSentence = { block: b, start: sentenceAround(text, at).start, end: sentenceEnd };
    const found = attributionOf(cue, b, namedInside(ctx, span), text, cueSentence, ctx);
    return found?.speaker ? { ...found, confidence: 'medium' } : null;
  }
  return null;
}
