import { comparisonKey, isComparisonStopWord, keySet } from './similarity';

/**
 * Word-level differences between two versions of one statement, translation variants
 * folded: what the side-by-side comparison of who said what (OccasionList.astro) marks.
 */

export interface WordDiff {
  text: string;
  /** True when the word matters (not a stop word) and the other version has no word with the same key. */
  differs: boolean;
}

/** Splits a quote into words marked by whether the other version shares them, translation variants folded. */
export function markDifferences(text: string, other: string): WordDiff[] {
  const keys = keySet(other);
  return text
    .split(/(\s+)/u)
    .filter(Boolean)
    .map((token) => {
      const word = token.match(/[\p{L}\p{N}’']+/u)?.[0];
      return {
        text: token,
        differs:
          word !== undefined && !isComparisonStopWord(word) && !keys.has(comparisonKey(word)),
      };
    });
}
