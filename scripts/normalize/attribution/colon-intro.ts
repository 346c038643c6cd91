import {
  entityOf,
  mentionsBetween,
  namedInside,
  outsideQuotes,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { isSubjectPosition, isVerbLike } from '../pronouns/verbs';
import type { QuoteSpan } from '../quotes';
import { resolveSubject } from '../subjects';
import { fromSubject } from './result';

/**
 * A quotation a colon introduces, without a verb of saying ("Shaw is not surprised: “…”"):
 * the name that ends the clause, else its subject. Used by `../attribution.ts`.
 */

/** "a blunt message to Trump:", "later that month on CNN:": a name a preposition governs is whom or where it was said. */
const TO_WHOM = /(?:^|\s)(?:to|with|at|on|in|against|toward|towards)\s+(?:[^\s,;:]+\s+){0,3}$/u;

/**
 * "Republican pollster Daron Shaw is not surprised: “…”", "A footnote in the report makes
 * that clear: “…”": a quotation a colon introduces, with no verb of saying, belongs to the
 * name that ends the clause before the colon, else to the clause's subject.
 */
export function colonIntro(
  span: QuoteSpan,
  from: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const colon = text.lastIndexOf(':', open);
  if (colon < from) return null;
  const clauseStart = Math.max(from, text.lastIndexOf(';', colon) + 1);
  const mentions = mentionsBetween(ctx, b, clauseStart, colon).filter(
    (m) => !m.modifier && !m.possessive,
  );
  // "McConnell delivered a blunt message to Trump:": a name governed by a preposition is not who said it.
  const ending = mentions.find(
    (m) =>
      /^[\s,)]*$/u.test(text.slice(m.end, colon)) &&
      !/\b(?:quotes?|quoted|cites?|cited|reads?|reading)\s+(?:\S+\s+){0,4}$/u.test(
        text.slice(clauseStart, m.outerStart),
      ) &&
      !TO_WHOM.test(text.slice(clauseStart, m.outerStart)),
  );
  // "Here’s Clinton in December 1992:": the one a presentative introduces speaks.
  const here = /^\s*Here(?:['’]s|\s+is|\s+was)\s/u.test(text.slice(clauseStart, colon))
    ? mentions[0]
    : undefined;
  const subject = ending ?? mentions.find((m) => isSubjectPosition(text, m)) ?? here;
  const cueSentence = { block: b, start: from, end: colon + 1 };
  if (subject) {
    const entity = entityOf(ctx, subject.entity);
    if (entity)
      return {
        speaker: entity.id,
        speakerText: subject.text,
        cue: text.slice(clauseStart, colon + 1).trim(),
        confidence: 'medium',
        cueSentence,
        mention: { block: b, start: subject.outerStart, end: subject.end },
      };
  }
  // "The Clinton campaign, in a Q&A on the controversy, worded it carefully: “…”": a phrase set off by commas stands outside the count.
  const clause = outsideQuotes(ctx, b, clauseStart, colon).replace(/,[^,;]{1,80},/gu, (m) =>
    ' '.repeat(m.length),
  );
  const words = [...clause.matchAll(/[\p{L}’'.-]+/gu)].slice(0, 7);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w[0]) && isVerbLike(w[0]));
  if (verb <= 0) return null;
  const found = resolveSubject(
    b,
    clauseStart + words[0]!.index,
    clauseStart + words[verb - 1]!.index + words[verb - 1]![0].length,
    ctx,
    namedInside(ctx, span),
  );
  return found
    ? {
        ...fromSubject(found, text, cueSentence),
        cue: text.slice(clauseStart, colon + 1).trim(),
        confidence: 'low',
      }
    : null;
}
