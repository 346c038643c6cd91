/** The words that identify a person's name, and the form a name is shown in. */

import { foldAccents } from '../../../src/lib/fold';

// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const INITIAL = /^\p{Lu}\.$/u;
const LOWER_CASE = /^\p{Ll}/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/**
 * The words of a person's name that identify it: the first name and the surname with its
 * particles ("Bill de Blasio"); initials, middle names and suffixes set aside, so "Donald
 * J. Trump" and "Donald Trump" are one person.
 */
export function nameParts(text: string): { first: string | null; last: string; key: string } {
  const words = text
    .split(/\s+/u)
    .filter((w) => !SUFFIX.test(w) && !INITIAL.test(w) && !/^["“(]/u.test(w));
  const last = foldAccents(words.at(-1) ?? text);
  const first = words.length > 1 ? foldAccents(words[0]!) : null;
  const particles = words
    .slice(1, -1)
    .filter((w) => LOWER_CASE.test(w))
    .map(foldAccents);
  return { first, last, key: first ? [first, ...particles, last].join(' ') : last };
}

/** "WALLACE" in a transcript is Wallace. */
export const displayName = (text: string) =>
  /^[\p{Lu}\s.'’-]+$/u.test(text) && /\p{Lu}{3}/u.test(text)
    ? text.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase())
    : text;
