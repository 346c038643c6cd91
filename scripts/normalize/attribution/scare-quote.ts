import lexicon from 'wink-lexicon/src/lexicon.js';
import {
  entityOf,
  namedInside,
  outsideQuotes,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import type { QuoteSpan } from '../quotes';
import { clauseSubject } from './clause-subject';
import { fromSubject } from './result';
import { sayingWords } from './saying-words';

/**
 * Sieve 6: a quotation of a word or two with no cue takes the subject of its clause.
 * Used by `../attribution.ts`.
 */

/**
 * "Trump summed up Clinton as “terrible”", "he was back to boasting about “winning”": a
 * quotation of one or two words that no cue gives a speaker is the word of the subject of
 * its clause, when that subject is "he" or "she", or a name (of someone the text shows as a
 * person, or an organisation) in a sentence with a word of saying. Not one that qualifies
 * the noun after it ("a “unity” lunch", "the “Three Amigos” summit"): that is a name for a
 * thing, a term.
 */
export function scareQuote(
  span: QuoteSpan,
  sentence: { start: number; end: number },
  open: number,
  afterOffset: number,
  ctx: ArticleContext,
): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const nextWord = /^[\s”"’]*([\p{Ll}-]+)/u.exec(text.slice(afterOffset, afterOffset + 30))?.[1];
  if (nextWord !== undefined && /^NN/u.test(lexicon[nextWord]?.[0] ?? '')) return null;
  const subject = clauseSubject(span.block, sentence.start, open, ctx, namedInside(ctx, span));
  // Not "it" or "they", which stand for a thing or a crowd as often as for a speaker.
  if (
    !subject ||
    subject.form === 'description' ||
    (subject.form === 'pronoun' && !/^(?:he|she)$/iu.test(subject.who.speakerText))
  )
    return null;
  // A name needs a word of saying in the sentence ("dismissed the kerfuffle as “absurd”", "called Trump “…”"): without
  // one, the writer's own scare quotes ("Sanders deployed staff to the “Super Tuesday” states") are as common.
  if (
    subject.form === 'name' &&
    sayingWords(outsideQuotes(ctx, span.block, sentence.start, open)).length === 0
  )
    return null;
  const entity = entityOf(ctx, subject.who.speaker);
  if (entity && entity.kind === 'person' && !entity.attested) return null;
  return {
    ...fromSubject(subject, text, { block: span.block, start: sentence.start, end: sentence.end }),
    confidence: 'low',
    note: 'no cue names the speaker: read from the subject of the clause',
  };
}
