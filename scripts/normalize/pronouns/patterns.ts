/** The patterns `resolve.ts` finds unnamed antecedents with: documents, described persons, a chained "he" or "she", a fronted participle. */

import { FEMALE_HEADS, MALE_HEADS, ROLE_NOUNS } from '../lexicon/person-nouns';

/** A document or message opening a clause ("Thursday's memo from the panel", "the letter"), which "it" may stand for. */
export const DOCUMENT =
  /(?:^|[.;:!?]["”’]?\s+|,\s+(?:and|but)\s+|\b(?:and|but|while|when)\s+)((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.&-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:memo|email|e-mail|letter|report|statement|paper|website|site|ad|advertisement|message|post|tweet|document|book|article|editorial|release|poll|survey|study|video|page|sign|banner|headline|piece|column|platform|bill|plan|filing|complaint|lawsuit|indictment|ruling|listing|footnote|transcript|note|flyer|mailer|policy|guidance|constitution|law|verse)(?:\s+(?:from|of|by|for|on|in)\s+(?:the\s+|a\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)?)/gu;

/** A cue that says where its speaker's words were written: "wrote in the affidavit", "said in a statement". */
export const WRITTEN_IN =
  /\s(?:in|on)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|affidavit|memo|email|e-mail|report|complaint|filing|post|release|column|editorial|op-ed|essay|tweet|message|lawsuit|document|brief|motion|notice)(?![\p{L}-])/u;

/**
 * A person described, not named, opening a clause ("A 29-year-old Berlin woman", "one voter"), which "he" or "she" may
 * stand for. Only an indefinite one: a definite description ("the Ohio governor") refers back to someone named.
 */
export const PERSON = new RegExp(
  `(?:^|[.;:!?]["”’]?\\s+|,\\s+(?:and|but)\\s+|\\b(?:and|but|while|when)\\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\\s+(?:(?!(?:of|for|after|before|with|from|to|in|on|at|by|the|a|an|and|or|who|that)\\s)[\\p{L}\\d'’-]+\\s+){0,4}?(${[...FEMALE_HEADS, ...MALE_HEADS, ...ROLE_NOUNS].join('|')}))(?=[\\s,])`,
  'gu',
);

/** "He had protested Trump.": "he" or "she" opening a clause; one pattern per pronoun, compiled once. */
export const CHAINED = { he: chainedPronoun('he'), she: chainedPronoun('she') } as const;

function chainedPronoun(word: string): RegExp {
  return new RegExp(
    `(?:^|[.;:]\\s+|[,.!?]?["”’]\\s+|,\\s+(?:and|but)\\s+|\\s(?:and|but|then)\\s+)(${word}|${word[0]!.toUpperCase()}${word.slice(1)})(?=\\s)`,
    'gu',
  );
}

/** A sentence opened by a participial clause, up to the comma before its subject: "Asked about …, ", "Speaking to reporters, ". */
export const FRONTED_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+(?:ed|ing)\s+\p{Ll}[^;:]*,\s*$/u;
