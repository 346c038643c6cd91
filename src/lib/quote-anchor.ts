import type { Claim } from '../schemas';

/**
 * A quotation's anchor in the search index: what the search page shows of it, written by the
 * indexer into the anchor's `data-pagefind-title` (search-page.ts) and read back by the
 * search page (search-hits.ts); and the words it stands between in its paragraph
 * (scripts/search/html-text.ts), for a text fragment (src/client/text-fragment.ts). Pure.
 */

/** The words a quotation stands between in its paragraph, as rendered: what a text fragment needs to point at it alone. */
export interface QuoteContext {
  before: string;
  after: string;
}

/** What the search page shows of a quotation, and filters it by: the JSON of its anchor's `data-pagefind-title`. */
export interface QuoteAnchor {
  /** The quotation's words. */
  q: string;
  /** Its kind: direct, fragment, indirect or term. */
  k: Claim['kind'];
  /** The speaker's actor id, when known. */
  s?: string;
  /** The speaker's name, when known. */
  n?: string;
  /** The words that designate an unidentified speaker ("a diplomat in Kyiv"). */
  u?: string;
  /** When it was said (`said`), or when its article appeared (`published`): a partial ISO date. */
  d: string;
  /** Which of the two `d` is: `s` said, `p` published. */
  b: 's' | 'p';
  /** A few words of its paragraph before and after it, for a text fragment that points at it alone. */
  x?: [string, string];
}

const KINDS = new Set<string>(['direct', 'fragment', 'indirect', 'term']);

/** A sub-result's title read back as a quotation's data, or null when it is not one (a heading, a page title). */
export function parseQuoteAnchor(title: string | undefined): QuoteAnchor | null {
  if (!title || title[0] !== '{') return null;
  try {
    const value = JSON.parse(title) as Partial<QuoteAnchor>;
    if (
      typeof value.q !== 'string' ||
      typeof value.d !== 'string' ||
      !KINDS.has(String(value.k)) ||
      (value.b !== 's' && value.b !== 'p')
    )
      return null;
    return value as QuoteAnchor;
  } catch {
    return null;
  }
}
