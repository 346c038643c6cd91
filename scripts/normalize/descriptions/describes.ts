/** Whether a phrase is a description a speaker can have ("a source close to the campaign", "officials"), and its head noun. */

import lexicon from 'wink-lexicon/src/lexicon.js';
import { ROLE_NOUNS } from '../lexicon/person-nouns';
import { DEFINITE, INDEFINITE, NOT_A_SPEAKER, POSSESSIVE_PRONOUN, SPEAKING_NOUNS } from './words';

/** The description's head noun: its last word before a preposition or a relative clause ("a spokesman for the campaign" → spokesman). */
export function headNoun(words: readonly string[]): string {
  const stop = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:of|for|at|with|in|to|from|on|close|familiar|who|that|which|whose|involved|working|inside|within|near|under|known|named|called)$/iu.test(
        w,
      ),
  );
  const head = (stop > 0 ? words.slice(0, stop) : words).at(-1) ?? '';
  return head.toLowerCase().replace(/['’]s?$/u, '');
}

/**
 * Is this phrase a description a speaker can have ("a source close to the campaign",
 * "Sanders’s campaign manager", "officials"), and is it plural? With a determiner or a
 * possessor any noun may head it; without, only a known plural or a role noun after a
 * name ("Clinton spokesman").
 */
export function describes(words: readonly string[]): { head: string; plural: boolean } | null {
  if (words.length === 0 || words.length > 10) return null;
  const first = words[0]!;
  // "Another said…", "Others wrote…": an indefinite pronoun is someone unnamed.
  if (
    words.length === 1 &&
    /^(?:another|others|some|many|several|most|few|one|both|all)$/iu.test(first)
  )
    return { head: first.toLowerCase(), plural: !/^(?:another|one)$/iu.test(first) };
  // "the two write", "the three agreed": a number after a definite determiner is the people counted before.
  if (
    words.length === 2 &&
    DEFINITE.test(first) &&
    /^(?:two|three|four|five|six|seven|eight|nine|ten)$/iu.test(words[1]!)
  )
    return { head: words[1]!.toLowerCase(), plural: true };
  // "Hundreds of pro-Sanders demonstrators", "dozens of protesters": a count of people is those people.
  if (
    /^(?:dozens|hundreds|thousands|scores|millions)$/iu.test(first) &&
    words[1]?.toLowerCase() === 'of' &&
    words.length > 2
  )
    return describes(['the', ...words.slice(2)]);
  const possessor = words.findIndex((w) => /\p{L}['’]s?$/u.test(w) && /^\p{Lu}/u.test(w));
  const determiner =
    INDEFINITE.test(first) ||
    DEFINITE.test(first) ||
    POSSESSIVE_PRONOUN.test(first) ||
    possessor >= 0;
  const rest = possessor >= 0 ? words.slice(possessor + 1) : determiner ? words.slice(1) : words;
  const head = headNoun(rest);
  if (!head || !/^(?:\p{Ll}[\p{Ll}-]{2,}|ad|\d+-year-old)$/u.test(head) || NOT_A_SPEAKER.has(head))
    return null;
  const singular = head.replace(/(?<=[^s])s$/u, '');
  const known =
    SPEAKING_NOUNS.has(head) ||
    ROLE_NOUNS.has(head) ||
    ROLE_NOUNS.has(singular) ||
    SPEAKING_NOUNS.has(singular);
  // An unknown head must be able to name someone: a noun, an adjective or a participle ("the billionaire", "the
  // Republican", "those surveyed"), not a verb, an adverb or a function word ("the … here", "the were").
  if (
    !known &&
    lexicon[head] !== undefined &&
    !lexicon[head].some((t) => /^(?:NN|JJ|VBN)/u.test(t))
  )
    return null;
  if (!determiner && !known) return null;
  if (
    !determiner &&
    !/s$/u.test(head) &&
    head !== 'people' &&
    !(ROLE_NOUNS.has(head) && /^\p{Lu}/u.test(first))
  )
    return null;
  return { head: singular, plural: head !== singular || head === 'people' };
}
