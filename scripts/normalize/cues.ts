import { ABBREVIATION } from './lexicon/capitals';
import { TAKES_OBJECT, TRANSLATED_CUES, WEAK_CUES } from './lexicon/cue-verbs';
import { ROLE_NOUNS } from './lexicon/person-nouns';
import { PLACE_PHRASES, PLACES } from './lexicon/places';
import { BASE_FORMS, SPEECH_VERBS } from './lexicon/speech-verbs';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { isVerbLike } from './pronouns/verbs';
import { phraseFinder } from './text';

/**
 * The cue patterns of English news on both sides of a quotation, read on the text with
 * quotations blanked out. After the closing mark: the inverted ", said Dana Ruiz, the
 * editor" and ", said the official", the plain ", Ruiz said", ", he added", ", Margarita
 * Simonyan, the editor in chief of RT, wrote", ", according to Ruiz". Before the opening
 * mark, in the same sentence: "Ruiz said:", "Ruiz told reporters that", "Podesta said it
 * was a", "according to Ruiz,", a participle ("…, saying"), an inverted "said Ruiz". Each
 * pattern gives where its subject stands; who that is, is `subjects.ts`'s question.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Cue {
  /** The verb ("said") or "according to". */
  verb: string;
  verbAt: number;
  /** Where the subject noun phrase stands, and a second reading of it (the words after its last comma). */
  subject: Range | null;
  fallback: Range | null;
  /** A participle ("saying") takes the subject of its clause, which the caller finds. */
  participle: boolean;
  /** The cue as the text writes it, for the claim's `cue`. */
  cue: Range;
}

const VERBS = SPEECH_VERBS.join('|');
const INVERTIBLE = SPEECH_VERBS.filter((v) => !TAKES_OBJECT.has(v)).join('|');
const INVERTIBLE_SET = new Set(
  SPEECH_VERBS.filter((v) => !TAKES_OBJECT.has(v) && !/ing$/u.test(v)),
);
const ADVERBS =
  'also|then|later|again|thus|once|further|previously|recently|repeatedly|often|reportedly|publicly|privately|similarly|separately|earlier|still|simply|quickly|flatly|bluntly|firmly|angrily|finally|even|just|already|long|since|frequently|openly|falsely|first|now|had|has|have|would|will|could|did|\\p{Ll}+ly';
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
const PHRASE_STOP = new RegExp(
  `(?:[,;:!?()“”"«»—–]|(?<!(?:^|[\\s(])(?:${ABBREVIATION}))\\.)|\\s(?:in|on|at|during|after|before|when|while|about|that|if|because|as|who|which|last|this|earlier|recently)\\s`,
  'u',
);
const AFTER_ACCORDING = /^[\s,.!?…]*[—–-]?\s*(according to|in the words of)\s+/u;
const verbsIn = phraseFinder([
  ...SPEECH_VERBS,
  'According to',
  'according to',
  'In the words of',
  'in the words of',
]);
/** A verb form right after these is a noun: "the report", "his comments", "in a statement". */
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
const SKIPPABLE = new RegExp(
  `^(?:${ADVERBS}|not|never|has|have|had|was|were|is|are|be|been|being)$`,
  'u',
);
/** An adverb or an auxiliary between a subject and its verb; "the rally denounced", "his family said": a noun in -ly is no adverb. */
const skippable = (word: string) =>
  SKIPPABLE.test(word) &&
  !(/ly$/u.test(word) && (lexicon[word.toLowerCase()]?.[0] ?? '').startsWith('NN'));
const BOUNDARY_WORD =
  /^(?:that|when|while|because|if|as|after|before|since|although|though|where|whether|and|but|or|so|than|until|unless|which|who|whom)$/iu;
