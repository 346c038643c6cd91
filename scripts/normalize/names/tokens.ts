/** A paragraph cut into word tokens, where its sentences start, and the tests of a single word the name finder makes. */

import { getGender } from 'gender-detection-from-name';
import lexicon from 'wink-lexicon/src/lexicon.js';
import type { Token } from './types';
import { COMPOUND, KEEPS_STOP } from './words';

/** A capitalised verb or adverb inside a run of capitals (a headline run into the text), never a part of a name. */
export function headlineWord(word: string): boolean {
  const tag = lexicon[word.toLowerCase()]?.[0];
  return (
    tag !== undefined &&
    (tag.startsWith('VB') || tag.startsWith('RB')) &&
    getGender(word) === 'unknown'
  );
}

/** Is the word, in lower case, mostly something other than a noun in English (an adjective, an adverb, a verb…)? */
export function notANoun(word: string): boolean {
  const tag = lexicon[word.toLowerCase()]?.[0];
  return tag !== undefined && !tag.startsWith('NN');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|&/gu;
// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const INITIALS = /\p{L}\.\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
const CAPITALS = /^\p{Lu}{2,4}s?$/u;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A full stop ends the sentence unless the word is an abbreviation or an initial.
    while (word.endsWith('.') && !KEEPS_STOP.test(word) && !INITIALS.test(word))
      word = word.slice(0, -1);
    const last = word.at(-1);
    if (last === '-' || last === '’' || last === "'")
      word = word.replace(/[-’']+$/u, (tail) =>
        /^['’]$/u.test(tail) && /s$/u.test(word.slice(0, -1)) ? tail : '',
      );
    // "Trump-style", "Obama-era": a name inside a compound adjective is no mention ("Ki-moon" is a name).
    if (word && (!word.includes('-') || !COMPOUND.test(word)))
      tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

export const capitalised = (w: string) => CAPITAL.test(w);
/** "FBI", "NATO", "U.N.": four capitals at most; a longer word in capitals is a name in a transcript ("PENCE:"). */
export const isAcronym = (w: string) => CAPITALS.test(w) || DOTTED_CAPITALS.test(w);

/** Offsets where a sentence begins: after . ! ? : or a line start, past any opening mark or bracket. */
export function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  const re = /(?:^|[.!?…:;]["”’)\]]*\s+|[—–-]\s+|\(|["“‘«])["“‘'(«\s]*/gu;
  for (const m of text.matchAll(re)) starts.add(m.index + m[0].length);
  return starts;
}
