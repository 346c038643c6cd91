import { createHash } from 'node:crypto';
import type { Claim, Event } from '../../src/schemas';
import type { ClaimDraft } from './drafts';
import type { Said } from './said';
import type { segment } from './segment';

/**
 * The claims of an article from its drafts: each with its id (a hash of the article and the
 * words, counted when they recur), its date and occasion, and a reviewed correction's
 * speaker, date and note. Used by `normalize-article.ts`.
 */

export function buildClaims(
  drafts: readonly ClaimDraft[],
  blocks: ReturnType<typeof segment>['blocks'],
  slug: string,
  saidOf: readonly Said[],
  events: readonly Event[],
): Claim[] {
  const seen = new Map<string, number>();
  return drafts.map(({ span, attribution, reviewed }, i) => {
    const quote = blocks[span.block]!.text.slice(span.start, span.end);
    const key = `${slug}\n${quote}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    // Terms are no statements: nobody said them on an occasion. A reviewed date keeps the occasion found only when it agrees.
    const auto = span.kind === 'term' ? { date: null, evidence: null, occasion: null } : saidOf[i]!;
    const said =
      reviewed?.said !== undefined
        ? {
            date: reviewed.said,
            evidence: reviewed.said ? 'reviewed' : null,
            occasion: reviewed.said !== null && reviewed.said === auto.date ? auto.occasion : null,
          }
        : auto;
    const occasion = said.occasion
      ? {
          kind: said.occasion.kind,
          event:
            events.find(
              (e) => e.paragraph === said.occasion!.paragraph && e.phrase === said.occasion!.phrase,
            )?.id ?? null,
        }
      : null;
    return {
      id: createHash('sha256').update(`${key}\n${n}`).digest('hex').slice(0, 10),
      speaker: attribution.speaker,
      speaker_text: attribution.speakerText,
      quote,
      kind: span.kind,
      said: said.date,
      said_evidence: said.evidence,
      occasion,
      paragraph: span.block + 1,
      cue: attribution.cue,
      attribution: reviewed ? 'reviewed' : 'auto',
      confidence: reviewed ? 'high' : attribution.confidence,
      note: reviewed?.note ?? span.inferred ?? attribution.note ?? null,
    };
  });
}
