/** The gender a name gets from the words around it, or from the pronouns after its mentions. */

import { FEMALE_HEADS, MALE_HEADS } from '../lexicon/person-nouns';
import type { NameMention } from '../names/types';
import type { Draft, EntityMention } from './types';

// Not "spokesman" or "chairman": news style gives them to women too ("Trump spokesman Hope Hicks").
const GENDERED = `(${[...FEMALE_HEADS, ...MALE_HEADS].filter((w) => w !== 'spokesman' && w !== 'chairman').join('|')})`;
/** "9/11 widow Terry Strada", "actress Susan Sarandon": a noun of gender right before the name. */
const GENDER_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])${GENDERED}\\s+$`, 'u');
/** "Terry Strada, the widow of …", "Jan Piercy, a longtime friend and businesswoman": one in an apposition after it. */
const GENDER_AFTER = new RegExp(
  `^,\\s+(?:the|a|an|his|her|their)\\s+(?:(?!(?:of|for|with|from|to|in|on|at|by|and|or|who|that)\\s)[\\p{L}\\d'’-]+\\s+){0,3}?${GENDERED}(?=[\\s,.;])`,
  'u',
);

/** The gender that a noun of the words around a name gives it, when the name has no honorific. */
export function describedGender(text: string, m: NameMention): 'male' | 'female' | null {
  const head =
    GENDER_BEFORE.exec(text.slice(Math.max(0, m.outerStart - 30), m.outerStart))?.[1] ??
    GENDER_AFTER.exec(text.slice(m.end, m.end + 80))?.[1];
  if (!head) return null;
  return FEMALE_HEADS.has(head) ? 'female' : 'male';
}

/** A name followed by its verb, past a parenthesis or an apposition. */
const SUBJECT_OF_VERB =
  /^(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?:\p{Ll}+ed|\p{Ll}{2,}[^s\W]s|is|was|has|had|will|would|could|can|did|does|said|says|told|wrote|added|asked|thinks|thought|went|made|got|took|gave|came|won|lost|spoke|knew|saw|felt)\b/u;

/**
 * A person of unknown gender takes the gender of the pronouns that follow their mentions
 * when no other person is named in between: "Jeh Johnson said … He added" makes Johnson a
 * man. Votes are counted over the whole article.
 */
export function learnGenders(
  texts: readonly string[],
  mentions: readonly EntityMention[][],
  drafts: Map<string, Draft>,
): void {
  const votes = new Map<string, { male: number; female: number }>();
  mentions.forEach((list, b) => {
    const text = texts[b]!;
    list.forEach((m, i) => {
      const draft = drafts.get(m.entity);
      if (!draft || draft.kind !== 'person' || (draft.gender && !draft.fromFirstName)) return;
      // A lone capitalised word ("Benghazi", "Meantime") takes a gender only where it is the subject of a verb.
      if (!draft.first && !draft.known && !SUBJECT_OF_VERB.test(text.slice(m.end, m.end + 120)))
        return;
      const next = list[i + 1]?.start ?? text.length;
      const window = text.slice(m.end, Math.min(next, m.end + 200));
      const he = /\b(?:he|him|his|himself)\b/iu.exec(window);
      const she = /\b(?:she|her|hers|herself)\b/iu.exec(window);
      if (!he && !she) return;
      const v = votes.get(m.entity) ?? { male: 0, female: 0 };
      if (he && (!she || he.index < she.index)) v.male++;
      else v.female++;
      votes.set(m.entity, v);
    });
  });
  for (const [key, v] of votes) {
    const draft = drafts.get(key)!;
    // A first name's usual gender stands unless two or more pronouns, nearly all alike, say otherwise ("Florent").
    if (draft.gender && draft.fromFirstName) {
      if (draft.gender === 'female' && v.male >= 2 && v.female <= 1 && v.male > 2 * v.female)
        draft.gender = 'male';
      else if (draft.gender === 'male' && v.female >= 2 && v.male <= 1 && v.female > 2 * v.male)
        draft.gender = 'female';
    } else if (v.male > v.female) draft.gender = 'male';
    else if (v.female > v.male) draft.gender = 'female';
  }
}
