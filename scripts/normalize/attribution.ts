import { fromAttributionLine } from './attribution/attribution-line';
import { carryFromParagraph, carryInParagraph } from './attribution/carry';
import { colonIntro } from './attribution/colon-intro';
import { cueAfterQuote } from './attribution/cue-after';
import { cueBeforeQuote } from './attribution/cue-before';
import { fromContext } from './attribution/from-context';
import { inTheirWords } from './attribution/in-words';
import { outerSource } from './attribution/outer-source';
import { possessorCue } from './attribution/possessor';
import { quotedPredicate } from './attribution/quoted-predicate';
import { NONE } from './attribution/result';
import { previousInSentence, sharedSentence } from './attribution/same-sentence';
import { scareQuote } from './attribution/scare-quote';
import { sentenceFinalCue } from './attribution/sentence-final';
import { shoutedOrJudged } from './attribution/shouted-or-judged';
import { signature } from './attribution/signature';
import { speakerLabel } from './attribution/speaker-label';
import {
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
} from './cast-context';
import { cuesBefore } from './cues/before';
import type { QuoteSpan } from './quotes';
import { splitSentences, wordCount } from './text';

/**
 * Decides who said each quotation, with ordered sieves (CoreNLP's and the Gender Gap
 * Tracker's design): precise rules first, later ones only for quotations still without a
 * speaker.
 *
 * 1. A block quote or tweet takes the attribution line under it.
 * 2. A quotation joined to the previous one of its sentence ("“…” and “…”") shares its speaker.
 * 3. The cue beside the quotation in its sentence, after it (", said X", ", X said") or
 *    before it ("X said:", "X said it was a “…”", "according to X"), nearest first; its
 *    subject is a name, a pronoun or a description (`subjects.ts`). A report of it
 *    (", according to CNN", ", reports USA Today") credits the reporter; a cue closing the
 *    sentence after other words (“…” about the decision, said X.) serves too.
 * 4. A quotation standing as its own sentence takes the latest speaker of its paragraph,
 *    else the cue of an earlier sentence there.
 * 5. A paragraph that opens with a quotation and has no cue continues the quotation of
 *    the paragraph before (a multi-paragraph quotation, "floating" quotes).
 * 6. A quotation of a word or two with no cue takes the subject of its clause, when that
 *    is "he", "she" or a name in a sentence with a word of saying
 *    (`attribution/scare-quote.ts`); words a crowd chants or a judgement ("dismissed it as
 *    “absurd”") take the subject of the verb that gives them, whatever their length
 *    (`attribution/shouted-or-judged.ts`).
 *
 * What no sieve resolves keeps a null speaker, with the text's words in `speakerText`.
 *
 * Each sieve is a module of `attribution/`; this file keeps their order.
 */

