/**
 * What a dated sentence reports as a happening: its kind, read from the words around the
 * date ("spoke by telephone on Sunday" → a call), and a short headline made from the kind and
 * who takes part ("Macron and Putin speak by phone"). And what is no happening at all: a
 * horizon ("until 2036"), a term in office ("ambassador from 2017 to 2019"), a tweet's
 * signature (it dates the tweet, which is a statement with its own date).
 */
import type { EventKind } from '../../src/schemas';

/** Words that tell the kind; on a tie of distance, the earlier kind of the list wins (a press conference is a meeting too). */
const KINDS: ReadonlyArray<readonly [EventKind, RegExp]> = [
  ['press-conference', /\bpress\s+conference\b|\bnews\s+conference\b/giu],
  ['interview', /\binterview(?:s|ed)?\b/giu],
  [
    'call',
    /\b(?:call(?:ed|s)?(?!\s+(?:for|upon)\b)|phone(?:d)?|telephone|spok[e]n?|speak(?:s|ing)?|talked|conversation|exchanges?|dialogue)\b/giu,
  ],
  [
    'meeting',
    /\b(?:met|meets?|meeting|talks|summit|hosted|receiv(?:ed|ing)|tête\s+à\s+tête|face-to-face)\b/giu,
  ],
  [
    'visit',
    /\b(?:visit(?:s|ed|ing)?|trips?|travel(?:s|led|ling)?|arrived|go(?:es|ing)?\s+to|went\s+to|heads?\s+to|flew)\b/giu,
  ],
  [
    'military-action',
    /\b(?:invasion|invad(?:ed|ing)|attack(?:s|ed)?|strikes?|offensive|bombard\w*|shell(?:ed|ing)|troops|forces|annex(?:ed|ation)|war)\b/giu,
  ],
  ['election', /\b(?:(?:re-?)?elected|elections?|inaugurat(?:ed|ion)|sworn\s+in)\b/giu],
  ['agreement', /\b(?:agreements?|accords?|treaty|treaties|signed|ceasefire|cease-fire)\b/giu],
  ['publication', /\b(?:publish(?:ed|es)?|broadcast|documentary|book|report(?:ed)?|released)\b/giu],
  [
    'statement',
    /\b(?:said|says|denounced|declared|tweeted|announced|told|accused|reminded|warned|stated|insisted|confirmed)\b/giu,
  ],
];

/**
 * The kind of the happening the words around a date phrase report: of the kind words in its
 * clause (back to the previous comma, colon or semicolon, on to the next), the nearest one
 * before the phrase ("meeting Putin in Moscow on Saturday and speaking by phone"), else the
 * nearest after it ("on Monday denounced"); the date phrase's own words ("before the
 * invasion") do not count.
 */
export function kindOf(sentence: string, start: number, end: number): EventKind {
  const bounds = [...sentence.slice(0, start).matchAll(/[,;:]/gu)].at(-1);
  const from = bounds ? bounds.index + 1 : 0;
  const next = sentence.slice(end).search(/[,;:]/u);
  const to = next < 0 ? sentence.length : end + next;
  // "Four days before the invasion, Putin confirmed …": a phrase that has no kind word in its own clause takes the sentence's.
  return (
    nearestKind(sentence, start, end, from, to) ??
    nearestKind(sentence, start, end, 0, sentence.length) ??
    'other'
  );
}

function nearestKind(
  sentence: string,
  start: number,
  end: number,
  from: number,
  to: number,
): EventKind | null {
  const around = `${sentence.slice(from, start)}${' '.repeat(end - start)}${sentence.slice(end, to)}`;
  let before: { kind: EventKind; distance: number } | null = null;
  let after: { kind: EventKind; distance: number } | null = null;
  for (const [kind, re] of KINDS) {
    for (const m of around.matchAll(re)) {
      const at = from + m.index;
      if (at < start) {
        const distance = start - (at + m[0].length);
        if (!before || distance < before.distance) before = { kind, distance };
      } else if (!after || at - end < after.distance) after = { kind, distance: at - end };
    }
  }
  return (before ?? after)?.kind ?? null;
}

