import lexicon from 'wink-lexicon/src/lexicon.js';
import { namedInside, outsideQuotes, type ArticleContext, type Attribution } from '../cast-context';
import { isVerbLike } from '../pronouns/verbs';
import type { QuoteSpan } from '../quotes';
import { resolveSubject } from '../subjects';
import { wordCount } from '../text';
import { fromSubject } from './result';

/**
 * A quotation that opens with a finite verb ("Trump “has never apologized”") is the words
 * of its clause's subject. Used by `../attribution.ts`.
 */

/** Is the word a finite verb by its usual tag in the English lexicon ("called", "has", "would", not "calls" as a noun)? */
function finiteVerb(word: string): boolean {
  const tags = lexicon[word] ?? [];
  return /^(?:VBD|VBZ|MD)$/u.test(tags[0] ?? '') || (tags[0] === 'VBN' && tags.includes('VBD'));
}

/**
 * "the French president “called for the withdrawal…”", "Trump “has never apologized”": a
 * quotation that opens with a finite verb right after the subject of its clause is that
 * subject's own words, whether a name, a pronoun or a description.
 */
export function quotedPredicate(
  span: QuoteSpan,
  sentenceStart: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const first = /^\s*(\p{Ll}[\p{Ll}’'-]*)/u.exec(text.slice(span.start, span.start + 40))?.[1];
  if (!first || !finiteVerb(first) || wordCount(text.slice(span.start, span.end)) < 3) return null;
  const before = outsideQuotes(ctx, b, sentenceStart, open);
  // The words since the clause began, as long as none is a verb: "During the exchange, the French president".
  const clause =
    /(?:^|[,;:]\s+|\s(?:and|but|while|as)\s+)((?:[\p{L}\p{N}.’'-]+\s+){0,7}?[\p{L}\p{N}.’'-]+)\s*$/u.exec(
      before,
    );
  if (!clause) return null;
  const words = clause[1]!.split(/\s+/u);
  if (words.some((w) => /^\p{Ll}/u.test(w) && (isVerbLike(w) || finiteVerb(w)))) return null;
  const start = sentenceStart + clause.index + clause[0].indexOf(clause[1]!);
  const subject = resolveSubject(b, start, start + clause[1]!.length, ctx, namedInside(ctx, span));
  if (!subject) return null;
  return {
    ...fromSubject(subject, text, { block: b, start: sentenceStart, end: open }),
    confidence: 'medium',
    note: 'no verb of saying: the quotation is the predicate of its subject',
  };
}
