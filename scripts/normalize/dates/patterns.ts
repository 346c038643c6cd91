/** The pieces the date rules' patterns are made of: month and weekday names, prepositions, years, number words, future tense. */

import { MONTHS, WEEKDAYS } from '../../../src/lib/calendar';

/** Number words a count may be written in ("four days before", "two years ago"). */
export const NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "on" → "[Oo]n", so a preposition may start a sentence while names stay case-sensitive. */
export const words = (list: string[]): string =>
  list.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
export const M = `(${MONTHS.join('|')})`;
export const W = `(${WEEKDAYS.join('|')})`;
export const DAY_PREP = words([
  'on',
  'this',
  'next',
  'last',
  'since',
  'until',
  'by',
  'from',
  'before',
  'after',
]);
export const YEAR_PREP = words([
  'in',
  'since',
  'from',
  'to',
  'until',
  'by',
  'before',
  'after',
  'during',
]);
export const YEAR = '((?:19\\d\\d|20\\d\\d|2100)(?![.,]?\\d))';
/** A sentence about the future: its weekday is the next one, and it dates no words already said. */
export const FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are) to|heads? to|(?:is|are) going to|next|plans? to|due to)\b|['’]ll\b/i;
