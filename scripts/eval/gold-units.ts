import type { AnnotatedArticle, GoldAttribution, Range } from './polnear';

/**
 * The units a score counts, cut from the gold attributions. A *direct* unit is one quoted
 * segment of a Content span within one paragraph (a span that stops short of its marks,
 * or a mark just outside it, still counts), so a quotation running over three paragraphs
 * is three units, and “that it was a “reasonable conclusion”” is the two quoted words. An attribution with no quote mark in its content is
 * *indirect*: its unit is the whole content.
 */

export interface GoldUnit {
  attribution: GoldAttribution;
  range: Range;
  kind: 'direct' | 'indirect';
}

const DOUBLE_MARKS = /[“”"„]/u;
/** How far outside a content span a quote mark may sit and still be its own. */
const MARGIN = 2;

export function goldUnits(article: AnnotatedArticle): GoldUnit[] {
  const units: GoldUnit[] = [];
  for (const attribution of article.attributions) {
    const pieces = attribution.contents
      .flatMap((ranges) => joinAdjacent(article.text, ranges))
      .flatMap((r) => splitAtParagraphs(article.text, r));
    const direct = pieces.flatMap((p) => quotedSegments(article.text, p));
    if (direct.length > 0) {
      for (const range of direct) units.push({ attribution, range, kind: 'direct' });
    } else {
      const trimmed = pieces.map((p) => trim(article.text, p)).filter((p) => p.end > p.start);
      if (trimmed.length === 0) continue;
      const start = Math.min(...trimmed.map((p) => p.start));
      const end = Math.max(...trimmed.map((p) => p.end));
      units.push({ attribution, range: { start, end }, kind: 'indirect' });
    }
  }
  return units.sort((a, b) => a.range.start - b.range.start);
}

/** Ranges of one span that only spaces separate are one range: annotators cut long quotations at their sentences. */
function joinAdjacent(text: string, ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && /^[ \t]*$/u.test(text.slice(last.end, r.start)))
      last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The pieces of a range that lie in one paragraph each (a line break ends a paragraph). */
function splitAtParagraphs(text: string, range: Range): Range[] {
  const out: Range[] = [];
  let start = range.start;
  for (let i = range.start; i < range.end; i++) {
    if (text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (range.end > start) out.push({ start, end: range.end });
  return out;
}

/**
 * The quoted segments of a piece, marks excluded. Curly marks pair by direction, straight
 * ones by alternation; a quotation nested in another ("…“As you know…” Forty-three…") stays
 * inside its outer segment. A segment left open runs to the piece's end (the quotation goes
 * on in the next paragraph); a closing mark with no opener closes a segment that began
 * before the piece.
 */
function quotedSegments(text: string, piece: Range): Range[] {
  const lineStart = text.lastIndexOf('\n', piece.start - 1) + 1;
  const nextBreak = text.indexOf('\n', piece.end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const from = Math.max(lineStart, piece.start - MARGIN);
  const to = Math.min(lineEnd, piece.end + MARGIN);
  const segments: Range[] = [];
  const stack: Array<{ mark: string; at: number }> = [];
  for (let i = from; i < to; i++) {
    const mark = text[i]!;
    if (!DOUBLE_MARKS.test(mark)) continue;
    const top = stack.at(-1);
    const closes =
      top !== undefined &&
      (mark === '”' ? top.mark !== '"' || stack.length === 1 : mark === '"' && top.mark === '"');
    if (closes) {
      stack.pop();
      if (stack.length === 0) segments.push({ start: top.at + 1, end: i });
    } else if (mark === '”' && stack.length === 0) {
      segments.push({ start: piece.start, end: i });
    } else if (
      mark === '"' &&
      stack.length === 0 &&
      i < piece.start &&
      /[\p{L}\p{N}.,!?)\]]/u.test(text[i - 1] ?? ' ') &&
      /\s/u.test(text[i + 1] ?? ' ')
    ) {
      // A straight mark in the margin before the piece, shaped as a closer ("…take a look" at such…), closes a quotation that is not this piece's.
      continue;
    } else {
      stack.push({ mark, at: i });
    }
  }
  const open = stack[0];
  if (open) segments.push({ start: open.at + 1, end: piece.end });
  return segments.map((r) => trim(text, r)).filter((r) => r.end > r.start);
}

/** A range without the spaces and punctuation at its edges. */
function trim(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s“”"„,.;:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s“”"„,;:—–-]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