/** Words by which a sentence of saying names the occasion ("said Putin, during a joint press conference"): nouns, not verbs. */
const SPEECH_OCCASIONS: ReadonlyArray<readonly [EventKind, RegExp]> = [
  ['press-conference', /\b(?:press|news)\s+(?:conference|briefing)\b/iu],
  ['interview', /\binterview\b/iu],
  [
    'call',
    /\b(?:(?:phone|telephone)\s+)?(?:call|conversation)\b|\b(?:by|on\s+the)\s+(?:phone|telephone)\b/iu,
  ],
  ['meeting', /\b(?:meeting|talks|summit)\b/iu],
];

/** The occasion a sentence of saying names ("in an interview on LCI TV"), or null: the kind of the first such noun. */
export function speechOccasionOf(sentence: string): EventKind | null {
  let first: { kind: EventKind; at: number } | null = null;
  for (const [kind, re] of SPEECH_OCCASIONS) {
    const m = re.exec(sentence);
    if (m && (!first || m.index < first.at)) first = { kind, at: m.index };
  }
  return first?.kind ?? null;
}

const and = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const NO_ONE: Record<EventKind, string> = {
  call: 'A phone call',
  meeting: 'A meeting',
  'press-conference': 'A press conference',
  interview: 'An interview',
  visit: 'A visit',
  'military-action': 'Military action',
  election: 'An election',
  agreement: 'An agreement',
  publication: 'A publication',
  statement: 'A statement',
  other: 'An event',
};

/**
 * A headline of at most 80 characters from the kind, the names of who takes part (the one who
 * acts first) and, for a visit, where to ("Macron visits Kiev").
 */
export function headlineOf(
  kind: EventKind,
  names: readonly string[],
  place: string | null = null,
): string {
  const who = names.slice(0, 3);
  const text = (() => {
    if (kind === 'visit' && place !== null)
      return who.length > 0 ? `${who[0]} visits ${place}` : `A visit to ${place}`;
    if (who.length === 0) return NO_ONE[kind];
    const [first, ...rest] = who as [string, ...string[]];
    switch (kind) {
      case 'call':
        return who.length > 1 ? `${and(who)} speak by phone` : `${first} makes a phone call`;
      case 'meeting':
        return rest.length > 0 ? `${first} meets ${and(rest)}` : `${first} holds talks`;
      case 'press-conference':
        return `${and(who)} ${who.length > 1 ? 'hold' : 'holds'} a press conference`;
      case 'interview':
        return `${first} gives an interview`;
      case 'visit':
        return rest.length > 0 ? `${first} visits ${and(rest)}` : `${first} travels`;
      case 'statement':
        return rest.length > 0 ? `${first} on ${and(rest)}` : `${first} speaks out`;
      case 'election':
        return `${and(who)} ${who.length > 1 ? 'are' : 'is'} elected`;
      default:
        return `${NO_ONE[kind].replace(/^An? /u, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())}: ${and(who)}`;
    }
  })();
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

/** Where a visit goes: the capitalised name after "to", "in" or "visiting" near the visit word ("will go to Kiev", "visiting Ukraine"). */
const DESTINATION =
  /\b(?:visit(?:s|ed|ing)?|trips?|travel(?:s|led|ling)?|go(?:es|ing)?|went|heads?|flew|arrived)\s+(?:(?:to|in|at)\s+)?(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)/u;

/** The place a visit in `clause` goes to, when the text names one; null otherwise. */
export function destinationOf(clause: string): string | null {
  return DESTINATION.exec(clause)?.[1] ?? null;
}

/** "until 2036", "through 2024": the end of a period, not something that happened. */
const HORIZON = /^(?:until|till|through|by)\s/iu;

/**
 * Is the date phrase no happening: a horizon, or either end of a term ("from 2017 to 2019")?
 * `sentence` is the sentence the phrase stands in, at `start`..`end`.
 */
export function isNoHappening(
  phrase: string,
  sentence: string,
  start: number,
  end: number,
): boolean {
  if (HORIZON.test(phrase)) return true;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 40);
  if (/^from\s/iu.test(phrase) && /^\s*(?:to|until|through|[-–])\s*\d{4}\b/u.test(after))
    return true;
  if (/^to\s/iu.test(phrase) && /\bfrom\s+\d{4}\s*$/iu.test(before)) return true;
  return false;
}
