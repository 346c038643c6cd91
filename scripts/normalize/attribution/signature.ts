import { entityOf, mentionsBetween, type ArticleContext, type Attribution } from '../cast-context';
import type { QuoteSpan } from '../quotes';

/**
 * A signature after a quotation ("“…” - Bernie Sanders."), or on the line below it. Used by
 * `../attribution.ts`.
 */

const SIGNATURE =
  /^["”»\s]*[-–—―]+\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})(?=[.,]|\s*$|\s*\n|\s*[“"«])/u;

/**
 * "“…” - Bernie Sanders.", "“…” -Michelle Marks, Philadelphia.", "“…” ― Sonya Herridge" before the
 * next signed quotation: a signature after the closing mark, or on the next line.
 */
export function signature(
  span: QuoteSpan,
  afterOffset: number,
  ctx: ArticleContext,
): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const here = SIGNATURE.exec(text.slice(afterOffset, afterOffset + 80));
  const nextBlock = ctx.blocks[span.block + 1];
  const below =
    !here && /^["”»\s]*$/u.test(text.slice(afterOffset)) && nextBlock
      ? SIGNATURE.exec(nextBlock.text)
      : null;
  const found = here ?? below;
  if (!found) return null;
  const b = here ? span.block : span.block + 1;
  const from = here ? afterOffset : 0;
  const at = from + found[0].indexOf(found[1]!);
  const m = mentionsBetween(ctx, b, at, at + found[1]!.trimEnd().length).find((x) => !x.modifier);
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (!m || !entity) return null;
  return {
    speaker: entity.id,
    speakerText: m.text,
    cue: ctx.blocks[b]!.text.slice(from, at + found[1]!.length).trim(),
    confidence: 'medium',
    cueSentence: null,
    mention: { block: b, start: m.outerStart, end: m.end },
  };
}
