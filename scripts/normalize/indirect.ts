import { entityOf, insideQuote, type ArticleContext, type Attribution } from './cast-context';
import { isSubjectPosition } from './pronouns/verbs';
import type { QuoteSpan } from './quotes';
import { resolveSubject } from './subjects';
import { splitSentences } from './text';

/**
 * Reported speech without quote marks: "Haddad said Macron also spoke to Putin…". A claim
 * is made of the clause after the verb when a speaker of the cast (a name, or a pronoun
 * it resolves) stands right before a verb of saying, and the clause holds no quotation
 * (that one is already a claim of its own).
 */
const INDIRECT =
  /^\s*(?:also\s+|only\s+|then\s+|later\s+|previously\s+|has\s+|had\s+)?(said|says|told (?:\p{Lu}\p{L}+|him|her|them|reporters|supporters|the \p{L}+)|claimed|claims|insisted|insists|believes|warned|warns|explained|acknowledged|admitted|assured|estimated|denied|argued|argues|noted|suggested|predicted|announced|wrote|stated|confirmed|contended|maintained|promised|vowed|thinks|thought|believed|has said|had said)\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?/u;
const PRONOUN_SUBJECT = /(?:^|[.;:]\s+|,\s+(?:and|but)\s+|\s(?:and|but)\s+)(He|She|he|she)(?=\s)/gu;

export interface IndirectClaim {
  span: QuoteSpan;
  attribution: Attribution;
}

export function findIndirect(ctx: ArticleContext): IndirectClaim[] {
  const claims: IndirectClaim[] = [];
  ctx.blocks.forEach((block, b) => {
    if (block.role !== 'paragraph') return;
    const quoted = ctx.spans.filter((s) => s.block === b);
    const subjects = [
      ...(ctx.cast.mentions[b] ?? [])
        .filter((m) => !m.modifier && !m.possessive && isSubjectPosition(block.text, m))
        .map((m) => ({ start: m.outerStart, end: m.end })),
      ...[...block.text.matchAll(PRONOUN_SUBJECT)].map((m) => ({
        start: m.index + m[0].length - m[1]!.length,
        end: m.index + m[0].length,
      })),
    ].sort((x, y) => x.start - y.start);
    for (const at of subjects) {
      if (insideQuote(ctx, b, at.start)) continue;
      const verb = INDIRECT.exec(block.text.slice(at.end));
      if (!verb) continue;
      const start = at.end + verb[0].length;
      // "Pence said in an interview…": what follows is the circumstance, not the words.
      if (
        /^(?:in|on|at|during|after|before|about|of|to|with|from|for|by|as|when|while|later|again)\b/iu.test(
          block.text.slice(start),
        )
      )
        continue;
      const sentence = splitSentences(block.text).find((s) => start >= s.start && start < s.end);
      if (!sentence) continue;
      const end = sentence.end - (/[.!?]$/u.test(sentence.text) ? 1 : 0);
      const markInside = /[“”«»"]/u.test(block.text.slice(start, end));
      if (
        markInside ||
        quoted.some((s) => s.start < end && start < s.end) ||
        end - start < 12 ||
        claims.some((c) => c.span.block === b && c.span.start < end && start < c.span.end)
      )
        continue;
      const subject = resolveSubject(b, at.start, at.end, ctx);
      if (!subject || !entityOf(ctx, subject.who.speaker)) continue;
      claims.push({
        span: {
          block: b,
          start,
          end,
          openMark: null,
          closeMark: null,
          kind: 'indirect',
          inferred: null,
        },
        attribution: {
          speaker: subject.who.speaker,
          speakerText: subject.who.speakerText,
          cue: block.text.slice(at.start, start).trim(),
          confidence: 'medium',
          cueSentence: { block: b, start: sentence.start, end: sentence.end },
          mention: subject.who.mention,
        },
      });
    }
  });
  return claims;
}
