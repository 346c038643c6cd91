import type { ParagraphRole, Removal } from '../../src/schemas';
import type { SourceParagraph } from './paragraphs';
import { fold, QUOTE_MARKS, wordCount } from './text';
import { CUES_AFTER_QUOTE } from './lexicon/cue-verbs';

/** What a paragraph of the body is, which decides how it renders and how quotes are read in it. */
export type BlockRole = ParagraphRole;

export interface Block {
  role: BlockRole;
  text: string;
  line: number;
}

export interface SegmentResult {
  headline: string | null;
  blocks: Block[];
  removals: Removal[];
}

const SPEECH_CUE = new RegExp(
  `^(?:(?:he|she|they|we|it)\\s+)?(?:${CUES_AFTER_QUOTE.join('|')})\\b`,
  'u',
);
const TWEET_SIGNATURE =
  /^[–—-]\s*([^()]+?)\s*\(@(\w+)\)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})\s*/u;
const PHOTO_CREDIT = /\((?:[\p{Lu}][\p{Lu} .'’-]*)(?:\s*\/\s*[\p{Lu} .'’-]+)*\)$/u;
const FIRST_PERSON = /\b(?:I|me|my|we|us|our|you|your)\b/u;
const MARKS = new RegExp(`[${QUOTE_MARKS}]`, 'u');

/**
 * Gives each cleaned paragraph its role: the headline (moved to the title), section
 * headings, block quotes with their attribution lines, a quotation left without marks and
 * followed by "said X." on its own line, a pasted tweet and its "– Name (@handle) date"
 * signature (split from any text glued after it), photo captions, and the author's note.
 */
export function segment(
  paragraphs: readonly SourceParagraph[],
  author: string | undefined,
): SegmentResult {
  const removals: Removal[] = [];
  const input = splitTweetSignatures(paragraphs);
  let headline: string | null = null;
  const first = input[0];
  if (first && isHeadingLike(first.text) && wordCount(first.text) <= 25) {
    headline = first.text;
    removals.push({
      rule: 'headline',
      why: 'the headline, shown as the page title',
      text: first.text,
      line: first.line,
    });
    input.shift();
  }
  const blocks: Block[] = input.map((p) => ({ role: 'paragraph', text: p.text, line: p.line }));
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (TWEET_SIGNATURE.test(block.text) && previous) {
      block.role = 'attribution';
      previous.role = 'tweet';
    } else if (
      SPEECH_CUE.test(block.text) &&
      wordCount(block.text) <= 30 &&
      previous?.role === 'paragraph'
    ) {
      const unmarkedQuote =
        !MARKS.test(previous.text) &&
        (FIRST_PERSON.test(previous.text) || /[,!]$/.test(previous.text));
      block.role = unmarkedQuote ? 'attribution' : 'orphan-attribution';
      if (unmarkedQuote) previous.role = 'blockquote';
    } else if (
      SPEECH_CUE.test(block.text) &&
      wordCount(block.text) <= 30 &&
      previous?.role === 'blockquote'
    ) {
      // "“…”" then "confided an adviser to the French president.": the line below a block quote names its speaker.
      block.role = 'attribution';
    } else if (isWholeQuote(block.text)) {
      block.role = 'blockquote';
    } else if (
      isHeadingLike(block.text) &&
      (previous?.role === 'blockquote' || previous?.role === 'attribution') &&
      wordCount(block.text) <= 12
    ) {
      block.role = 'attribution';
    } else if (PHOTO_CREDIT.test(block.text)) {
      block.role = 'caption';
    } else if (isHeadingLike(block.text) && wordCount(block.text) <= 12) {
      block.role = 'heading';
    }
  });
  // A quotation standing alone with no attribution line is read with its neighbours.
  blocks.forEach((block, i) => {
    if (block.role === 'blockquote' && blocks[i + 1]?.role !== 'attribution')
      block.role = 'paragraph';
  });
  const last = blocks.at(-1);
  if (last && author && fold(last.text).includes(fold(author))) last.role = 'author-note';
  return { headline, blocks, removals };
}

/** "“Donald Trump scares me.” ― Krystal Correa": a signed quotation (a constant: esbuild builds a literal with \p{…} on every use). */
const QUOTE_THEN_NAME = /^[“«"][^]*[.!?…,][”»"]\s*[-–—―]\s*\p{Lu}/u;

/** No closing punctuation: a title or a label rather than a sentence. */
function isHeadingLike(text: string): boolean {
  // "“Donald Trump scares me.” ― Krystal Correa": a signed quotation, not a title.
  if (QUOTE_THEN_NAME.test(text)) return false;
  // A question closing a quotation ("Hannity interjected: “So you’re saying…?”") ends a sentence.
  if (/[?!][”"»]\s*$/u.test(text) && /[“"«]/u.test(text.slice(0, -2))) return false;
  return !/[.!:;,…]$/u.test(text.replace(/[”"»’)\s]+$/u, ''));
}

/** Opens with a quote mark and closes with one, with no other mark in between. */
function isWholeQuote(text: string): boolean {
  const inner = text.slice(1, -1);
  return /^[“«"]/u.test(text) && /[”»"]$/u.test(text) && !MARKS.test(inner) && wordCount(text) > 4;
}

/** "– Name (@handle) March 3, 2022 Since being elected…": the signature and the next paragraph. */
function splitTweetSignatures(paragraphs: readonly SourceParagraph[]): SourceParagraph[] {
  return paragraphs.flatMap((p) => {
    const match = TWEET_SIGNATURE.exec(p.text);
    if (!match || match[0].length === p.text.length) return [p];
    const rest = p.text.slice(match[0].length).trim();
    return rest
      ? [
          { text: match[0].trim(), line: p.line },
          { text: rest, line: p.line },
        ]
      : [p];
  });
}

export { TWEET_SIGNATURE };
