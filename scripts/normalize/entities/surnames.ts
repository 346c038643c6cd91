/** Surnames the name finder set aside alone, read back as the people the article names in full with them. */

import lexicon from 'wink-lexicon/src/lexicon.js';
import { CALENDAR_WORDS, SENTENCE_OPENERS } from '../lexicon/capitals';
import { PLACES } from '../lexicon/places';
import { TITLE_WORDS } from '../lexicon/titles';
import type { NameMention } from '../names/types';
import { escapeRegExp } from '../text';
import { isFirstName } from './first-names';
import type { Draft } from './types';

/**
 * A word the name finder may set aside when it stands alone: a sentence opener, a title, a
 * place, a month, or any word of the English lexicon ("Black", "Brown", "Read").
 */
function isSetAside(word: string): boolean {
  // "Schlafly had…": a surname shaped like an adverb or a participle, which the name finder drops at a sentence start.
  return (
    SENTENCE_OPENERS.has(word) ||
    TITLE_WORDS.has(word) ||
    PLACES.has(word) ||
    CALENDAR_WORDS.has(word) ||
    word.toLowerCase() in lexicon ||
    /^\p{Lu}\p{Ll}{3,}(?:ing|ly|ful|ous|less|ive|ed)$/u.test(word)
  );
}

/**
 * "Al From" … "From said", "Mark Cuban" … "Cuban said": a surname that is also a common or title
 * word, which the name finder set aside alone, is that person where the article names them in full.
 * "Evans" read alone as a group, "Israel" as a place: a word the name finder gives another kind when it
 * stands alone. Adds those mentions to each block's names.
 */
export function addSurnameMentions(
  texts: readonly string[],
  names: NameMention[][],
  drafts: ReadonlyMap<string, Draft>,
  skip: (block: number) => boolean,
): void {
  const readAlone = new Set(
    names
      .flat()
      .filter((m) => m.kind !== 'person' && !m.text.includes(' '))
      .map((m) => m.text),
  );
  const surnames = new Set(
    [...drafts.values()]
      .filter((d) => d.kind === 'person' && d.first)
      .map((d) => ({ last: [...d.names][0]!.split(/\s+/u).at(-1)!, first: d.first! }))
      .filter(
        ({ last, first }) =>
          (isSetAside(last) || (readAlone.has(last) && isFirstName(first))) &&
          !/^(?:DT|PRP|CC|WDT|WP|EX|PDT)/u.test(lexicon[last.toLowerCase()]?.[0] ?? ''),
      )
      .map(({ last }) => last),
  );
  if (surnames.size > 0) {
    const pattern = new RegExp(
      `(?<![\\p{L}’'-])(?:${[...surnames].map(escapeRegExp).join('|')})(?![\\p{L}’'-])`,
      'gu',
    );
    names.forEach((list, b) => {
      if (skip(b)) return;
      for (const match of texts[b]!.matchAll(pattern)) {
        // A place or group word alone ("Israel said", "Black marveled") is the person named in full with it.
        const covering = list.findIndex((m) => m.outerStart <= match.index && match.index < m.end);
        if (
          covering >= 0 &&
          !(list[covering]!.kind !== 'person' && list[covering]!.text === match[0])
        )
          continue;
        if (covering >= 0) list.splice(covering, 1);
        list.push({
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
          outerStart: match.index,
          title: null,
          honorific: null,
          possessive: /^['’]s?/u.test(texts[b]!.slice(match.index + match[0].length)),
          kind: 'person',
        });
      }
      list.sort((x, y) => x.start - y.start);
    });
  }
}
