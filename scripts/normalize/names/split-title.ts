/** Where a run of capitalised words stops being a title and becomes the name ("White House Press Secretary | Josh Earnest"). */

import { getGender } from 'gender-detection-from-name';
import { ORGANISATION_HEADS } from '../lexicon/organisations';
import { TITLE_WORDS } from '../lexicon/titles';
import { CONNECTORS, NAME_PARTICLES } from './words';

/**
 * How many words of the run are its title: the title words at its head ("Former
 * President Bill Clinton"), or everything up to the last title word before the name
 * ("White House Press Secretary Josh Earnest", "Supreme Court Justice Ruth Bader
 * Ginsburg"). An organisation's name keeps its words ("Democratic National Committee").
 */
export function splitTitle(words: readonly string[]): number {
  if (words.length < 2) return 0;
  let head = 0;
  while (
    head < words.length - 1 &&
    (TITLE_WORDS.has(words[head]!) || (head > 0 && CONNECTORS.has(words[head]!)))
  )
    head++;
  while (head > 0 && CONNECTORS.has(words[head - 1]!)) head--;
  // "Director of National Intelligence James Clapper", "Undersecretary for Political Affairs Wendy Sherman":
  // a title and its field before a first name and a surname; the name starts at the first name.
  const field = words.findIndex(
    (w, k) => k > 0 && /^(?:of|for)$/u.test(w) && TITLE_WORDS.has(words[k - 1]!),
  );
  if (field > 0) {
    const first = words.findLastIndex(
      (w, k) =>
        k > field + 1 &&
        k < words.length - 1 &&
        getGender(w) !== 'unknown' &&
        !TITLE_WORDS.has(w) &&
        !ORGANISATION_HEADS.has(w),
    );
    if (first > 0) return first;
  }
  // An organisation keeps its words: one that ends with its head ("Democratic National Committee"), or
  // whose head only titles follow ("Department of Health and Human Services", "Department of State").
  const orgAt = words.findLastIndex((w) => ORGANISATION_HEADS.has(w));
  if (
    orgAt >= 0 &&
    words
      .slice(orgAt + 1)
      .every((w) => TITLE_WORDS.has(w) || CONNECTORS.has(w) || ORGANISATION_HEADS.has(w))
  )
    return 0;
  const rest = words.slice(head);
  if (
    rest.some((w) => ORGANISATION_HEADS.has(w)) &&
    !rest.slice(0, -1).some((w) => TITLE_WORDS.has(w) && !ORGANISATION_HEADS.has(w))
  )
    return 0;
  // The last title or organisation word with a name after it ends the title.
  let cut = head;
  for (let k = head; k < words.length - 1; k++) {
    if (
      (TITLE_WORDS.has(words[k]!) || ORGANISATION_HEADS.has(words[k]!)) &&
      !NAME_PARTICLES.has(words[k + 1]!)
    )
      cut = k + 1;
  }
  return cut;
}
