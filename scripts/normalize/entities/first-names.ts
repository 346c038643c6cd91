/** What the English name list says of a first name: whether it is one, its usual gender, whether a full name's first word reads as one. */

import { getGender } from 'gender-detection-from-name';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { PLACES } from '../lexicon/places';

/**
 * English first names given to men and women alike, which the name list files under one
 * gender ("Jan" as male: "Jan Brewer … she said"). They are first names, but only the text's
 * pronouns or an honorific can say the gender.
 */
const UNISEX = new Set([
  'ashley',
  'avery',
  'billie',
  'blair',
  'bobbie',
  'cameron',
  'carey',
  'casey',
  'dana',
  'frankie',
  'jackie',
  'jamie',
  'jan',
  'jean',
  'jessie',
  'jody',
  'jordan',
  'kelly',
  'kerry',
  'kim',
  'leslie',
  'lindsey',
  'lynn',
  'marion',
  'morgan',
  'pat',
  'quinn',
  'riley',
  'robin',
  'sandy',
  'shannon',
  'sidney',
  'stacey',
  'sydney',
  'taylor',
  'toni',
  'tracy',
]);

/** Does the name list know this word as a first name (whatever its gender)? */
export function isFirstName(first: string | null): boolean {
  return first !== null && getGender(first, 'en') !== 'unknown';
}

export function genderOfFirstName(first: string | null): 'male' | 'female' | null {
  if (!first || UNISEX.has(first.toLowerCase())) return null;
  const g = getGender(first, 'en');
  return g === 'male' || g === 'female' ? g : null;
}

/**
 * Does a full name's first word read as a first name: one with a usual gender that is not a
 * verb, adverb or preposition ("Kicked Off In The", "Except the Republican"), or a word
 * that is no English word at all ("Reince")? A headline run or a phrase in capitals is no person.
 */
export function firstNameLike(
  first: string,
  common: ReadonlySet<string>,
  written = first,
): boolean {
  // "Wisconsin Republican", "POLITICO Massachusetts", "Latino Republicans": a place, a word in capitals, a people.
  if (/^\p{Lu}{3,}$/u.test(written)) return false;
  if (
    (PLACES.has(written) || /^\p{Lu}\p{Ll}+(?:ans?|ians?|ese|ish|ino|ina|in)$/u.test(written)) &&
    !isFirstName(first)
  )
    return false;
  const tag = lexicon[first]?.[0];
  if (isFirstName(first)) return !tag || !/^(?:VB|RB|IN|MD|DT|CC|TO|WDT|WRB)/u.test(tag);
  return tag === undefined && !common.has(first);
}
