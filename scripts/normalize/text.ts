/**
 * Small text helpers shared by the pipeline steps: the set of quote marks the seeds use,
 * sentence boundaries, and a folded form for comparing texts that differ only in case,
 * accents, quote marks or spacing.
 */

import { foldAccents } from '../../src/lib/fold';

/** Every character the seeds use as a quotation mark (curly, guillemets, straight). */
export const QUOTE_MARKS = '“”«»"„‟';

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && QUOTE_MARKS.includes(ch);
}

/** Lower case, no accents, no quote marks, no spaces: for "is this the same text?" checks. */
export function fold(text: string): string {
  return foldAccents(text)
    .replace(/[“”«»"„‟’‘'`]/g, '')
    .replace(/\s+/g, '');
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Ret|Del|Mt|Ft|Jr|Sr|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|p\.m|a\.m|h\.c|U\.S|U\.K|U\.N|D\.C|e\.g|i\.e)|\b[A-Z])\.$/;

/**
 * Splits a paragraph into sentences at `.`, `!`, `?` or `…` (with any closing quote mark or
 * bracket after it) followed by a space and a capital, digit or opening mark; abbreviations
 * such as "p.m." or "Mr." and initials do not end a sentence. Offsets index the paragraph.
 */
export function splitSentences(paragraph: string): readonly Sentence[] {
  const cached = sentenceCache.get(paragraph);
  if (cached) return cached;
  const sentences = scanSentences(paragraph);
  if (sentenceCache.size > 10_000) sentenceCache.clear();
  sentenceCache.set(paragraph, sentences);
  return sentences;
}

/** The steps split the same paragraphs many times; results are immutable, so they are shared. */
const sentenceCache = new Map<string, readonly Sentence[]>();

function scanSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?…]+[”»"’)\]]*(?=\s+[\p{Lu}\p{N}“«"(])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(paragraph.slice(start, match.index + 1))) continue;
    pushTrimmed(sentences, paragraph, start, end);
    start = end;
  }
  pushTrimmed(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushTrimmed(into: Sentence[], paragraph: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(paragraph[s] ?? '')) s++;
  while (e > s && /\s/.test(paragraph[e - 1] ?? '')) e--;
  if (e > s) into.push({ text: paragraph.slice(s, e), start: s, end: e });
}

/** Number of words, counting any run of letters or digits. */
/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export interface Found {
  index: number;
  text: string;
}

/** A word's characters, for phrase boundaries: letters, apostrophes, hyphens. */
const WORD_RUN = /[\p{L}’'-]+/gu;
const WORD_CHAR = /[\p{L}’'-]/uy;
const PHRASE = /^[\p{L}’'-]+(?: [\p{L}’'-]+)*$/u;

/**
 * Finds the phrases of a list where the regular expression `(?<![\p{L}’'-])(?:p1|p2|…)(?![\p{L}’'-])`
 * (flag `gu`) matches: the same matches, in order, the first phrase of the list winning where two
 * start at one offset. A phrase starts and ends with a whole word, so each word of the text is
 * looked up by the first words of the phrases, where the regular expression engine would try
 * every phrase at every offset (hundreds of verbs of saying, one by one).
 */
export function phraseFinder(phrases: readonly string[]): (text: string) => Found[] {
  const byFirstWord = new Map<string, string[]>();
  for (const phrase of phrases) {
    if (!PHRASE.test(phrase))
      throw new Error(`phraseFinder: “${phrase}” is not words separated by single spaces`);
    const first = phrase.split(' ')[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
  }
  return (text) => {
    const found: Found[] = [];
    let end = 0;
    for (const run of text.matchAll(WORD_RUN)) {
      if (run.index < end) continue;
      const phrase = byFirstWord
        .get(run[0])
        ?.find(
          (p) =>
            p === run[0] ||
            (text.startsWith(p, run.index) && !wordCharAt(text, run.index + p.length)),
        );
      if (phrase === undefined) continue;
      found.push({ index: run.index, text: phrase });
      end = run.index + phrase.length;
    }
    return found;
  };
}

function wordCharAt(text: string, index: number): boolean {
  WORD_CHAR.lastIndex = index;
  return WORD_CHAR.test(text);
}
