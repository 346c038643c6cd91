/** What a name is, from its words: a person, an organisation, a place, a group, or no name at all. */

import { CALENDAR_WORDS, SENTENCE_OPENERS } from '../lexicon/capitals';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS } from '../lexicon/organisations';
import { PLACES } from '../lexicon/places';
import { TITLE_WORDS } from '../lexicon/titles';
import { isAcronym } from './tokens';
import type { NameKind } from './types';
import { GROUP_WORDS, PLACE_HEADS, placePhrases } from './words';

export function kindOf(words: readonly string[]): NameKind | null {
  if (words.length === 0) return null;
  const joined = words.join(' ');
  if (CALENDAR_WORDS.has(words[0]!) && words.length <= 2) return null;
  if (KNOWN_ORGANISATIONS.has(joined)) return 'organisation';
  if (placePhrases.has(joined) || (words.length === 1 && PLACES.has(joined))) return 'place';
  if (words.some((w) => ORGANISATION_HEADS.has(w))) return 'organisation';
  if (PLACE_HEADS.has(words.at(-1)!)) return 'place';
  if (words.length === 1) {
    const w = words[0]!;
    if (/^[DRI]-\p{Lu}/u.test(w)) return null;
    if (GROUP_WORDS.test(w)) return 'group';
    // "I'm", "He's", "That's": a pronoun with its verb.
    if (
      /^(?:I|It|He|She|We|They|You|That|There|What|Who|Here|Let|Where|How)['’](?:m|s|re|ve|ll|d)$/u.test(
        w,
      )
    )
      return null;
    if (SENTENCE_OPENERS.has(w) || TITLE_WORDS.has(w) || /^\p{N}/u.test(w)) return null;
    if (isAcronym(w)) return 'organisation';
  }
  if (words.every((w) => TITLE_WORDS.has(w))) return null;
  // "the Wisconsin Republican", "the New York Democrat": a place and a party or a title describe someone; they are no name.
  const where = words.slice(0, -1).join(' ');
  if (TITLE_WORDS.has(words.at(-1)!) && (PLACES.has(where) || placePhrases.has(where))) return null;
  return 'person';
}
