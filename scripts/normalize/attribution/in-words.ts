import {
  entityOf,
  mentionsBetween,
  namedInside,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { resolvePronoun } from '../pronouns/resolve';
import type { QuoteSpan } from '../quotes';

/**
 * The phrase before a quotation that says whose words it is ("in her own words, “…”"). Used
 * by `../attribution.ts` before any cue.
 */

/** "in Forbes’ words, “…”", "in her words, “…”": the possessor of the words says them. */
export function inTheirWords(
  span: QuoteSpan,
  sentence: { start: number; end: number },
  before: string,
  ctx: ArticleContext,
): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const inWords = /(?:^|\s)[Ii]n\s+(\S+?['’]s?|his|her|their|its)\s+(?:own\s+)?words[\s,:]*$/u.exec(
    before,
  );
  if (!inWords) return null;
  const owner = inWords[1]!;
  const at =
    sentence.start + inWords.index + inWords[0].indexOf(owner, inWords[0].search(/[Ii]n/u) + 2);
  const pronoun = { his: 'he', her: 'she', their: 'they', its: 'it' }[owner.toLowerCase() as 'his'];
  const cueSentence = { block: span.block, start: sentence.start, end: sentence.end };
  const cue = text.slice(at - 3, at + owner.length + 6).trim();
  if (pronoun) {
    const found = resolvePronoun(pronoun, span.block, at, ctx, namedInside(ctx, span));
    if (found)
      return {
        speaker: found.entity.id,
        speakerText: owner,
        cue,
        confidence: 'medium',
        cueSentence,
        mention: { block: span.block, start: at, end: at + owner.length },
      };
  } else {
    const m = mentionsBetween(ctx, span.block, at, at + owner.length).find((x) => !x.modifier);
    const entity = m ? entityOf(ctx, m.entity) : undefined;
    if (m && entity)
      return {
        speaker: entity.id,
        speakerText: m.text,
        cue,
        confidence: 'medium',
        cueSentence,
        mention: { block: span.block, start: m.outerStart, end: m.end },
      };
  }
  return null;
}
