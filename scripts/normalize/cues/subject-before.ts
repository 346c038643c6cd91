/** The noun phrase ending right before a verb of saying: the subject `before.ts` gives a cue. */

import lexicon from 'wink-lexicon/src/lexicon.js';
import { ROLE_NOUNS } from '../lexicon/person-nouns';
import { PLACE_PHRASES, PLACES } from '../lexicon/places';
import { ADVERBS, type Range } from './cue';

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
/** A role, bare or after a determiner and up to three words: "the communications director for …", "chairman of …". */
const ROLE_PHRASE = new RegExp(
  `^(?:(?:the|a|an)\\s+(?:\\S+\\s+){0,3})?(?:${[...ROLE_NOUNS].join('|')})\\b`,
  'u',
);
const DETERMINER =
  /^(?:the|a|an|one|another|some|several|many|most|two|three|four|five|his|her|its|their|this|that|these|those)$/iu;

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
export function subjectBefore(text: string, floor: number, verbAt: number): Range | null {
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
