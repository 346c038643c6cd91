import {
  namedInside,
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import { cuesBefore } from '../cues/before';
import type { QuoteSpan } from '../quotes';
import { attributionOf } from './cue-speaker';

/**
 * Sieve 3, before the quotation: the verb of saying earlier in its sentence ("X said:",
 * "according to X"), nearest first, credited to an outer source when another verb of saying
 * reports its clause. Used by `../attribution.ts`, `cue-after.ts` and `carry.ts`.
 */

/** A reporting verb earlier in the sentence, nearest the quotation first, whose subject resolves. */
export function cueBeforeQuote(
  span: QuoteSpan,
  sentenceStart: number,
  quoteStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, 0, text.length);
  const sentence = sentenceAround(text, quoteStart);
  const cueSentence = { block: b, start: sentence.start, end: sentence.end };
  let unresolved: Attribution | null = null;
  const cues = cuesBefore(masked, sentenceStart, quoteStart);
  for (const [i, cue] of cues.entries()) {
    const found = attributionOf(cue, b, namedInside(ctx, span), text, cueSentence, ctx);
    if (found?.speaker) {
      // "Rep. Steve Israel said Clinton called on members to be “…”": a cue whose clause is what an earlier verb of saying
      // reports is nested in it; the quotation is credited to the outer source (PolNeAR's convention), read where the outer
      // cue names it even when both name one person ("The president told Inskeep that he believes he “…”").
      const inner = cue.subject;
      const outer =
        inner && inner.start < cue.verbAt
          ? cues
              .slice(i + 1)
              .find(
                (o) =>
                  !o.participle &&
                  o.subject !== null &&
                  ((o.subject.end <= o.verbAt &&
                    OUTER_VERBS.test(o.verb) &&
                    reports(o.verb, masked.slice(o.verbAt + o.verb.length, inner.start))) ||
                    (/^according to$/iu.test(o.verb) &&
                      o.subject.end <= inner.start &&
                      /^\s*,\s*$/u.test(masked.slice(o.subject.end, inner.start)))),
              )
          : undefined;
      const reported = outer
        ? attributionOf(outer, b, namedInside(ctx, span), text, cueSentence, ctx)
        : null;
      return reported?.speaker ? reported : found;
    }
    unresolved ??= found;
  }
  return unresolved;
}

const OUTER_VERBS =
  /^(?:said|says|told|tells|wrote|writes|reported|reports|added|noted|explained|recalled|claimed|testified)$/u;

/** What may stand between a verb of saying and the subject of the clause it reports: "said Monday that", "said that", "said he expected that". */
const REPORTED =
  /^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+|\p{Ll}+ly\s+|that\s+|(?:he|she|they|it|we)\s+(?:expected|believed|thought|hoped|feared|predicted|expects|believes|thinks|hopes|fears|predicts)\s+(?:that\s+)?)*$/u;

/** "told NPR correspondent Steve Inskeep that": after "told", whom it was told to may come before the clause reported. */
const reports = (verb: string, between: string) =>
  REPORTED.test(between) ||
  (/^(?:told|tells)$/u.test(verb) && /^\s+[^,;:.!?“”"]{1,60}?\s+that\s+$/u.test(between));
