/** What `build-cast.ts` reads off the article's words before it finds names: title-case lines, words written in lower case, names the text calls an organisation. */

import type { NameMention } from '../names/types';

// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const CAPITAL = /^\p{Lu}/u;
const LONG_WORD = /[\p{L}][\p{L}’'-]{3,}/gu;

/** Every word of four letters or more capitalised, over at least six of them, verbs included: a headline, not a sentence. */
export function titleCase(text: string): boolean {
  let words = 0;
  // Most paragraphs have a word in lower case among their first few: stop there.
  for (const [word] of text.matchAll(LONG_WORD)) {
    if (!CAPITAL.test(word)) return false;
    words++;
  }
  return words >= 6;
}

/** Every word the article writes in lower case somewhere. */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  // Words of prose only: "@mike_pence" and "pence.com" make no common word of "pence".
  for (const t of texts)
    for (const m of t.matchAll(/(?<=^|[\s(“"‘—–])\p{Ll}[\p{L}’'-]*(?=$|[\s,.;:!?)”"’—–])/gu))
      words.add(m[0]);
  return words;
}

/** Common nouns for an organisation, which a name may be called ("a firm named …") or be in apposition to ("…, a nonprofit"). */
const ORGANISATION_NOUNS =
  'company|firm|corporation|group|organization|organisation|nonprofit|charity|startup|agency|network|newspaper|magazine|website|PAC|super\\s+PAC|coalition|consultancy|think\\s+tank|foundation|institute';
const CALLED_BEFORE = new RegExp(
  `(?:^|\\s)(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ORGANISATION_NOUNS})\\s+(?:called|named)\\s+$`,
  'u',
);
const APPOSED_AFTER = new RegExp(
  `^,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ORGANISATION_NOUNS})(?=\\s*[,.;:]|\\s+(?:that|which|based|in|with|whose|founded|run|owned)\\s)`,
  'u',
);

/** Does the text call the person-shaped name an organisation, before it or in apposition after it? */
export function calledOrganisation(text: string, m: NameMention): boolean {
  return (
    !m.possessive &&
    (CALLED_BEFORE.test(text.slice(Math.max(0, m.outerStart - 60), m.outerStart)) ||
      APPOSED_AFTER.test(text.slice(m.end, m.end + 80)))
  );
}
