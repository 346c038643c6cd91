import type { Claim } from '../schemas';

/**
 * A claim is a statement unless it is a term: quoted words nobody is said to have said (a
 * scare quote, a title, a word cited as a word). Terms stay searchable and in the open
 * data; they are never counted or listed as statements.
 */
export const isStatement = (claim: Pick<Claim, 'kind'>): boolean => claim.kind !== 'term';

/** How many statements an article holds. */
export const statementCount = (claims: readonly Pick<Claim, 'kind'>[]): number =>
  claims.filter(isStatement).length;

/** Words of two or fewer are a fragment, whatever their marks. */
const FULL_MIN_WORDS = 3;

/** A full quotation: direct or reported speech of at least three words, not a fragment or a term. Views list these first. */
export function isFullQuotation(claim: Pick<Claim, 'kind' | 'quote'>): boolean {
  return (
    (claim.kind === 'direct' || claim.kind === 'indirect') &&
    claim.quote.split(/\s+/u).filter(Boolean).length >= FULL_MIN_WORDS
  );
}
