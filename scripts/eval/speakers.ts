import { stripAccents } from '../../src/lib/fold';
import type { Range } from './polnear';
import type { PredictedSpeaker } from './predict';

/**
 * Decides whether a predicted speaker is the gold one. The gold gives a mention, not a
 * person: a name ("Rep. Jim Jordan (R-Ohio), an oversight panel member,"), a description
 * ("a source", "the union") or a pronoun ("he"), whose referent is given by a hand-checked
 * referents file or, failing that, by the nearest gold Source before it that names someone.
 *
 * - A name matches a predicted speaker when one of the speaker's names has the gold
 *   name's last word and either name's words all occur in the other ("Clinton" and
 *   "Hillary Clinton" match; "Bill Clinton" and "Hillary Clinton" do not). Titles,
 *   honorifics, party tags and appositions are set aside first.
 * - A description matches when the predicted speaker was read at that very mention, or
 *   is called by the same words ("a source" and "a source"). Not a name that only
 *   completes it: the speaker of "a longtime adviser to Trump" is the adviser, not Trump.
 */

export type GoldSpeakerKind = 'name' | 'description' | 'pronoun';

export interface GoldSpeaker {
  /** The gold Source mention as the text has it. */
  text: string;
  kind: GoldSpeakerKind;
  /** What the mention stands for: itself, or a pronoun's referent. */
  referent: string;
  /** Where the referent is named in the text, when known (the mention itself, or a gold Source). */
  referentRange: Range | null;
  /** How a pronoun's referent was found. */
  resolvedBy: 'mention' | 'referents' | 'nearest-source';
}

const PRONOUNS =
  /^(?:he|she|they|it|him|her|his|hers|its|their|them|i|we|you|who|whom|whose|which|that|this|these|those|himself|herself|itself|themselves)$/iu;

export function isPronoun(text: string): boolean {
  return PRONOUNS.test(text.trim());
}

/** Words that qualify a name without being part of it. */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady sen senator rep representative gov governor pres president vice former ' +
    'secretary minister prime chancellor chairman chairwoman chair speaker leader majority minority house senate ' +
    'democratic republican democrat gop retired lt gen general col colonel maj major adm admiral sgt capt captain ' +
    'gen. judge justice chief attorney state mayor ambassador candidate nominee presidential nominees rev reverend ' +
    'pope king queen prince princess first lady u.s us american federal deputy assistant press spokesman spokeswoman ' +
    'campaign manager adviser advisor aide director executive ceo founder editor anchor host sheriff officer agent ' +
    'of the and for to a an in on at by'
  ).split(' '),
);

/** The words of a name, lower case and without accents, titles and possessives set aside. */
export function nameWords(text: string): string[] {
  const core = text
    .replace(/\([^)]*\)/gu, ' ')
    .split(/,/u)[0]!
    // "Stu Rothenberg of the Rothenberg-Gonzales Political Report", "Sophie in 't Veld": the name before its prepositional phrase.
    .replace(/\s+(?:of|from|at|with)\s+.*$/u, (pp, at: number, all: string) =>
      (all.slice(0, at).match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).filter(
        (w) => !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, '')),
      ).length >= 2
        ? ''
        : pp,
    )
    .replace(
      /\b(?:de|De|van|Van|von|Von|del|Del|da|Da|di|Di|du|Du|le|Le|la|La)\s+(?=\p{Lu})/gu,
      '',
    );
  const words = stripAccents(core).match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w));
  return capitalised
    .map((w) =>
      w
        .replace(/['’]s$/u, '')
        .replace(/\.$/u, '')
        .toLowerCase(),
    )
    .filter((w) => w.length > 0 && !TITLE_WORDS.has(w));
}

/** Does the mention hold a proper name (a capitalised word that is not a title)? A possessive description ("Clinton’s campaign") does not. */
export function holdsName(text: string): boolean {
  if (isPronoun(text)) return false;
  if (
    /^\s*(?:the|a|an|another|one|some|his|her|their|its)\b/iu.test(text) &&
    !/^\s*[Tt]he\s+\p{Lu}/u.test(text)
  )
    return false;
  // "the New Jersey governor", "Several": a description whose head is a common noun, or a quantifier.
  if (/^\s*the\s/iu.test(text) && /\s\p{Ll}[\p{Ll}-]*[,.]?\s*$/u.test(text.split(/,/u)[0]!))
    return false;
  if (/^\s*(?:several|some|many|others|most|few|both|all|none|each)\s*$/iu.test(text)) return false;
  if (/\p{L}['’]s\s+\p{Ll}/u.test(text)) return false;
  return nameWords(text).length > 0;
}

export function classifyGoldSpeaker(text: string): GoldSpeakerKind {
  if (isPronoun(text)) return 'pronoun';
  return holdsName(text) ? 'name' : 'description';
}

export function namesMatch(gold: string, predicted: string): boolean {
  const g = nameWords(gold);
  const p = nameWords(predicted);
  const last = g.at(-1);
  if (!last || p.length === 0 || !p.includes(last)) return false;
  return g.every((w) => p.includes(w)) || p.every((w) => g.includes(w));
}

/** A description without its article and case: "The source" and "the source" are one. */
function descriptionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’]/gu, "'")
    .replace(/^\s*(?:the|a|an|another|one)\s+/u, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Is what starts at `at` in the description the object of a preposition after its head ("a longtime adviser to| Trump")? */
export function complementOf(description: string, at: number): boolean {
  const lead = description.slice(0, Math.max(0, at));
  return (
    /^\s*(?:(?:the|a|an|one|another)\s+)?\p{Ll}/u.test(lead) &&
    /\s(?:to|of|for|with|at|by|from|near|close\s+to)\s+(?:(?:the|both)\s+){0,2}$/iu.test(lead)
  );
}

export function speakerMatches(
  gold: GoldSpeaker,
  predicted: PredictedSpeaker,
  predictedRange: Range | null,
): boolean {
  if (holdsName(gold.referent)) return predicted.names.some((n) => namesMatch(gold.referent, n));
  if (
    gold.referentRange &&
    predictedRange &&
    overlaps(gold.referentRange, predictedRange) &&
    !complementOf(gold.referent, predictedRange.start - gold.referentRange.start)
  )
    return true;
  const key = descriptionKey(gold.referent);
  return predicted.names.some((n) => descriptionKey(n) === key);
}
