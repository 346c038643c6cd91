/** The cue right after a quotation's closing mark: ", said Dana Ruiz", ", Ruiz said", ", according to Ruiz". */

import { ABBREVIATION } from '../lexicon/capitals';
import { TAKES_OBJECT, TRANSLATED_CUES } from '../lexicon/cue-verbs';
import { ROLE_NOUNS } from '../lexicon/person-nouns';
import { BASE_FORMS, SPEECH_VERBS } from '../lexicon/speech-verbs';
import { isVerbLike } from '../pronouns/verbs';
import { ADVERBS, clauseEnd, phraseAfter, type Cue } from './cue';

const VERBS = SPEECH_VERBS.join('|');
const INVERTIBLE = SPEECH_VERBS.filter((v) => !TAKES_OBJECT.has(v)).join('|');
const AFTER_VERB_FIRST = new RegExp(
  `^[\\s,.!?…]*[—–-]?\\s*(?:(?:${ADVERBS})\\s+)?(${INVERTIBLE}|${TRANSLATED_CUES.join('|')})\\b`,
  'u',
);
/** A character of a noun phrase: anything but a stop, unless the stop ends an abbreviation ("Gov. Kasich", "McConnell, R-Ky., said"). */
const NP_CHAR = `(?:[^.;:!?“”"«»()]|\\([^()]{1,30}\\)|(?<=(?:^|[\\s(])(?:${ABBREVIATION}))\\.|(?<=(?:^|[\\s(.])\\p{Lu})\\.|(?<=\\p{L})\\.(?=\\p{L})|(?<=(?:^|[\\s(,])[DRI]-\\p{Lu}[\\p{L}.]{0,5})\\.)`;
const AFTER_SUBJECT_FIRST = new RegExp(
  `^[\\s,.!?…]*[—–-]?\\s*((?:(?:the|a|an|his|her|its|their)\\s+)?${NP_CHAR}{1,140}?)\\s+(?:(?:${ADVERBS}|not|never)\\s+){0,2}(${VERBS}|${TRANSLATED_CUES.join('|')})\\b(?!(?<=(?:^|\\s)(?:${[...BASE_FORMS, ...TRANSLATED_CUES].join('|')}))\\s+(?:${[...ROLE_NOUNS].join('|')})\\b)`,
  'u',
);
const AFTER_ACCORDING = /^[\s,.!?…]*[—–-]?\s*(according to|in the words of)\s+/u;
/** A conjunction that opens a clause of its own: "while Trump refers to", "and Trump vowed". */
const CLAUSE_OPENER =
  /^(?:while|whereas|although|though|until|unless|because|since|when|whenever|if|after|before|and|but)\s+\S/u;

