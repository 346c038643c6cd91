/** The costs `resolve.ts` weighs a pronoun's candidate mentions by: where each stands, and whether it speaks or is introduced. */

import lexicon from 'wink-lexicon/src/lexicon.js';
import type { EntityMention } from '../entities/types';
import { ROLE_NOUNS } from '../lexicon/person-nouns';
import { SPEECH_VERBS } from '../lexicon/speech-verbs';
import { beginsWithVerb, isSubjectPosition } from './verbs';

/**
 * The costs of a candidate: where it stands (a possessive, the object of a preposition, any
 * other place; the subject of a clause a verb introduces; the subject of the relative clause
 * that holds the pronoun, which beats all), and what favours it (the speaker of
 * the latest quotation, a verb of saying of its own) or not (a person of unknown gender).
 */
export const W = {
  APPOS: 1,
  POSS: 6,
  PREP: 20,
  OTHER: 5,
  EMB: 2,
  LAST: -3,
  NULLG: 7,
  SPEAKS: -4,
  REL: -5,
} as const;

/** How unlikely a mention is to be what a later pronoun stands for: a subject least, the object of a preposition most. */
export function positionCost(text: string, m: EntityMention): number {
  if (isSubjectPosition(text, m)) {
    // "is skeptical Trump can", "said that Clinton would": the subject of a clause a verb introduces is less likely than the main subject.
    const before = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(
      text.slice(Math.max(0, m.outerStart - 30), m.outerStart),
    )?.[1];
    return before &&
      !/^(?:and|but|or|so|when|while|after|before|because|if|as|then|since|although|though|until|once|where|whereas|yet|now|also|even|only)$/u.test(
        before,
      ) &&
      !ROLE_NOUNS.has(before) &&
      !(lexicon[before]?.[0] ?? '').startsWith('NN')
      ? W.EMB
      : 0;
  }
  if (!m.possessive && ASKED_BEFORE.test(text.slice(Math.max(0, m.outerStart - 30), m.outerStart)))
    return 0;
  // The name that opens its sentence ("Westmacott, who will retire …, praised") or stands after "said" is its subject.
  if (
    !m.possessive &&
    /(?:^|[.!?]["”’]?\s+|:\s+)(?:(?:But|And|So|Then|Now|Still|Meanwhile|Later|Instead|Also)\s+)?$/u.test(
      text.slice(Math.max(0, m.outerStart - 50), m.outerStart),
    )
  )
    return 1;
  if (!m.possessive && SAID_BEFORE.test(text.slice(Math.max(0, m.outerStart - 30), m.outerStart)))
    return 0;
  // "For Major, a retiree …", "As for Trump, he said": a name put first as the topic of the sentence.
  if (
    !m.possessive &&
    /(?:^|[.!?]["”’]?\s+)(?:As\s+for|For|To)\s+$/u.test(
      text.slice(Math.max(0, m.outerStart - 40), m.outerStart),
    ) &&
    /^(?:['’]s?)?,/u.test(text.slice(m.end, m.end + 3))
  )
    return 1;
  if (m.possessive) return W.POSS;
  if (
    /(?:^|\s)(?:to|with|by|for|of|from|about|against|on|at|in|into|than|like|between|among|over|under|toward|towards|before|after)\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,3}$/iu.test(
      text.slice(Math.max(0, m.outerStart - 40), m.outerStart),
    )
  )
    return W.PREP;
  return W.OTHER;
}

const SPEAKS = new RegExp(
  `^(?:\\s*\\([^)]{0,60}\\))?(?:,[^,]{1,80},)?\\s+(?:(?:also|then|later|has|had)\\s+)?(?:${SPEECH_VERBS.join('|')})\\b`,
  'u',
);

/** "courtesy of Wes Nakagiri, a delegate from Michigan who …": a person introduced with an apposition that says what they are, whom a quotation often follows. */
const APPOSED = new RegExp(
  `^,\\s+(?:an?|the|another|one)\\s+(?:[\\p{L}\\d'’.-]+\\s+){0,4}?(?:${[...ROLE_NOUNS].join('|')})(?![\\p{L}-])`,
  'u',
);
export function introduced(text: string, m: EntityMention): boolean {
  return !m.possessive && APPOSED.test(text.slice(m.end, m.end + 80));
}

/** "…, Henson said.": the subject of a verb of saying is the likeliest "he" of the next quotation. */
const SAID_BEFORE = new RegExp(`(?:^|[,“”"]\\s*)(?:${SPEECH_VERBS.join('|')})\\s+$`, 'u');
/** "Scott Conroy asked Sanders whether …": who is asked is who answers. */
const ASKED_BEFORE = /(?:^|\s)(?:asked|asking|pressed|questioned|interviewed)\s+$/u;
export function speaks(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.outerStart - 30), m.outerStart);
  return (
    !m.possessive &&
    (SPEAKS.test(text.slice(m.end, m.end + 120)) ||
      SAID_BEFORE.test(before) ||
      ASKED_BEFORE.test(before))
  );
}

/**
 * Does the pronoun at `offset` stand in a relative clause on the mention, whose subject the mention is ("a company called
 * Cambridge Analytica, which specializes in building what it calls “…”")?
 */
export function relativeHolds(text: string, m: EntityMention, offset: number): boolean {
  const between = offset > m.end ? text.slice(m.end, offset) : '';
  const relative = /^,\s+(?:which|who)(?=\s)/u.exec(between);
  return (
    relative !== null &&
    beginsWithVerb(between.slice(relative[0].length)) &&
    !/[,;:()“”"–—]/u.test(between.slice(relative[0].length))
  );
}
