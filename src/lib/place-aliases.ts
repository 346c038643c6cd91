import { foldWord } from './words';

/**
 * Other spellings of places, so that a reader searching "Kiev" finds "Kyiv". Used by the
 * index only (search-records.ts, search-page.ts and the spelling vocabulary of
 * scripts/index-search.ts), never by the search page's island. Pure.
 */

/**
 * Each group is a set of equivalent names; a record whose text holds one of them is indexed
 * with all. (Accents need no entry: Pagefind matches "Elysee" with "Élysée" by itself.)
 */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Donbas', 'Donbass'],
  ['Luhansk', 'Lugansk'],
  ['Moscow', 'Moscou'],
  ['Belarus', 'Byelorussia'],
];

/**
 * For each name of PLACE_ALIASES, a test of whether a folded text holds it as a whole word;
 * built once. Its pattern runs only where the folded name occurs: a lookbehind tried at
 * every position of an article's body was most of the index's time in this function.
 */
const PLACE_TESTS = PLACE_ALIASES.map((group) =>
  group.map((name) => {
    const folded = foldWord(name);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${folded}(?![\\p{L}\\p{N}])`, 'u');
    return (text: string) => text.includes(folded) && pattern.test(text);
  }),
);

/** The other spellings of the places a text names (those it does not already contain). */
export function placeAliases(text: string): string[] {
  const norm = foldWord(text);
  const out: string[] = [];
  for (const [g, group] of PLACE_ALIASES.entries()) {
    const present = group.filter((_, n) => PLACE_TESTS[g]![n]!(norm));
    if (present.length === 0) continue;
    for (const name of group) if (!present.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
