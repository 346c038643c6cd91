/**
 * Finds proper names in a paragraph without a list of people: runs of capitalised words
 * ("Hillary Rodham Clinton", "Secretary of Homeland Security Jeh Johnson", "The New York
 * Post"), each split into the title before it and the name itself, and told apart as a
 * person, an organisation or a place. A run that opens a sentence loses its opening word
 * when that word opens sentences in general ("When Flynn…", "Top Republican Party…").
 */

import { getGender } from 'gender-detection-from-name';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { SENTENCE_OPENERS } from '../lexicon/capitals';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS } from '../lexicon/organisations';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles';
import { kindOf } from './kind';
import { splitTitle } from './split-title';
import { capitalised, headlineWord, notANoun, sentenceStarts, tokenize } from './tokens';
import type { NameMention, Token } from './types';
import { CONNECTORS, GROUP_WORDS } from './words';

/**
 * The names of a paragraph. `commonWords` are the words the article also writes in lower
 * case: a capitalised one that opens a sentence alone ("Officials said…") is that word.
 */
export function findNames(
  text: string,
  commonWords: ReadonlySet<string> = new Set(),
): NameMention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run.at(-1)!;
      const tok = tokens[j]!;
      if (text.slice(prev.end, tok.start) !== ' ' || /['’]s?$/u.test(prev.text)) break;
      // "Rubio Thinks Joe Biden Was A Really Effective Senator": a capitalised verb or adverb ends a name.
      if (capitalised(tok.text) && !headlineWord(tok.text)) {
        run.push(tok);
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (
        CONNECTORS.has(tok.text) &&
        next &&
        capitalised(next.text) &&
        text.slice(tok.end, next.start) === ' '
      ) {
        run.push(tok, next);
        j += 2;
        continue;
      }
      break;
    }
    i = j;
    mentions.push(...readRun(text, run, starts, commonWords));
  }
  return mentions;
}