/** Verbs that also name things ("a program called", "an event dubbed"): a cue only after a name or pronoun. */
const NAMING = /^(?:called|dubbed|labeled|labelled|branded|titled|described|known|characterized)$/u;
/** A role, bare or after a determiner and up to three words: "the communications director for …", "chairman of …". */
const ROLE_PHRASE = new RegExp(
  `^(?:(?:the|a|an)\\s+(?:\\S+\\s+){0,3})?(?:${[...ROLE_NOUNS].join('|')})\\b`,
  'u',
);
/** What precedes a noun phrase that is a verb's object ("released a video") or a name's apposition ("Braynard, a …"), not a preposition's complement. */
const OBJECT_OR_APPOSITION =
  /(?:(?<![\p{L}’'-])(?!(?:under|in|on|at|by|with|from|of|to|for|into|onto|about|over|through|after|before|against|like|as|than|and|or|but)\s)\p{Ll}+|\p{Lu}[\p{L}.’'-]*,)\s+$/u;
/** A conjunction that opens a clause of its own: "while Trump refers to", "and Trump vowed". */
const CLAUSE_OPENER =
  /^(?:while|whereas|although|though|until|unless|because|since|when|whenever|if|after|before|and|but)\s+\S/u;
const DETERMINER =
  /^(?:the|a|an|one|another|some|several|many|most|two|three|four|five|his|her|its|their|this|that|these|those)$/iu;

/** The end of a noun phrase that follows a verb: a comma, a stop, a parenthesis, or a preposition of time or place. */
function phraseAfter(text: string, from: number, limit: number): Range | null {
  const rest = text.slice(from, limit);
  const lead = /^\s*/u.exec(rest)![0].length;
  const stop = PHRASE_STOP.exec(rest.slice(lead));
  const end = from + lead + (stop ? stop.index : rest.length - lead);
  return end > from + lead ? { start: from + lead, end } : null;
}

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

/** The end of the cue's clause: its words up to a stop, a comma or a quotation ("he reminded Emmanuel Macron on March 6"). */
function clauseEnd(text: string, from: number, limit: number): number {
  const stop = /[,.;:!?“”"«»(—–]|\s{3}/u.exec(text.slice(from, limit));
  return stop ? from + stop.index : limit;
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

/**
 * The subjects already found in the last text read, by floor and verb: the attribution steps read a sentence again
 * for each quotation in it and each cue they weigh, and this search is the costliest part of reading a cue.
 * Nothing changes a range it gives.
 */
let subjects: { text: string; found: Map<string, Range | null> } = { text: '', found: new Map() };

/**
 * The noun phrase ending right before a verb: adverbs and auxiliaries skipped ("Trump
 * also said", "Clinton has said"), a parenthesis or an apposition between commas skipped
 * ("Rep. Gwen Moore (D-Wis.) said", "Trump, who …, said"), then words back to a clause
 * boundary, a determiner included.
 */
function subjectBefore(text: string, floor: number, verbAt: number): Range | null {
  if (subjects.text !== text) subjects = { text, found: new Map() };
  const key = `${floor}:${verbAt}`;
  const known = subjects.found.get(key);
  if (known !== undefined) return known;
  const found = findSubjectBefore(text, floor, verbAt);
  subjects.found.set(key, found);
  return found;
}

function findSubjectBefore(text: string, floor: number, verbAt: number): Range | null {
  let at = verbAt;
  const wordBefore = (i: number) =>
    /([\p{L}\p{N}’'.-]+)\s*$/u.exec(text.slice(Math.max(floor, i - 40), i));
  for (let guard = 0; guard < 4; guard++) {
    const w = wordBefore(at);
    if (!w || !skippable(w[1]!)) break;
    at -= w[0].length;
  }
  let tail = text.slice(floor, at).replace(/\s+$/u, '');
  // "Biden “has a lot of roles to play,” said Doyle": a quotation blanked out right before the verb closes
  // what comes before it like a comma ("Clinton, who called it “a mistake,” said" keeps its subject).
  if (tail && /\s{3,}$/u.test(text.slice(floor, at))) tail += ',';
  // "Feinstein (D-Calif.) last week said": a time between subject and verb.
  tail = tail.replace(
    /\s+(?:(?:on|last|this|next|earlier|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?$/u,
    '',
  );
  // "Beck, who has in the past described", "Rubio had at last described".
  tail = tail.replace(
    /\s+(?:in\s+the\s+past|at\s+last|at\s+times|at\s+first|in\s+turn|once\s+again|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+meantime)$/u,
    '',
  );
  for (let guard = 0; guard < 2; guard++) {
    const w = /([\p{L}’'.-]+)\s*$/u.exec(tail);
    if (!w || !skippable(w[1]!)) break;
    tail = tail.slice(0, tail.length - w[0].length).replace(/\s+$/u, '');
  }
  // "The State Department less than two weeks ago said".
  tail = tail.replace(
    /\s+(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago$/u,
    '',
  );
  // "is reported to have called", "was quoted as saying": the subject is before the raising verb.
  tail = tail.replace(
    /\s+(?:is|was|are|were|has been|had been)\s+(?:reported|said|expected|quoted|believed|thought|likely|set|scheduled|poised|going|known|alleged|understood|heard|seen)\s+(?:to|as)(?:\s+(?:have|be))?$/u,
    '',
  );
  // "Beck, who has in the past described": a phrase of time or place after an auxiliary is no subject.
  const timed = tail.replace(
    /(\s(?:who|which|that|has|have|had|is|was|are|were|also|then|will|would|could|can|did|does))\s+(?:in|on|at|during|for|over|since|until)\s+(?:(?:the|a|an|his|her|its|their|this|that|last|recent|past)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,2}[\p{L}\p{N}’'-]+$/u,
    '$1',
  );
  for (let guard = 0; guard < 3 && timed !== tail; guard++) {
    const aux =
      /\s+(?:has|have|had|is|was|are|were|also|then|will|would|could|can|did|does|not|never)$/u.exec(
        guard === 0 ? timed : tail,
      );
    if (!aux) break;
    tail = (guard === 0 ? timed : tail).slice(0, aux.index);
  }
  // "Gov. John Kasich (R-OH), said": a stray comma after the party tag closes no apposition.
  tail = tail.replace(/(\([DRI]-[\p{L}.]{1,8}\)),$/u, '$1');
  // The first apposition set aside, in case what it follows is no subject ("In a statement to the Observer, her adviser, Jake Sullivan, said").
  let apposition: Range | null = null;
  for (let guard = 0; guard < 3; guard++) {
    const before = tail;
    if (tail.endsWith(')')) {
      const open = tail.lastIndexOf('(');
      if (open >= 0 && tail.length - open < 60) tail = tail.slice(0, open).replace(/\s+$/u, '');
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": an apposition between dashes.
    if (/\s[—–]$/u.test(tail)) {
      const open = Math.max(
        tail.lastIndexOf(' — ', tail.length - 3),
        tail.lastIndexOf(' – ', tail.length - 3),
      );
      if (open > 0 && tail.length - open < 120) tail = tail.slice(0, open).replace(/\s+$/u, '');
    }
    if (tail.endsWith(',')) {
      // An apposition, possibly holding commas itself ("Dean Johnson, a salesman from Sumter, South Carolina,"), or a party tag (", R-Wis.,").
      let cut = -1;
      for (
        let p = tail.lastIndexOf(',', tail.length - 2), n = 0;
        p >= 0 && tail.length - p < 160 && n < 3;
        p = tail.lastIndexOf(',', p - 1), n++
      ) {
        const segment = tail.slice(p + 1);
        // "…, while Mike Huckabee, the former governor, proposed": a clause boundary is no apposition.
        // "Cruz, when asked about Trump, responded": a reduced adverbial clause (no subject of its own) is set off like an apposition.
        if (
          /^\s*(?:when|while|after|before|if|once|though|although|as)\s+(?:\p{Ll}+ly\s+)?(?:asked|pressed|questioned|told|informed|confronted|\p{Ll}+ing)\b/u.test(
            segment,
          )
        ) {
          cut = p;
          continue;
        }
        if (
          /^\s*(?:while|and|but|as|after|when|because|although|though|since|where|if)\b/u.test(
            segment,
          )
        )
          break;
        // "Dan Centinello, Romney’s deputy national political director, said": an apposition may open with a possessor.
        if (
          /^\s*(?:the|a|an|who|whose|which|his|her|its|their|now|then|\p{Ll}|\d|[DRI]-\p{Lu}|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll})/u.test(
            segment,
          )
        )
          cut = p;
      }
      if (cut < 0) {
        // "Her chief policy aide, Jake Sullivan, calls": the name set off between commas after a description is the subject.
        const inner = /,\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*),$/u.exec(tail);
        if (
          inner &&
          /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\S+['’]s?)\s+(?:\S+\s+){0,5}\S+$/u.test(
            tail.slice(Math.max(0, inner.index - 60), inner.index),
          )
        ) {
          const start = floor + inner.index + inner[0].indexOf(inner[1]!);
          return { start, end: start + inner[1]!.length };
        }
        return null;
      }
      apposition ??= { start: floor + cut + 1, end: floor + tail.length - 1 };
      tail = tail.slice(0, cut).replace(/\s+$/u, '');
    }
    if (tail === before) break;
  }
  // "a letter obtained by The Associated Press warns": a reduced relative is no subject; "an effort supported by
  // Obama that Sanders said": a relative clause after it has its own.
  tail = tail.replace(/\s+\p{Ll}+ed\s+by\s+(?:(?!\s(?:that|who|which|whom)\s)[^,;:]){1,60}$/u, '');
  // "a surrogate who said", "Donald Trump - who said": the phrase before the relative pronoun.
  tail = tail.replace(/\s+(?:who|which|that)$/u, '').replace(/\s+[—–-]$/u, '');
  const end = floor + tail.length;
  let start = end;
  const tokens = [...tail.matchAll(/\S+/gu)];
  for (let k = tokens.length - 1, words = 0; k >= 0 && words < 10; k--) {
    const token = tokens[k]!;
    const word = token[0].replace(/^[(“"‘]+/u, '').replace(/['’]s$/u, '');
    if (
      BOUNDARY_WORD.test(word) ||
      /^(?:said|says|told|is|was|are|were|has|had|[—–-])$/u.test(word)
    )
      break;
    // "Stacy Baker of Columbia, South Carolina says": a place and its state go together.
    const cityState =
      /^\p{Lu}[\p{L}.’'-]*,$/u.test(token[0]) &&
      /^(?:of|from|in)$/u.test(tokens[k - 1]?.[0] ?? '') &&
      (PLACES.has(
        tokens
          .slice(k + 1)
          .map((t) => t[0])
          .join(' '),
      ) ||
        PLACE_PHRASES.includes(
          tokens
            .slice(k + 1)
            .map((t) => t[0])
            .join(' '),
        ));
    if (k < tokens.length - 1 && /[,;:—–)”"]$/u.test(token[0]) && !cityState) break;
    // "an investment he concludes": a pronoun right before the verb is the whole subject.
    if (k === tokens.length - 1 && /^(?:he|she|they|it|we|I|He|She|They|It|We)$/u.test(word)) {
      start = floor + token.index;
      break;
    }
    // A wide gap is a quotation blanked out: the phrase does not run across it.
    const next = tokens[k + 1];
    if (next && next.index - (token.index + token[0].length) > 2) break;
    start = floor + token.index;
    words++;
    // "A letter from the American Legion": a determiner after a preposition opens its complement, not the phrase.
    const before = tokens[k - 1]?.[0];
    if (
      /^[(“"‘]/u.test(token[0]) ||
      (DETERMINER.test(word) && !(before && /^(?:of|from|for|at|with|on|in|to|by)$/u.test(before)))
    )
      break;
  }
  // "Sam Lau, the communications director for the party said", "Katie Packer, who is chairman of the PAC said": an
  // apposition the writer did not close; the name that opens the clause before it (or after a quotation) is the subject.
  const opened =
    /(?:^|[.;:!?]\s+|\s{3}|,\s+(?:and|but)\s+)(?!(?:In|At|On|From|For|After|Before|During|With|Without|By|Under|Over|Since|When|While|As|If|The|A|An|This|That|These|Those|Last|Next|Earlier|Later|Meanwhile|But|And|So|Yet|Still|Also|Then|Now|Here|There)\s)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}),\s+(?:who\s+(?:is|was)\s+)?$/u.exec(
      text.slice(Math.max(floor, start - 80), start),
    );
  if (opened && end > start && ROLE_PHRASE.test(text.slice(start, end)))
    start = Math.max(floor, start - 80) + opened.index + opened[0].indexOf(opened[1]!);
  // "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said", "In opposing the request, her lawyer,
  // David Kendall, wrote": what a fronted preposition governs is no subject; the phrase set off after it is.
  if (
    apposition &&
    /(?:^|[.;:!?]["”’]?\s+)(?:In|At|On|During|After|Before|From|With|Through|Under|Despite|Amid)\s+[^,;:.!?]*$/u.test(
      text.slice(floor, start),
    )
  )
    return apposition;
  return end > start ? { start, end } : null;
}
