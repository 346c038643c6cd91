/**
 * The cue patterns of English news on both sides of a quotation, read on the text with
 * quotations blanked out. After the closing mark: the inverted ", said Dana Ruiz, the
 * editor" and ", said the official", the plain ", Ruiz said", ", he added", ", Margarita
 * Simonyan, the editor in chief of RT, wrote", ", according to Ruiz". Before the opening
 * mark, in the same sentence: "Ruiz said:", "Ruiz told reporters that", "Podesta said it
 * was a", "according to Ruiz,", a participle ("…, saying"), an inverted "said Ruiz". Each
 * pattern gives where its subject stands; who that is, is `subjects.ts`'s question.
 */

/** What a cue is, and the ends of the phrases both directions read (`after.ts`, `before.ts`, `subject-before.ts`). */

import { ABBREVIATION } from '../lexicon/capitals';

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

export const ADVERBS =
  'also|then|later|again|thus|once|further|previously|recently|repeatedly|often|reportedly|publicly|privately|similarly|separately|earlier|still|simply|quickly|flatly|bluntly|firmly|angrily|finally|even|just|already|long|since|frequently|openly|falsely|first|now|had|has|have|would|will|could|did|\\p{Ll}+ly';
const PHRASE_STOP = new RegExp(
  `(?:[,;:!?()“”"«»—–]|(?<!(?:^|[\\s(])(?:${ABBREVIATION}))\\.)|\\s(?:in|on|at|during|after|before|when|while|about|that|if|because|as|who|which|last|this|earlier|recently)\\s`,
  'u',
);

/** The end of a noun phrase that follows a verb: a comma, a stop, a parenthesis, or a preposition of time or place. */
export function phraseAfter(text: string, from: number, limit: number): Range | null {
  const rest = text.slice(from, limit);
  const lead = /^\s*/u.exec(rest)![0].length;
  const stop = PHRASE_STOP.exec(rest.slice(lead));
  const end = from + lead + (stop ? stop.index : rest.length - lead);
  return end > from + lead ? { start: from + lead, end } : null;
}

/** The end of the cue's clause: its words up to a stop, a comma or a quotation ("he reminded Emmanuel Macron on March 6"). */
export function clauseEnd(text: string, from: number, limit: number): number {
  const stop = /[,.;:!?“”"«»(—–]|\s{3}/u.exec(text.slice(from, limit));
  return stop ? from + stop.index : limit;
}