function readRun(
  text: string,
  tokens: Token[],
  starts: ReadonlySet<number>,
  commonWords: ReadonlySet<string>,
): NameMention[] {
  let run = tokens;
  // "Rubio Thinks Joe Biden Was A Really Effective Senator": a headline in title case inside a paragraph.
  // A verb or an adverb the article writes in lower case splits the run.
  if (run.length >= 3) {
    const cut = run.findIndex(
      (t, k) =>
        k > 0 &&
        k < run.length - 1 &&
        commonWords.has(t.text.toLowerCase()) &&
        /^(?:VB|RB|MD)/u.test(lexicon[t.text.toLowerCase()]?.[0] ?? '') &&
        !TITLE_WORDS.has(t.text) &&
        !ORGANISATION_HEADS.has(t.text),
    );
    if (cut > 0)
      return [
        ...readRun(text, run.slice(0, cut), starts, commonWords),
        ...readRun(text, run.slice(cut + 1), starts, commonWords),
      ];
  }
  // "Oscar-winner Sarandon", "Pulitzer-winning Cohen": a compound with a lower-case tail describes the name after it.
  while (
    run.length > 0 &&
    (/^(?:The|A|An)$/u.test(run[0]!.text) ||
      isOpener(text, tokens, run[0]!, starts, commonWords) ||
      CONNECTORS.has(run[0]!.text) ||
      (run.length > 1 && /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(run[0]!.text)))
  )
    run = run.slice(1);
  while (run.length > 0 && CONNECTORS.has(run.at(-1)!.text)) run = run.slice(0, -1);
  if (run.length === 0) return [];
  // "Trump and Clinton": a connector between names that are not one organisation splits them.
  const words = run.map((t) => t.text);
  const organisation =
    words.some((w) => ORGANISATION_HEADS.has(w.replace(/['’]s?$/u, ''))) ||
    KNOWN_ORGANISATIONS.has(words.join(' ').replace(/['’]s?$/u, ''));
  {
    const cut = run.findIndex((t, k) => k > 0 && joins(run, organisation, t, k));
    if (cut > 0)
      return [
        ...readRun(text, run.slice(0, cut), starts, commonWords),
        ...readRun(text, run.slice(cut + 1), starts, commonWords),
      ];
  }
  return [mentionOf(text, run)].filter((m): m is NameMention => m !== null);
}

// The tests of `readRun` live at module level: six closures made on every call (each also named by esbuild) cost more than the tests.

/** An opening word that opens sentences anyway, or an article, is not part of a name. */
function isOpener(
  text: string,
  tokens: readonly Token[],
  t: Token,
  starts: ReadonlySet<number>,
  commonWords: ReadonlySet<string>,
): boolean {
  return (
    starts.has(t.start) &&
    (SENTENCE_OPENERS.has(t.text) ||
      commonWords.has(t.text.toLowerCase()) ||
      derivedWord(text, tokens, t) ||
      leadingWord(tokens, t))
  );
}

/**
 * A sentence-opening word alone that is a participle, an adjective, an adverb or a preposition ("Enraged, …",
 * "Harsh", "Except"), by its form or by the English lexicon's usual tag; or a plural noun ("Eyebrows raised, he asked").
 */
function derivedWord(text: string, tokens: readonly Token[], t: Token): boolean {
  return (
    tokens.length === 1 &&
    getGender(t.text) === 'unknown' &&
    (/^\p{Lu}\p{Ll}{3,}(?:ing|ly|ful|ous|less|ive)$/u.test(t.text) ||
      (/^\p{Lu}\p{Ll}{3,}ed$/u.test(t.text) &&
        (lexicon[t.text.toLowerCase()] !== undefined || text[t.end] === ',')) ||
      notANoun(t.text) ||
      (lexicon[t.text.toLowerCase()]?.[0] === 'NNS' && !GROUP_WORDS.test(t.text)))
  );
}

/**
 * "Debating Clinton …", "Liberal Oscar-winner Sarandon …", "Except the Republican …": a sentence-opening word that is a
 * verb form, an adverb, an adjective or a preposition in English, and no first name, is not part of the name after it.
 */
function leadingWord(tokens: readonly Token[], t: Token): boolean {
  return (
    tokens.length > 1 &&
    t === tokens[0] &&
    getGender(t.text) === 'unknown' &&
    !TITLE_WORDS.has(t.text) &&
    !ORGANISATION_HEADS.has(t.text) &&
    !GROUP_WORDS.test(t.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    /^(?:VB|RB|IN|JJ)/u.test(lexicon[t.text.toLowerCase()]?.[0] ?? '')
  );
}

/**
 * Does the connector `t`, the `k`-th word of the run, join two names? "Josh Earnest and Supreme Court Justice Ruth Bader
 * Ginsburg" is two; "Department of Health and Human Services" is one. "Under Secretary for Management Patrick Kennedy":
 * a title's "for" names its field, not a second name.
 */
function joins(run: readonly Token[], organisation: boolean, t: Token, k: number): boolean {
  return t.text === 'and' || t.text === '&'
    ? /^(?:The|A|An)$/u.test(run[k + 1]?.text ?? '') ||
        (!TITLE_WORDS.has(run[k - 1]!.text) && !inField(run, k))
    : !organisation &&
        ((t.text === 'for' && !TITLE_WORDS.has(run[k - 1]!.text)) ||
          t.text === 'on' ||
          (t.text === 'of' && fullName(run, k)));
}

/** "Sen. Bernie Sanders of Vermont": a person's full name before "of" is the name, what follows is where they are from. */
function fullName(run: readonly Token[], k: number): boolean {
  return (
    run.slice(0, k).filter((w) => !TITLE_WORDS.has(w.text) && !CONNECTORS.has(w.text)).length >= 2
  );
}

/**
 * "Center for Strategic and International Studies", "Office of Management and Budget": an "and" in the field an
 * organisation's head names ("Center for …") joins its words, unless a title or a first name follows it.
 */
function inField(run: readonly Token[], k: number): boolean {
  return (
    run
      .slice(1, k)
      .some((w, i) => /^(?:of|for)$/u.test(w.text) && ORGANISATION_HEADS.has(run[i]!.text)) &&
    splitTitle(run.slice(k + 1).map((w) => w.text)) === 0 &&
    run.slice(k + 1).every((w) => getGender(w.text) === 'unknown')
  );
}

function mentionOf(text: string, run: Token[]): NameMention | null {
  const last = run.at(-1)!;
  const possessive = /['’]s?$/u.test(last.text);
  const lastText = last.text.replace(/['’]s?$/u, '');
  const words = [...run.slice(0, -1).map((t) => t.text), lastText];
  const outerStart = run[0]!.start;
  const end = last.start + lastText.length;
  const titled = splitTitle(words);
  const nameWords = words.slice(titled);
  const title = titled > 0 ? words.slice(0, titled).join(' ') : null;
  const honorific =
    titled > 0
      ? (words
          .slice(0, titled)
          .map((w) => HONORIFICS.get(w))
          .find((g) => g) ?? null)
      : null;
  // A title alone ("the Minister of Defense") names nobody: it is a description.
  if (
    nameWords.every((w) => TITLE_WORDS.has(w) || CONNECTORS.has(w)) &&
    !nameWords.some((w) => ORGANISATION_HEADS.has(w))
  )
    return null;
  const start = run[titled]!.start;
  const name = text.slice(start, end);
  const kind = kindOf(nameWords);
  if (kind === null) return null;
  return { start, end, text: name, outerStart, title, honorific, possessive, kind };
}
