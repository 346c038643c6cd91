import type { Claim, Notice } from '../../src/schemas';
import type { ClaimDraft } from './drafts';
import type { segment } from './segment';

/**
 * The notices an article's claims and blocks raise for a reader to check: inferred quotation
 * bounds or a guessed speaker, an attribution line without its quotation, a speaker the text
 * does not name. Used by `normalize-article.ts`.
 */

/** Quotations whose boundaries the extractor inferred and no reviewer has checked. */
export function inferredNotices(drafts: readonly ClaimDraft[], claims: readonly Claim[]): Notice[] {
  return claims.flatMap((c, i) => {
    const draft = drafts[i]!;
    if (c.attribution !== 'auto' || c.note === null) return [];
    const kind = draft.span.inferred
      ? ('unbalanced-quote-mark' as const)
      : ('guessed-speaker' as const);
    return [{ paragraph: c.paragraph, kind, message: `“${c.quote}”: ${c.note}.` }];
  });
}

export function orphanNotices(blocks: ReturnType<typeof segment>['blocks']): Notice[] {
  return blocks.flatMap((b, i) =>
    b.role === 'orphan-attribution'
      ? [
          {
            paragraph: i + 1,
            kind: 'orphan-attribution' as const,
            message: `“${b.text}” attributes a quotation that is missing from the source text.`,
          },
        ]
      : [],
  );
}

export function unresolvedNotices(claims: readonly Claim[]): Notice[] {
  return claims
    .filter((c) => c.speaker === null && c.kind !== 'fragment' && c.kind !== 'term')
    .map((c) => ({
      paragraph: c.paragraph,
      kind: 'unresolved-speaker' as const,
      message: c.speaker_text
        ? `“${c.quote.slice(0, 60)}” is attributed to “${c.speaker_text}”, whom the text does not name.`
        : `No speaker could be found for “${c.quote.slice(0, 60)}”.`,
    }));
}