export function attributeQuotes(spans: readonly QuoteSpan[], ctx: ArticleContext): Attribution[] {
  const found = spans.map((span) => {
    const one = attributeOne(span, ctx);
    ctx.previous.push({ span, attribution: one });
    return one;
  });
  // “…” and “…,” Howard Dean proclaimed: a quotation joined to the next one of its sentence takes its speaker.
  for (let i = spans.length - 2; i >= 0; i--) {
    if (found[i]!.speaker || !found[i + 1]!.speaker || spans[i]!.block !== spans[i + 1]!.block)
      continue;
    const text = ctx.blocks[spans[i]!.block]!.text;
    const between = text.slice(
      spans[i]!.closeMark === null ? spans[i]!.end : spans[i]!.closeMark! + 1,
      spans[i + 1]!.openMark ?? spans[i + 1]!.start,
    );
    if (/^[\s,;–—-]*(?:and|or)?[\s“”«»"]*$/u.test(between))
      found[i] = { ...found[i + 1]!, confidence: 'medium' };
  }
  return found;
}

const METALINGUISTIC =
  /\b(?:word|words|term|expression|phrase|so-called|titled|entitled|nicknamed|hashtag)\s*$/u;

function attributeOne(span: QuoteSpan, ctx: ArticleContext): Attribution {
  const block = ctx.blocks[span.block]!;
  if (block.role === 'blockquote' || block.role === 'tweet') return fromAttributionLine(span, ctx);
  const text = block.text;
  const open = span.openMark ?? span.start;
  const sentence = sentenceAround(text, open);
  const before = outsideQuotes(ctx, span.block, sentence.start, open);
  const afterOffset = span.closeMark === null ? span.end : span.closeMark + 1;
  const inWords = inTheirWords(span, sentence, before, ctx);
  if (inWords) return inWords;
  if (METALINGUISTIC.test(before.replace(/[\s“”«»"–—,-]+$/u, ''))) return NONE;
  const coordinated = previousInSentence(span, sentence.start, ctx);
  if (coordinated) return coordinated;
  const transcript = speakerLabel(span, ctx);
  if (transcript) return transcript;
  const startsSentence = before.trim() === '' || /[.!?…]$/u.test(before.trim());
  const quoted = text.slice(span.start, span.end).trim();
  // “…peace.” Trump replied: a quotation that ends its sentence with a full stop takes no cue after it.
  const closesSentence =
    (/\.$/u.test(quoted) &&
      span.closeMark !== null &&
      /^\s+\p{Lu}/u.test(text.slice(afterOffset))) ||
    /^\s*[.!?…]\s+\p{Lu}/u.test(text.slice(afterOffset));
  // …unless the sentence after is no more than its cue ("“…missing.” Trump said."), which no quotation follows.
  const next = closesSentence ? splitSentences(text.slice(afterOffset))[0] : undefined;
  const shortCue =
    next !== undefined &&
    /^[^:;“”"«»]+[.!]$/u.test(next.text) &&
    wordCount(next.text) <= 8 &&
    !/\b(?:that|if|whether)\b/u.test(next.text) &&
    !/^\s*[“"«]/u.test(text.slice(afterOffset + next.end));
  const after = () => (closesSentence && !shortCue ? null : cueAfterQuote(span, afterOffset, ctx));
  const inSentence = () => cueBeforeQuote(span, sentence.start, open, ctx);
  // “…,” the Florida senator said: a quotation ending its clause with a comma looks after it first,
  // unless a verb before it introduces it ("Putin told Macron that … “until the end,” said the official").
  const introduced =
    /\b(?:that|if|whether)\b/u.test(before) &&
    cuesBefore(outsideQuotes(ctx, span.block, 0, text.length), sentence.start, open).some((c) =>
      /\b(?:that|if|whether)\b/u.test(text.slice(c.verbAt, open)),
    );
  // “Why now?” Mills then writes back, “…”: after a question or an exclamation, a cue that leads into the next quotation
  // is that one's; a cue before the quotation in its sentence ("Clinton responds to Mills with, “…”") comes first.
  const leadsOn =
    /[?!]$/u.test(quoted) &&
    /^\s+\p{Lu}[^.!?;“”"«»]{0,80}?[,:]\s*[“"«]/u.test(text.slice(afterOffset));
  const attempts =
    startsSentence || (/[,?!]$/u.test(quoted) && !introduced && !leadsOn)
      ? [after, inSentence]
      : [inSentence, after];
  // A cue whose subject cannot be resolved keeps its words, but later sieves may still find the speaker.
  let unresolved: Attribution | null = null;
  for (const attempt of attempts) {
    const found = attempt();
    if (found?.speaker) return outerSource(span, afterOffset, found, ctx);
    unresolved ??= found;
  }
  const final = closesSentence
    ? null
    : sentenceFinalCue(
        span,
        afterOffset,
        sentenceAround(text, Math.max(open, afterOffset - 1)).end,
        ctx,
      );
  if (final?.speaker) return final;
  const predicate = quotedPredicate(span, sentence.start, open, ctx);
  if (predicate) return predicate;
  const signed = signature(span, afterOffset, ctx);
  if (signed) return signed;
  const sameSentence = sharedSentence(span, sentence.start, ctx);
  if (sameSentence) return sameSentence;
  const byColon = /:\s*$/u.test(before) ? colonIntro(span, sentence.start, open, ctx) : null;
  if (byColon) return byColon;
  const byPossessor = possessorCue(span, sentence.start, open, ctx);
  if (byPossessor) return byPossessor;
  const given = shoutedOrJudged(span, sentence.start, open, ctx);
  if (given) return given;
  // A word or two inside the writer's sentence ("dismissed the kerfuffle as “absurd.”") is no continuation of a quotation.
  const phrase =
    wordCount(text.slice(span.start, span.end)) >= 3 ||
    (span.kind !== 'fragment' && startsSentence);
  if (phrase) {
    const carried =
      carryInParagraph(span, sentence.start, ctx) ??
      (startsSentence ? carryFromParagraph(span, ctx) : null);
    if (carried) return carried;
  }
  const last = ctx.previous.at(-1)?.attribution;
  if (last?.speaker && /:\s*$/u.test(before))
    return { ...last, cue: null, confidence: 'medium', cueSentence: null };
  if (wordCount(text.slice(span.start, span.end)) >= 3 && !unresolved?.speakerText) {
    const context = fromContext(span, sentence.start, ctx);
    if (context) return context;
  }
  const scare =
    wordCount(text.slice(span.start, span.end)) < 3 && !unresolved?.speaker
      ? scareQuote(span, sentence, open, afterOffset, ctx)
      : null;
  if (scare) return scare;
  return unresolved ?? NONE;
}
