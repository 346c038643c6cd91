/**
 * How the search compares words: folded (lowercase, no accents, one apostrophe), reduced to
 * letters and digits, and which are stopwords. Shared by the index's records
 * (search-records.ts), the spelling suggestions (spelling.ts), the search page's results
 * (search-hits.ts) and its highlighting (src/client/highlight.ts). Pure.
 */
import { foldAccents } from './fold';

/** Lowercase, without accents (fold.ts), apostrophes unified: how two spellings of a word are compared. */
export function foldWord(word: string): string {
  return foldAccents(word).replace(/[’‘`]/gu, "'");
}

/** A word reduced to its letters and digits, for matching a query or an excerpt's marked words against a quote. */
export function wordKey(word: string): string {
  return foldWord(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Words too common to be worth a highlight on their own: "the" of "until the end" is
 * marked inside the phrase, not six times across an excerpt.
 */
const STOPWORDS = new Set(
  'a an and are as at be but by for from had has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this to too until up us was we were what when which who will with would you your'.split(
    ' ',
  ),
);

/** Is this word key a stopword? */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}
