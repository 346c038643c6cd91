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

/** For each name of PLACE_ALIASES, a pattern finding it as a whole word of a folded text; built once. */
const PLACE_PATTERNS = PLACE_ALIASES.map((group) =>
  group.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${foldWord(name)}(?![\\p{L}\\p{N}])`, 'u')),
);

/** The other spellings of the places a text names (those it does not already contain). */
export function placeAliases(text: string): string[] {
  const norm = foldWord(text);
  const out: string[] = [];
  for (const [g, group] of PLACE_ALIASES.entries()) {
    const present = group.filter((_, n) => PLACE_PATTERNS[g]![n]!.test(norm));
    if (present.length === 0) continue;
    for (const name of group) if (!present.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