/** ", said Dana Ruiz", ", Ruiz said", ", according to Ruiz" right after a closing mark at `offset`. */
export function cueAfter(masked: string, offset: number, limit: number): Cue | null {
  const rest = masked.slice(offset, limit);
  const according = AFTER_ACCORDING.exec(rest);
  if (according) {
    const at = offset + according.index + according[0].indexOf(according[1]!);
    const subject = phraseAfter(masked, offset + according[0].length, limit);
    return subject
      ? {
          verb: according[1]!,
          verbAt: at,
          subject,
          fallback: null,
          participle: false,
          cue: { start: at, end: subject.end },
        }
      : null;
  }
  const first = AFTER_VERB_FIRST.exec(rest);
  // "“…,” saying the city embodied …": a participle has no subject after it; it takes its clause's.
  if (first && /ing$/u.test(first[1]!) && /^[\s]*,/u.test(rest)) {
    const verbAt = offset + first[0].length - first[1]!.length;
    return {
      verb: first[1]!,
      verbAt,
      subject: null,
      fallback: null,
      participle: true,
      cue: { start: verbAt, end: clauseEnd(masked, verbAt + first[1]!.length, limit) },
    };
  }
  if (first && !/ing$/u.test(first[1]!)) {
    const verbAt = offset + first[0].length - first[1]!.length;
    const subject = phraseAfter(masked, verbAt + first[1]!.length, limit);
    if (
      subject &&
      !/^(?:that|to|and|but|it|this)$/iu.test(masked.slice(subject.start, subject.end))
    ) {
      return {
        verb: first[1]!,
        verbAt,
        subject,
        fallback: null,
        participle: false,
        cue: { start: verbAt, end: clauseEnd(masked, subject.end, limit) },
      };
    }
  }
  // ", the email said": a verb form after a determiner is a noun ("the email"); the verb is a later one.
  let probe = rest;
  let second = AFTER_SUBJECT_FIRST.exec(probe);
  for (
    let guard = 0;
    second &&
    guard < 3 &&
    /(?:^|\s)(?:the|a|an|his|her|its|their|our|to|of|for|on|in|at|with)$/iu.test(
      second[1]!.trimEnd(),
    );
    guard++
  ) {
    const at = second[0].length - second[2]!.length;
    probe =
      probe.slice(0, at) + 'x'.repeat(second[2]!.length) + probe.slice(at + second[2]!.length);
    second = AFTER_SUBJECT_FIRST.exec(probe);
  }
  if (second) {
    const np = second[1]!;
    const npStart = offset + second[0].indexOf(np, second[0].search(/\S/u));
    // "“get” Hillary Clinton for her response to the attack": a verb form after a determiner is a noun.
    if (
      !plausibleSubject(np) ||
      /(?:^|\s)(?:the|a|an|his|her|its|their|our|to|of|for|on|in|at|with)$/iu.test(np.trimEnd())
    )
      return null;
    const verbAt = offset + second[0].length - second[2]!.length;
    // "The Rove ad hits Clinton for taking “…” and claims that": a coordinated verb shares the subject of its clause.
    if (/^(?:and|but|or)(?:\s+(?:then|also|later))?$/iu.test(np.trim()))
      return {
        verb: second[2]!,
        verbAt,
        subject: null,
        fallback: null,
        participle: true,
        cue: { start: npStart, end: clauseEnd(masked, verbAt + second[2]!.length, limit) },
      };
    const lastComma = np.lastIndexOf(',');
    // "“Mr. Trump,” while Trump refers to the governor as", "“…,” for instance, and Trump vowed to": a clause a
    // conjunction opens after the quotation has a subject of its own; its verb is no cue of the quotation before it.
    if (CLAUSE_OPENER.test(np.slice(lastComma + 1).trim())) return null;
    const cueEnd = clauseEnd(masked, verbAt + second[2]!.length, limit);
    // "“…” for Clinton, said Kunin", "“…” in comparison to Obama, Gingrich said": words the quotation runs into, then its
    // cue; a phrase that opens with a preposition or a conjunction is no subject, the words after its comma are.
    if (
      lastComma >= 0 &&
      /^(?:for|in|against|to|with|on|at|of|from|about|by|over|under|than|like|and|but|or|compared|unlike|toward|towards)\s/iu.test(
        np.trim(),
      )
    ) {
      if (/^\s*$/u.test(np.slice(lastComma + 1))) {
        const inverted = phraseAfter(masked, verbAt + second[2]!.length, limit);
        if (
          inverted &&
          /^(?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)/u.test(
            masked.slice(inverted.start, inverted.end),
          )
        )
          return {
            verb: second[2]!,
            verbAt,
            subject: inverted,
            fallback: null,
            participle: false,
            cue: { start: npStart + lastComma + 1, end: clauseEnd(masked, inverted.end, limit) },
          };
      } else
        return {
          verb: second[2]!,
          verbAt,
          subject: { start: npStart + lastComma + 1, end: npStart + np.length },
          fallback: null,
          participle: false,
          cue: { start: npStart + lastComma + 1, end: cueEnd },
        };
    }
    const fallback =
      lastComma >= 0 ? { start: npStart + lastComma + 1, end: npStart + np.length } : null;
    return {
      verb: second[2]!,
      verbAt,
      subject: { start: npStart, end: npStart + np.length },
      fallback,
      participle: false,
      cue: { start: npStart, end: clauseEnd(masked, verbAt + second[2]!.length, limit) },
    };
  }
  return null;
}

/** A subject after a quotation starts with a capital, a pronoun or a determiner, is short, and has no verb before its apposition. */
function plausibleSubject(np: string): boolean {
  const words = np.trim().split(/\s+/u);
  if (words.length > 16) return false;
  const head = np
    .split(/[,(]/u)[0]!
    .trim()
    .split(/\s+(?:of|for|at)\s/u)[0]!
    .split(/\s+/u);
  // "the retired neurosurgeon": a participle after a determiner is an adjective.
  if (
    head.length > 7 ||
    head
      .slice(1)
      .some(
        (w, i) =>
          /^\p{Ll}/u.test(w) && isVerbLike(w) && !(i === 0 && /^(?:the|a|an)$/iu.test(head[0]!)),
      )
  )
    return false;
  const lead = words[0]!.replace(/^[(]/u, '');
  if (
    /^\p{Lu}/u.test(lead) ||
    /^(?:he|she|they|it|we|i|the|a|an|one|another|some|two|three|his|her|its|their|this|that|these|those|and|but|so|then)$/u.test(
      lead,
    )
  )
    return true;
  // "former George W. Bush speechwriter Noam Neusner": a title in lower case before a name, which may have its
  // complement ("nuclear experts David Albright and Serena Kelleher of the Institute for Science"); "federal prosecutors".
  return (
    (words.length <= 8 && /^\p{Lu}/u.test(words.at(-1) ?? '')) ||
    (/^\p{Lu}/u.test(head.at(-1) ?? '') && /^\p{Lu}/u.test(words.at(-1) ?? '')) ||
    (words.length <= 4 && /[^s]s$/u.test(words.at(-1) ?? '') && /^\p{Ll}/u.test(words.at(-1) ?? ''))
  );
}
