/** The cues before a quotation, in its sentence: "Ruiz said:", "Ruiz told reporters that", "according to Ruiz,", "…, saying". */

import { TAKES_OBJECT, WEAK_CUES } from '../lexicon/cue-verbs';
import { ROLE_NOUNS } from '../lexicon/person-nouns';
import { BASE_FORMS, SPEECH_VERBS } from '../lexicon/speech-verbs';
import { isVerbLike } from '../pronouns/verbs';
import { phraseFinder } from '../text';
import { phraseAfter, type Cue } from './cue';
import { subjectBefore } from './subject-before';

const INVERTIBLE_SET = new Set(
  SPEECH_VERBS.filter((v) => !TAKES_OBJECT.has(v) && !/ing$/u.test(v)),
);
const verbsIn = phraseFinder([
  ...SPEECH_VERBS,
  'According to',
  'according to',
  'In the words of',
  'in the words of',
]);
/** A verb form right after these is a noun: "the report", "his comments", "in a statement". */
const ADJACENT_NOUN_BEFORE =
  /(?:(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hese|[Tt]hose|[Ww]hose|[Ii]n|[Oo]f|[Tt]o)|\p{L}['’]s?(?:\s+[\p{Ll}-]+)?)\s+$/u;
/** A form that is also a noun ("comments", "reports", "claim"): not a past tense, a gerund or "said". */
const NOUNABLE = (word: string) =>
  !/(?:ed|ing)$/u.test(word) &&
  !/^(?:said|told|wrote|says|tells|writes|adds|asks|asked)$/u.test(word);
/**
 * A form that is also a noun, after a determiner, a possessive or a quantifier with up to
 * two words between, is that noun: "her recovered emails", "Trump's over-the-top comments",
 * "his anti-Muslim remarks", "a dozen states".
 */
const NOUN_BEFORE =
  /(?:(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hese|[Tt]hose|[Ww]hose|[Ii]n|[Oo]f|[Tt]o|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|dozen|[Ss]ome|[Aa]ll|[Bb]oth|[Nn]o)|\p{L}['’]s?)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;
/** Verbs that also name things ("a program called", "an event dubbed"): a cue only after a name or pronoun. */
const NAMING = /^(?:called|dubbed|labeled|labelled|branded|titled|described|known|characterized)$/u;
/** What precedes a noun phrase that is a verb's object ("released a video") or a name's apposition ("Braynard, a …"), not a preposition's complement. */
const OBJECT_OR_APPOSITION =
  /(?:(?<![\p{L}’'-])(?!(?:under|in|on|at|by|with|from|of|to|for|into|onto|about|over|through|after|before|against|like|as|than|and|or|but)\s)\p{Ll}+|\p{Lu}[\p{L}.’'-]*,)\s+$/u;

/** Does a noun phrase name several (or is it they, we, I, you)? */
function plural(np: string): boolean {
  const words = np.trim().split(/\s+/u);
  const head = (words.at(-1) ?? '').toLowerCase();
  return (
    /^(?:they|we|i|you|people)$/u.test(head) ||
    (/[^s']s$/u.test(head) && !/^\p{Lu}/u.test(words.at(-1) ?? '')) ||
    /\band\b/u.test(np)
  );
}

/** The reporting verbs between `from` and `to`, nearest the quotation first, with the subject each has. */
export function cuesBefore(masked: string, from: number, to: number): Cue[] {
  const window = masked.slice(from, to);
  const cues: Cue[] = [];
  for (const verb of verbsIn(window).reverse()) {
    const verbAt = from + verb.index;
    const word = verb.text;
    // Not a past tense after a possessive and its noun ("Sanders’ campaign called"): that is a subject and its verb.
    if (
      ADJACENT_NOUN_BEFORE.test(masked.slice(Math.max(from, verbAt - 12), verbAt)) &&
      !(
        /ed$/u.test(word) &&
        /\p{L}['’]s?\s+[\p{Ll}-]+\s+$/u.test(masked.slice(Math.max(from, verbAt - 40), verbAt))
      )
    )
      continue;
    if (
      NOUNABLE(word) &&
      NOUN_BEFORE.test(
        masked.slice(Math.max(from, verbAt - 40), verbAt).replace(/\s{3,}/gu, ' \u0000 '),
      ) &&
      !/(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|\p{L}+['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:plan|campaign|ad|report|statement|letter|memo|email|website|party|platform|bill|book|committee|group|office|spokesman|spokeswoman|aide|adviser|lawyer|attorney|spokesperson|team|administration|government|agency|department|poll|survey|study|paper|article|editorial|video|message|post|page|site|account|document|filing|lawsuit|complaint)\s+$/u.test(
        masked.slice(Math.max(from, verbAt - 40), verbAt),
      ) &&
      !/(?:he|she|they|it|who|also)\s+$/u.test(masked.slice(Math.max(from, verbAt - 8), verbAt))
    )
      continue;
    // A weak verb ("supported", "cited", "hoped") is a cue only right before the quotation or its "that".
    if (
      WEAK_CUES.has(word) &&
      !/^[\s,:]*(?:that\s[^]*|(?:\S+\s+){0,5}(?:\S+:)?)$/u.test(
        masked.slice(verbAt + word.length, to),
      )
    )
      continue;
    // "a super PAC called Future45", "will continue to be": not someone speaking.
    if (
      NAMING.test(word) &&
      /(?:^|\s)(?:a|an)\s+(?:\S+\s+){0,3}$/iu.test(
        masked.slice(Math.max(from, verbAt - 40), verbAt),
      )
    )
      continue;
    if (/^continu/u.test(word) && /^\s+to\s/u.test(masked.slice(verbAt + word.length))) continue;
    // "Sanders was asked by host Bill Maher, “…”": the agent of a passive question asks it.
    const agent =
      /^(?:asked|questioned|pressed)$/u.test(word) &&
      /(?:^|\s)(?:was|were|is|are|been|being)\s+$/u.test(
        masked.slice(Math.max(from, verbAt - 8), verbAt),
      )
        ? /^\s+by\s+/u.exec(masked.slice(verbAt + word.length, to))
        : null;
    if (agent) {
      const subject = phraseAfter(masked, verbAt + word.length + agent[0].length, to);
      if (subject)
        cues.push({
          verb: word,
          verbAt,
          subject,
          fallback: null,
          participle: false,
          cue: { start: verbAt, end: to },
        });
      continue;
    }
    // "Ukrainians supported militarily by Moscow": a passive participle is no one speaking ("responded by saying" is).
    if (
      /ed$/u.test(word) &&
      /^\s+(?:\p{Ll}+ly\s+)?by\s(?!\p{Ll}+ing\b)/u.test(masked.slice(verbAt + word.length))
    )
      continue;
    const cue = { start: verbAt, end: to };
    if (/^(?:according to|in the words of)$/iu.test(word)) {
      const subject = phraseAfter(masked, verbAt + word.length, to);
      if (subject)
        cues.push({ verb: word, verbAt, subject, fallback: null, participle: false, cue });
      continue;
    }
    if (/ing$/u.test(word)) {
      cues.push({ verb: word, verbAt, subject: null, fallback: null, participle: true, cue });
      continue;
    }
    // "Putin gives his agreement, but insists …": a verb after "and"/"but" shares the clause's subject.
    if (
      /(?:^|[\s,])(?:and|but)\s+(?:(?:also|then|later|again|now|still|just|quickly|repeatedly)\s+)?$/u.test(
        masked.slice(Math.max(from, verbAt - 20), verbAt),
      )
    ) {
      cues.push({ verb: word, verbAt, subject: null, fallback: null, participle: true, cue });
      continue;
    }
    // "Trump was quick to add": an infinitive takes the subject of its clause.
    if (
      BASE_FORMS.has(word) &&
      /(?:^|\s)to\s+$/u.test(masked.slice(Math.max(from, verbAt - 4), verbAt))
    ) {
      cues.push({ verb: word, verbAt, subject: null, fallback: null, participle: true, cue });
      continue;
    }
    const subject = subjectBefore(masked, from, verbAt);
    // A base form is a cue after a plural subject ("Critics argue") or a modal ("Trump would denounce").
    const modal =
      /(?:^|\s)(?:would|will|could|can|should|might|may|must|did|does|do|didn['’]t|doesn['’]t|won['’]t)\s+(?:not\s+|also\s+)?$/u.test(
        masked.slice(Math.max(from, verbAt - 16), verbAt),
      );
    const np = subject ? masked.slice(subject.start, subject.end) : '';
    if (
      subject &&
      BASE_FORMS.has(word) &&
      !plural(np) &&
      (!modal || /^(?:the|a|an|this|that)\s/iu.test(np))
    )
      continue;
    // "Sanders is releasing a new ad that urges voters to “…”", "Braynard, a native who writes": a relative clause on
    // a description, the object of a verb or in apposition to a name, reports what the subject of the
    // clause that introduces it says; the verb takes that clause's subject.
    if (
      subject &&
      /^(?:a|an|the)\s/iu.test(np) &&
      /^\s+(?:that|which|who)\s/u.test(masked.slice(subject.end, verbAt)) &&
      OBJECT_OR_APPOSITION.test(masked.slice(Math.max(from, subject.start - 40), subject.start))
    ) {
      cues.push({ verb: word, verbAt, subject: null, fallback: null, participle: true, cue });
      continue;
    }
    if (subject) {
      cues.push({
        verb: word,
        verbAt,
        subject,
        fallback: null,
        participle: false,
        cue: { start: subject.start, end: to },
      });
      continue;
    }
    // No subject before the verb: an inverted one after it ("said Kouleba, pointing…: “…”").
    if (!TAKES_OBJECT.has(word)) {
      const after = phraseAfter(masked, verbAt + word.length, to);
      const closed = after && /^\s*(?:[,:]|$)/u.test(masked.slice(after.end, to));
      // "said Trump had “…”": a name and its verb after "said" are the clause said, not an inverted subject.
      const clause =
        after &&
        masked
          .slice(after.start, after.end)
          .split(/\s+/u)
          .slice(1)
          .some((w) => /^\p{Ll}/u.test(w) && isVerbLike(w) && !ROLE_NOUNS.has(w));
      if (
        after &&
        closed &&
        !clause &&
        /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(masked.slice(after.start, after.end))
      )
        cues.push({ verb: word, verbAt, subject: after, fallback: null, participle: false, cue });
    }
  }
  // "Said Dorothy Poynter, who grew up with Ali, “…”", "Stated Stone: “…”": a capitalised verb of saying opening the sentence, its subject after it.
  const opening = /^\s*(\p{Lu}\p{Ll}+)\s+/u.exec(window);
  if (opening && INVERTIBLE_SET.has(opening[1]!.toLowerCase())) {
    const verbAt = from + opening[0].indexOf(opening[1]!);
    const after = phraseAfter(masked, verbAt + opening[1]!.length, to);
    if (
      after &&
      /^\p{Lu}/u.test(masked.slice(after.start, after.end)) &&
      /^\s*(?:[,:]|$)/u.test(masked.slice(after.end, to))
    )
      cues.push({
        verb: opening[1]!,
        verbAt,
        subject: after,
        fallback: null,
        participle: false,
        cue: { start: verbAt, end: to },
      });
  }
  // "As The Post's Dana Milbank puts it, “…”": the one who puts it speaks.
  for (const m of window.matchAll(
    /(?<![\p{L}’'-])[Aa]s\s+([^,;:.!?]{1,60}?)\s+(?:(?:has|had|once|\p{Ll}+ly)\s+)?(put|puts)\s+it\b/gu,
  )) {
    const start = from + m.index + m[0].indexOf(m[1]!, 2);
    const verbAt = from + m.index + m[0].lastIndexOf(m[2]!);
    cues.push({
      verb: m[2]!,
      verbAt,
      subject: { start, end: start + m[1]!.length },
      fallback: null,
      participle: false,
      cue: { start: from + m.index, end: to },
    });
  }
  return cues.sort((a, b) => b.verbAt - a.verbAt);
}
