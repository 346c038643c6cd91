import {
  entityOf,
  mentionsBetween,
  namedInside,
  outsideQuotes,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { cuesBefore } from '../cues/before';
import { resolvePronoun } from '../pronouns/resolve';
import type { QuoteSpan } from '../quotes';
import { resolveSubject } from '../subjects';
import { fromSubject } from './result';

/**
 * The possessor of a noun of saying ("Trump’s accusation that …", "her remark that “…”")
 * speaks the quotation it introduces. Used by `../attribution.ts`.
 */

const SPEECH_NOUNS =
  'statement|remarks?|comments?|claims?|assertion|accusation|conclusion|warning|response|reply|promise|vow|pledge|catch ?phrase|slogan|line|words|description|argument|contention|insistence|prediction|admission|boast|threat|quip|message|tweet|speech|answer|criticism|charge|suggestion|call|complaint|demand|mantra|refrain|rallying cry|retort|verdict|assessment|characterization|dismissal|denial';

const POSSESSED = new RegExp(
  `(?:^|\\s)(\\S+?['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${SPEECH_NOUNS})\\b`,
  'gu',
);

/**
 * "Donald Trump’s accusation that Clinton is playing the “woman's card”", "her remark that
 * “…”": the possessor of a noun of saying is the speaker of the quotation it introduces.
 */
export function possessorCue(
  span: QuoteSpan,
  from: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, from, open);
  const match = [...masked.matchAll(POSSESSED)].at(-1);
  if (
    !match ||
    cuesBefore(masked, match.index + match[0].length, masked.length).some((c) => !c.participle)
  )
    return null;
  const owner = match[1]!;
  const at = from + match.index + match[0].indexOf(owner);
  const cueSentence = { block: b, start: from, end: open };
  const cue = text.slice(at, from + match.index + match[0].length);
  if (/^(?:his|her|their|its)$/iu.test(owner)) {
    const pronoun = { his: 'he', her: 'she', their: 'they', its: 'it' }[
      owner.toLowerCase() as 'his' | 'her' | 'their' | 'its'
    ];
    const found = resolvePronoun(pronoun, b, at, ctx, namedInside(ctx, span));
    return found
      ? {
          speaker: found.entity.id,
          speakerText: owner,
          cue,
          confidence: 'low',
          cueSentence,
          mention: { block: b, start: at, end: at + owner.length },
        }
      : null;
  }
  // The owner is the last word of the name it ends ("Donald Trump’s accusation").
  const m = mentionsBetween(ctx, b, from, at + owner.length).find(
    (x) => x.possessive && x.end > at,
  );
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (m && entity)
    return {
      speaker: entity.id,
      speakerText: m.text,
      cue: text.slice(m.outerStart, from + match.index + match[0].length),
      confidence: 'medium',
      cueSentence,
      mention: { block: b, start: m.outerStart, end: m.end },
    };
  // "The Florida senator’s answer was that “…”": a described possessor is the one it describes.
  const described = /(?:^|\s)((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{L}-]+\s+){0,3})$/u.exec(
    masked.slice(0, match.index + match[0].indexOf(owner)),
  );
  const head = described
    ? resolveSubject(
        b,
        from + described.index + described[0].length - described[1]!.length,
        at + owner.replace(/['’]s?$/u, '').length,
        ctx,
        namedInside(ctx, span),
      )
    : null;
  return head
    ? {
        ...fromSubject(head, text, cueSentence),
        cue: text.slice(from + described!.index, from + match.index + match[0].length).trim(),
        confidence: 'low',
      }
    : null;
}
