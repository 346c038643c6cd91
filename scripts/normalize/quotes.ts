import type { z } from 'astro/zod';
import type { ClaimKindSchema, Notice } from '../../src/schemas';
import type { Block } from './segment';
import { isQuoteMark, splitSentences, wordCount } from './text';
import { CUES_AFTER_QUOTE } from './lexicon/cue-verbs';

/**
 * Finds the quotations in each block. Machine translation left the seeds' quote marks
 * swapped, doubled or missing, so a mark's direction is read from its surroundings (a
 * mark after a space and before a word opens; one after a word and before a space or
 * punctuation closes; one between two spaces continues whatever is open), and pairing
 * repairs what it can: a closing mark with no opener that is followed by an attribution
 * (", said Vladimir Putin") opens at the start of its sentence; an opener never closed
 * closes at the end of its sentence. Every such inference lowers the quote's confidence
 * and leaves a notice, so the data says where the extractor was unsure.
 */

export type QuoteKind = z.infer<typeof ClaimKindSchema>;

export interface QuoteSpan {
  /** Index of the block in the article's blocks. */
  block: number;
  /** Offsets of the quoted words in the block's text, marks excluded. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks, or null where the source has none. */
  openMark: number | null;
  closeMark: number | null;
  kind: QuoteKind;
  /** What had to be inferred about the span's boundaries, if anything. */
  inferred: string | null;
}

const VERB_AFTER = new RegExp(
  `^\\s*[,.]?\\s*(?:(?:thus|then|also|again)\\s+)?(?:${CUES_AFTER_QUOTE.join('|')})\\b`,
  'u',
);
const SUBJECT_VERB_AFTER = new RegExp(
  `^\\s*[,.]?\\s*(?:(?:he|she|they|we|it)|(?:the\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2})\\s+(?:\\p{Ll}+\\s+)?(?:${CUES_AFTER_QUOTE.join('|')})\\b`,
  'u',
);
const VERB_RIGHT_AFTER_MARK = new RegExp(`^\\s?(?:${CUES_AFTER_QUOTE.join('|')})\\b`, 'u');

/** Is an attribution ("said X", "Haddad said", "he quipped") right after this offset? */
export function attributionFollows(text: string, offset: number): boolean {
  const after = text.slice(offset, offset + 120);
  return VERB_AFTER.test(after) || SUBJECT_VERB_AFTER.test(after);
}

type Direction = 'open' | 'close' | 'either';

