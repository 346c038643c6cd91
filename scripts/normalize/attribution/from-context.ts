import {
  entityOf,
  mentionsBetween,
  namedInside,
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { resolvePronoun } from '../pronouns/resolve';
import { followedByVerb, isSubjectPosition } from '../pronouns/verbs';
import type { QuoteSpan } from '../quotes';
import type { Subject } from '../subjects';
import { splitSentences } from '../text';
import { clauseSubject } from './clause-subject';
import { fromSubject } from './result';
import { sayingWords } from './saying-words';

/**
 * The last resort for a quotation no cue attributes: whom its clause, the sentence before
 * or the quotation before is about (low confidence). Used by `../attribution.ts`.
 */

/**
 * The last resort for a quotation no cue attributes (GGT's "heuristic quotes"): the subject
 * of the quotation's own clause ("He also seeks “…”"), else the person the sentence before
 * it is about (its subject, if a person or organisation), else the speaker of the latest
 * quotation within this paragraph and the one before. Confidence low: the data says the
 * speaker was read from the context, not from a cue.
 */
export function fromContext(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  // "He also seeks “a permanent injunction…”": the subject of the quotation's own clause, when a name or a pronoun;
  // not when a verb of saying follows in the sentence ("Clinton “drew well …” in 2008, said Paul Beck").
  const open = span.openMark ?? span.start;
  const afterQuote = outsideQuotes(
    ctx,
    b,
    span.closeMark === null ? span.end : span.closeMark + 1,
    sentenceAround(text, open).end,
  );
  const saidLater = sayingWords(afterQuote).length > 0;
  const own =
    open > sentenceStart && span.kind === 'direct' && !saidLater
      ? clauseSubject(b, sentenceStart, open, ctx, namedInside(ctx, span))
      : null;
  if (own && own.form !== 'description') {
    const entity = entityOf(ctx, own.who.speaker);
    if (entity && entity.kind !== 'group')
      return {
        ...fromSubject(own, text, { block: b, start: sentenceStart, end: open }),
        cue: null,
        confidence: 'low',
        note: 'no cue names the speaker: read from the subject of its sentence',
      };
  }
  // A speaker read from the context is not passed on: only one a cue named.
  const prev = ctx.previous.findLast((p) => p.attribution.speaker);
  if (
    prev &&
    prev.span.block >= b - 1 &&
    !prev.attribution.note?.startsWith('no cue names the speaker')
  )
    return {
      ...prev.attribution,
      cue: null,
      confidence: 'low',
      cueSentence: null,
      note: 'no cue names the speaker: taken to be the speaker of the quotation before',
    };
  // "Viguerie is upbeat about Cruz’s chances. “Not only can Ted Cruz win …”": a quotation standing as its own sentence,
  // after a sentence of its paragraph about someone, is theirs: the first person or organisation that sentence has as a subject.
  // The sentence before may close the paragraph before, when the quotation opens its own.
  if (span.kind !== 'direct' || outsideQuotes(ctx, b, sentenceStart, open).trim() !== '')
    return null;
  const inBlock = splitSentences(text.slice(0, sentenceStart)).at(-1);
  const previousBlock = ctx.blocks[b - 1];
  const at = inBlock ? b : sentenceStart === 0 && previousBlock?.role === 'paragraph' ? b - 1 : -1;
  const before = inBlock ?? (at >= 0 ? splitSentences(previousBlock!.text).at(-1) : undefined);
  if (!before) return null;
  const subject = aboutWhom(at, before, namedInside(ctx, span), ctx);
  return subject
    ? {
        ...fromSubject(subject, ctx.blocks[at]!.text, {
          block: at,
          start: before.start,
          end: before.end,
        }),
        cue: null,
        confidence: 'low',
        note: 'no cue names the speaker: read from the subject of the sentence before',
      }
    : null;
}

/** The first subject of a sentence, a name or "he" or "she" opening it, when a person or an organisation. */
function aboutWhom(
  b: number,
  sentence: { start: number; end: number },
  exclude: ReadonlySet<string>,
  ctx: ArticleContext,
): Subject | null {
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, sentence.start, sentence.end);
  const opening = /^\s*(He|She)(?=\s)/u.exec(masked);
  if (opening && followedByVerb(text, sentence.start + opening[0].length)) {
    const at = sentence.start + opening[0].length - opening[1]!.length;
    const found = resolvePronoun(opening[1]!, b, at, ctx, exclude);
    return found
      ? {
          who: {
            speaker: found.entity.id,
            speakerText: opening[1]!,
            confidence: 'low',
            mention: { block: b, start: at, end: at + opening[1]!.length },
          },
          form: 'pronoun',
        }
      : null;
  }
  const m = mentionsBetween(ctx, b, sentence.start, sentence.end).find(
    (x) => !x.modifier && !x.possessive && isSubjectPosition(text, x),
  );
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (
    !m ||
    !entity ||
    entity.kind === 'group' ||
    exclude.has(entity.id) ||
    (entity.kind === 'person' && !entity.attested)
  )
    return null;
  return {
    who: {
      speaker: entity.id,
      speakerText: m.text,
      confidence: 'low',
      mention: { block: b, start: m.outerStart, end: m.end },
    },
    form: 'name',
  };
}
