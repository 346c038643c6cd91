import type { ActorIndex } from './actors';
import { findMentions } from './actors';
import type { Attribution } from './attribution';
import type { QuoteSpan } from './quotes';
import type { Block } from './segment';
import { splitSentences } from './text';

/**
 * Reported speech without quote marks: "Haddad said Macron also spoke to Putin…". A
 * claim is made of the clause after the verb when a named actor stands right before a
 * verb of saying, and the clause holds no quotation (that one is already a claim of its own).
 */
const INDIRECT = /^\s*(?:also\s+|only\s+|then\s+)?(said|says|told (?:\p{Lu}\p{L}+|him|her|them|reporters)|claimed|insisted|believes|warned|explained|acknowledged|admitted|assured|estimated|denied)\s+(?:that\s+)?/u;

export interface IndirectClaim {
  span: QuoteSpan;
  attribution: Attribution;
}

export function findIndirect(blocks: readonly Block[], spans: readonly QuoteSpan[], index: ActorIndex): IndirectClaim[] {
  const claims: IndirectClaim[] = [];
  blocks.forEach((block, b) => {
    if (block.role !== 'paragraph') return;
    const quoted = spans.filter((s) => s.block === b);
    for (const mention of findMentions(block.text, index)) {
      if (quoted.some((s) => mention.start >= s.start && mention.start < s.end)) continue;
      const verb = INDIRECT.exec(block.text.slice(mention.end));
      if (!verb) continue;
      const start = mention.end + verb[0].length;
      const sentence = splitSentences(block.text).find((s) => start >= s.start && start < s.end);
      if (!sentence) continue;
      const end = sentence.end - (/[.!?]$/u.test(sentence.text) ? 1 : 0);
      const markInside = /[“”«»"]/u.test(block.text.slice(start, end));
      if (markInside || quoted.some((s) => s.start < end && start < s.end) || end - start < 12) continue;
      claims.push({
        span: { block: b, start, end, openMark: null, closeMark: null, kind: 'indirect', inferred: null },
        attribution: {
          speaker: mention.actor,
          speakerText: mention.text,
          cue: block.text.slice(mention.start, start).trim(),
          confidence: 'medium',
          cueSentence: { block: b, start: sentence.start, end: sentence.end },
        },
      });
    }
  });
  return claims;
}
