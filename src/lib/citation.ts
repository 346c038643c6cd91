import type { Claim } from '../schemas';
import { formatDate } from './format';
import { isStatement } from './statements';

/** What a citation of one quotation names: who, the words, when, where it was read, and its address. */
export interface CitationParts {
  /** The speaker's full name, or null when the text names nobody. */
  speaker: string | null;
  words: string;
  /** When the words were said (a partial ISO date), when the text says. */
  said: string | null;
  outlet: string;
  title: string;
  /** The article's publication day (ISO). */
  published: string;
  /** The absolute address of the quotation's anchor. */
  url: string;
}

/** Double quote marks inside a quoted title or quotation become single ones, as in print. */
const nested = (text: string): string =>
  text.replaceAll('“', '‘').replaceAll('”', '’').replaceAll('"', '’');

/**
 * A ready-to-paste citation of a quotation: “Vladimir Putin, 7 February 2022: “…”. Quoted by RFI
 * in ‘…’, 7 February 2022. https://…#q-…”. A trailing comma of the words, which belongs to the
 * sentence that quoted them, is left out.
 */
export function citation(parts: CitationParts): string {
  const words = nested(parts.words.trim().replace(/[\s,;:]+$/u, ''));
  const who = parts.speaker ?? 'Unattributed';
  const when = parts.said ? `, ${formatDate(parts.said)}` : '';
  const stop = /[.!?…]$/u.test(words) ? '' : '.';
  return `${who}${when}: “${words}”${stop} Quoted by ${parts.outlet} in “${nested(parts.title)}”, ${formatDate(parts.published)}. ${parts.url}`;
}

/** The quotations of a paragraph that can be cited: quoted words (direct or fragment) someone said, not reported speech or terms. */
export function citableClaims<C extends Pick<Claim, 'kind' | 'paragraph'>>(
  claims: readonly C[],
  paragraph: number,
): C[] {
  return claims.filter((c) => c.paragraph === paragraph && c.kind !== 'indirect' && isStatement(c));
}

/** How many of an article's direct quotations no other outlet reports. */
export function soleQuotations(
  claims: readonly Pick<Claim, 'id' | 'kind'>[],
  isGrouped: (claimId: string) => boolean,
): { direct: number; sole: number } {
  const direct = claims.filter((c) => c.kind === 'direct');
  return { direct: direct.length, sole: direct.filter((c) => !isGrouped(c.id)).length };
}
