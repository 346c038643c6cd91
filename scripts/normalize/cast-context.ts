import type { Confidence } from '../../src/schemas';
import type { Cast, Entity, EntityMention } from './entities/types';
import type { QuoteSpan } from './quotes';
import type { Block } from './segment';
import { splitSentences } from './text';

/**
 * What the attribution steps share about one article: its blocks, its quotations, its
 * cast, and the speakers found so far, with the small queries they all ask (is this offset
 * quoted, which sentence holds it, who is mentioned where).
 */

export interface BlockRange {
  block: number;
  start: number;
  end: number;
}

/** Who a cue designates: an entity of the cast, the words that name it there, and how sure the reading is. */
export interface Who {
  speaker: string;
  speakerText: string;
  confidence: Confidence;
  mention: BlockRange;
}

export interface Attribution {
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  confidence: Confidence;
  /** Offset in the block's text of the cue's sentence, for dating the claim. */
  cueSentence: BlockRange | null;
  /** Where the text names the speaker, when the cue names it. */
  mention: BlockRange | null;
  /** What the reader should know about how the speaker was found, when no cue names them. */
  note?: string;
}

export interface ArticleContext {
  blocks: readonly Block[];
  spans: readonly QuoteSpan[];
  cast: Cast;
  /** Speakers resolved so far, in reading order, with the span each belongs to. */
  previous: Array<{ span: QuoteSpan; attribution: Attribution }>;
  /** A short key of the article, so unnamed sources of different articles stay apart. */
  articleKey: string;
  /** The article's author, who is "I" outside quotation marks. */
  author: string | null;
  quoted: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>;
  /** Each block's text with its quoted words blanked out, made once: the attribution steps ask for parts of it many times per quotation. */
  masked: readonly string[];
}

export function createContext(
  blocks: readonly Block[],
  spans: readonly QuoteSpan[],
  cast: Cast,
  articleKey: string,
  author: string | null,
): ArticleContext {
  const quoted = blocks.map((_, b) =>
    spans
      .filter((s) => s.block === b && s.kind !== 'indirect')
      .map((s) => ({
        start: s.openMark ?? s.start,
        end: s.closeMark === null ? s.end : s.closeMark + 1,
      })),
  );
  const masked = blocks.map((block, b) => blankQuoted(block.text, quoted[b]!));
  return { blocks, spans, cast, previous: [], articleKey, author, quoted, masked };
}

export function insideQuote(ctx: ArticleContext, block: number, offset: number): boolean {
  return (ctx.quoted[block] ?? []).some((q) => offset >= q.start && offset < q.end);
}

/** The text between two offsets with quoted words (and their marks) blanked out: same length. */
export function outsideQuotes(
  ctx: ArticleContext,
  block: number,
  from: number,
  to: number,
): string {
  return ctx.masked[block]!.slice(from, to);
}

function blankQuoted(text: string, quoted: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const q of quoted) {
    const s = Math.max(0, q.start);
    const e = Math.min(text.length, q.end);
    if (s < e) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  }
  return out;
}

export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const sentences = splitSentences(text);
  return (
    sentences.find((s) => offset >= s.start && offset < s.end) ??
    sentences.findLast((s) => s.start <= offset) ?? { start: 0, end: text.length }
  );
}

/** The cast's mentions of a block between two offsets, outside quotations. */
export function mentionsBetween(
  ctx: ArticleContext,
  block: number,
  from: number,
  to: number,
): EntityMention[] {
  return (ctx.cast.mentions[block] ?? []).filter(
    (m) => m.start >= from && m.end <= to && !insideQuote(ctx, block, m.start),
  );
}

export function entityOf(ctx: ArticleContext, id: string): Entity | undefined {
  return ctx.cast.entities.get(id);
}

/** Entities named inside a quotation: a quotation's speaker is seldom one it names. */
export function namedInside(ctx: ArticleContext, span: QuoteSpan): Set<string> {
  return new Set(
    (ctx.cast.mentions[span.block] ?? [])
      .filter((m) => m.start >= span.start && m.end <= span.end)
      .map((m) => m.entity),
  );
}
