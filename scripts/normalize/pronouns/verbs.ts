/** Whether a word reads as a finite verb, and whether a mention is followed by one: the subject tests the pronoun resolver, the cast and the attribution steps share. */

import type { EntityMention } from '../entities/types';
import { SPEECH_VERBS } from '../lexicon/speech-verbs';

const VERB_LIKE = new Set([
  ...SPEECH_VERBS,
  'is',
  'are',
  'was',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
  'do',
  'may',
  'might',
  'should',
  'must',
  'also',
  'then',
  'later',
  'never',
  'once',
  'still',
  'just',
  'went',
  'made',
  'got',
  'took',
  'gave',
  'came',
  'won',
  'lost',
  'led',
  'ran',
  'met',
  'spoke',
  'left',
  'became',
  'began',
  'kept',
  'held',
  'brought',
  'sent',
  'faced',
  'knew',
  'thought',
  'felt',
  'saw',
  'heard',
  'seemed',
  'appeared',
  'tried',
  'wanted',
  'needed',
  'used',
  'sought',
  'found',
  'told',
  'put',
  'set',
  'let',
  'paid',
  'built',
  'bought',
  'fought',
  'taught',
  'caught',
  'stood',
  'understood',
  'drew',
  'grew',
  'threw',
  'wrote',
  'rose',
  'fell',
  'broke',
  'chose',
  'spent',
  'lent',
  'meant',
  'read',
  'hit',
  'cut',
  'quit',
  'struck',
  'swore',
  'wore',
  'bore',
  'tore',
  'sat',
  'lay',
  'laid',
  'led',
  'fled',
  'fed',
  'sold',
  'hid',
  'slid',
  'bid',
  'forgot',
  'got',
]);

/** Does a word read as a finite verb: a reporting verb, an auxiliary, a common irregular past, or a past in -ed? */
export function isVerbLike(word: string): boolean {
  return VERB_LIKE.has(word) || /ed$/u.test(word);
}

/** Is the mention the subject of its clause: followed (past an apposition or a parenthesis) by a verb? */
export function isSubjectPosition(text: string, m: EntityMention): boolean {
  if (m.modifier || m.possessive) return false;
  if (followedByVerb(text, m.end)) return true;
  // "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged": a name in apposition to the subject.
  const lead = /,\s+((?:\S+\s+){0,5})$/u.exec(
    text.slice(Math.max(0, m.outerStart - 60), m.outerStart),
  )?.[1];
  return (
    lead !== undefined &&
    lead
      .split(/\s+/u)
      .every(
        (w) =>
          !/^(?:of|for|at|from|with|in|to|on|by|who|which|that|and|or)$/u.test(w) &&
          !(/^\p{Ll}/u.test(w) && isVerbLike(w)),
      ) &&
    /^,\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u.test(text.slice(m.end, m.end + 40)) &&
    followedByVerb(text, m.end + 1)
  );
}

// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const TIME_AFTER =
  /^,?\s+(?:on|last|this|next|earlier|late|early)\s+(?:\p{Lu}\p{Ll}+|week|month|year|night|morning|afternoon|evening)\b,?/u;
/** Past an apposition, or two ("Lance Beebe, 49, a Navy veteran…, said"). */
const APPOSITION =
  /^,\s+(?:the|a|an|who|whose|which|his|her|its|their|\p{Ll}|\d|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll})[^,.;:]{0,100}(?=,)/u;
const NEXT_WORD =
  /^(?:\s+(?:\p{Ll}+ly|also|then|still|never|now|just|even|again|later|once|often|already|not))*\s+(\p{Ll}[\p{Ll}’'-]*)/u;

/** Do the words after `end` (past an apposition or a parenthesis) begin with a verb? */
export function followedByVerb(text: string, end: number): boolean {
  const rest = text
    .slice(end, end + 300)
    .replace(/^\s*\([^)]{0,60}\)/u, '')
    .replace(/^\s+(?:--|[–—])\s[^–—]{1,240}?\s(?:--|[–—])(?=\s)/u, '')
    .replace(TIME_AFTER, '');
  const once = rest.replace(APPOSITION, '');
  const twice = once.replace(APPOSITION, '');
  return (
    beginsWithVerb(once.replace(/^,/u, '')) ||
    (twice !== once && beginsWithVerb(twice.replace(/^,/u, '')))
  );
}

export function beginsWithVerb(rest: string): boolean {
  const next = NEXT_WORD.exec(rest)?.[1];
  // A participle after a name ("Macron asking for…") is not the verb of a clause.
  if (!next || /ing$/u.test(next)) return false;
  return VERB_LIKE.has(next) || /ed$/u.test(next) || (/[^s]s$/u.test(next) && next.length > 3);
}