function direction(text: string, i: number): Direction {
  const ch = text[i];
  if (ch === '«') return 'open';
  if (ch === '»') return 'close';
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = i + 1 >= text.length ? ' ' : text[i + 1]!;
  const afterSentence = /[.,!?…]\s*$/u.test(text.slice(Math.max(0, i - 3), i));
  if (afterSentence && VERB_RIGHT_AFTER_MARK.test(text.slice(i + 1, i + 30))) return 'close';
  const spaceBefore = /[\s([{–—-]/u.test(before);
  const spaceAfter = /\s/u.test(after) || i + 1 >= text.length;
  const punctAfter = /[,.;:!?)\]…]/u.test(after);
  if (spaceBefore && spaceAfter) return i + 1 >= text.length ? 'close' : 'either';
  if (spaceBefore && punctAfter) return 'close';
  if (spaceBefore) return 'open';
  if (spaceAfter || punctAfter) return 'close';
  return 'either';
}

interface RawSpan {
  openMark: number | null;
  closeMark: number | null;
  start: number;
  end: number;
  inferred: string | null;
}

/**
 * Where a quote whose opening mark is lost begins: the paragraph's start, or the first
 * sentence after the previous quotation's closing mark.
 */
function inferredStart(text: string, lastClose: number, offset: number): number {
  if (lastClose < 0) return 0;
  return (
    splitSentences(text).find((s) => s.start > lastClose && s.start < offset)?.start ??
    lastClose + 1
  );
}

function sentenceEnd(text: string, offset: number): number {
  return splitSentences(text).find((s) => s.end > offset)?.end ?? text.length;
}

/**
 * Pairs the marks of one paragraph into spans; reports marks it could not use. `continues`:
 * the next paragraph opens with a quote mark, so a quotation left open here runs to the end
 * of the paragraph (the English convention for a quotation over several paragraphs: no
 * closing mark until its last one) rather than to the end of its sentence.
 */
export function pairMarks(
  text: string,
  continues = false,
): { spans: RawSpan[]; unpaired: number[] } {
  const spans: RawSpan[] = [];
  const unpaired: number[] = [];
  let open: number | null = null;
  // Openers inside the quotation that is open ("“People wearing “Settle For Hillary” shirts…”"), innermost last.
  const nested: number[] = [];
  let lastClose = -1;
  const tags = [...text.matchAll(/<\/?[a-z][^<>]*>/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < text.length; i++) {
    if (!isQuoteMark(text[i])) continue;
    // Marks inside markup a scraper left (<tweet author="…">), and inch marks (6’2”), quote nothing.
    if (
      tags.some((t) => i > t.start && i < t.end) ||
      (text[i] === '”' && /\d['’]\d{1,2}$/u.test(text.slice(Math.max(0, i - 5), i)))
    )
      continue;
    let dir = direction(text, i);
    if (dir === 'either') dir = open === null ? 'open' : 'close';
    if (dir === 'open') {
      // A quotation inside a quotation ("“People wearing “Settle For Hillary” shirts…”", "\"…“Equal Justice”…\""):
      // a curly mark nests, or nests a straight one; a straight mark inside a straight quotation is read as a new one.
      if (open !== null && (text[open] === '“' || text[i] === '“')) nested.push(i);
      else if (open !== null) {
        unpaired.push(open, ...nested.splice(0));
        open = i;
      } else open = i;
    } else if (nested.length > 0) {
      nested.pop();
    } else if (open !== null) {
      spans.push({ openMark: open, closeMark: i, start: open + 1, end: i, inferred: null });
      open = null;
      lastClose = i;
    } else if (attributionFollows(text, i + 1) || i === text.length - 1) {
      const start = inferredStart(text, lastClose, i);
      spans.push({
        openMark: null,
        closeMark: i,
        start,
        end: i,
        inferred:
          'the opening quote mark is missing in the source; the quote is taken to start with its sentence',
      });
      lastClose = i;
    } else if (/\s/u.test(text[i + 1] ?? '') && /\p{L}/u.test(text[i + 2] ?? '')) {
      open = i; // a closing-looking mark before a word, with nothing open: the opener of a quote
    } else {
      unpaired.push(i);
    }
  }
  // Openers never closed inside an open quotation were no nesting: the last of them opens the quotation left open.
  if (open !== null && nested.length > 0) {
    unpaired.push(open, ...nested.slice(0, -1));
    open = nested.at(-1)!;
  }
  if (open !== null) {
    if (continues)
      spans.push({
        openMark: open,
        closeMark: null,
        start: open + 1,
        end: text.length,
        inferred: null,
      });
    else
      spans.push({
        openMark: open,
        closeMark: null,
        start: open + 1,
        end: sentenceEnd(text, open + 1),
        inferred:
          'the closing quote mark is missing in the source; the quote is taken to end with its sentence',
      });
  }
  return {
    spans: spans
      .map(trimSpan(text))
      .filter((s) => s.end > s.start && /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))),
    unpaired,
  };
}

/** Moves a span's edges inside any spaces, so the quote has no leading or trailing blank. */
function trimSpan(text: string) {
  return (span: RawSpan): RawSpan => {
    let { start, end } = span;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    return { ...span, start, end };
  };
}

/**
 * A short quoted phrase inside the writer's own sentence is a fragment (scare quotes, a
 * word someone used); a quotation that stands as a sentence, or ends one, is direct.
 */
export function classifyKind(
  text: string,
  span: { start: number; end: number; openMark: number | null },
): QuoteKind {
  const quote = text.slice(span.start, span.end);
  const from = span.openMark ?? span.start;
  const before = text.slice(0, from);
  const startsSentence = /(?:^|[.!?…:]\s*)$/u.test(before.trimEnd()) || before.trim() === '';
  if (startsSentence || /[.!?…]$/u.test(quote)) return 'direct';
  return wordCount(quote) <= 6 ? 'fragment' : 'direct';
}

export interface QuoteResult {
  spans: QuoteSpan[];
  notices: Notice[];
}

/** Block roles whose text is read for quotations. */
const QUOTED_ROLES = new Set(['paragraph', 'blockquote', 'tweet', 'caption']);

export function findQuotes(blocks: readonly Block[]): QuoteResult {
  const spans: QuoteSpan[] = [];
  const notices: Notice[] = [];
  blocks.forEach((block, index) => {
    const paragraph = index + 1;
    if (!QUOTED_ROLES.has(block.role)) return;
    if (block.role === 'blockquote' || block.role === 'tweet') {
      spans.push({ block: index, ...wholeBlock(block.text), kind: 'direct', inferred: null });
      return;
    }
    const next = blocks[index + 1];
    const continues = next !== undefined && next.role === 'paragraph' && /^[“"«]/u.test(next.text);
    const { spans: raw, unpaired } = pairMarks(block.text, continues);
    for (const span of raw) {
      spans.push({ block: index, ...span, kind: classifyKind(block.text, span) });
    }
    for (const mark of unpaired) {
      notices.push({
        paragraph,
        kind: 'unbalanced-quote-mark',
        message: `A quote mark (${block.text[mark]}) after “${block.text.slice(Math.max(0, mark - 30), mark).trim()}” pairs with no other and is left as it stands.`,
      });
    }
  });
  return { spans, notices };
}

/** The whole block as one quote, without the marks that enclose it, if any. */
function wholeBlock(text: string): Pick<QuoteSpan, 'start' | 'end' | 'openMark' | 'closeMark'> {
  const openMark = isQuoteMark(text[0]) ? 0 : null;
  const last = text.length - 1;
  const closeMark = last > 0 && isQuoteMark(text[last]) ? last : null;
  return { openMark, closeMark, start: openMark === null ? 0 : 1, end: closeMark ?? text.length };
}
