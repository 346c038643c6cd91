import { isStopword, wordKey } from '../lib/words';

/**
 * Marking the reader's words in the search page's results (<mark>), and the ranges that
 * text fragments point at (text-fragment.ts): used by the search island only. Pure: no DOM.
 * Pagefind's excerpts are HTML, with marks and a few entities, read by `decodeEntities`.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the numeric and common named entities of an excerpt's text, and leaves others. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A crude English stem, used only when the excerpt gives no marked words to match. */
function stem(key: string): string {
  return key.length > 4 ? key.replace(/(ing|ed|es|s|e)$/u, '') : key;
}

/** The words Pagefind marked in an excerpt (`…<mark>torturing</mark> <mark>me!</mark>`), as word keys. */
export function markedWords(excerpt: string): string[] {
  const out = new Set<string>();
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/gu))
    for (const w of decodeEntities(m[1]!).split(/\s+/u)) if (wordKey(w)) out.add(wordKey(w));
  return [...out];
}

/** The words of a query, as word keys (quotes and operators dropped). */
export function queryWords(query: string): string[] {
  return [...new Set(query.split(/\s+/u).map(wordKey).filter(Boolean))];
}

interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    key: wordKey(m[0]),
  }));
}

/** Does a word of the text match one of the marked words (exactly) or of the query words (by prefix or stem)? */
function matcher(marked: readonly string[], query: readonly string[]): (key: string) => boolean {
  const exact = new Set(marked);
  const stems = query.map(stem);
  // As Pagefind does, only the last word of the query (the one being typed) matches as a prefix.
  const last = query.at(-1) ?? '';
  return (key) =>
    key !== '' &&
    (exact.has(key) ||
      query.includes(key) ||
      (last.length >= 3 && key.startsWith(last)) ||
      stems.some((s) => s.length >= 4 && stem(key) === s));
}

/** The longest run of consecutive matching words in `text`, as a [start, end) character range, or null. */
export function matchedRange(
  text: string,
  marked: readonly string[],
  query: readonly string[],
): [number, number] | null {
  const toks = tokens(text);
  const hit = matcher(marked, query);
  let best: [number, number] | null = null;
  let bestLen = 0;
  let runStart = -1;
  for (let i = 0; i <= toks.length; i++) {
    const ok = i < toks.length && hit(toks[i]!.key);
    if (ok && runStart < 0) runStart = i;
    if (!ok && runStart >= 0) {
      const len = i - runStart;
      if (len > bestLen) {
        bestLen = len;
        best = [toks[runStart]!.start, toks[i - 1]!.end];
      }
      runStart = -1;
    }
  }
  return best ? trimPunctuation(text, best) : null;
}

/** Narrows a range so it starts and ends on a letter or digit. */
export function trimPunctuation(text: string, [start, end]: [number, number]): [number, number] {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  let s = start;
  let e = end;
  while (s < e && !isWord(text[s])) s++;
  while (e > s && !isWord(text[e - 1])) e--;
  return s < e ? [s, e] : [start, end];
}

/**
 * Which of the matching tokens to mark: all of them, except a stopword that stands alone,
 * outside a run of consecutive matches holding a word that is not one. A run ends at
 * punctuation ("war. The"). When every word of the query is a stopword, all are marked.
 */
function markable(
  toks: readonly Token[],
  hits: readonly boolean[],
  query: readonly string[],
): boolean[] {
  if (query.length > 0 && query.every(isStopword)) return [...hits];
  const out = [...hits];
  let start = 0;
  while (start < toks.length) {
    if (!hits[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < toks.length && hits[end + 1] && /[\p{L}\p{N}]$/u.test(toks[end]!.text)) end++;
    const run = toks.slice(start, end + 1);
    if (run.every((t) => isStopword(t.key))) for (let i = start; i <= end; i++) out[i] = false;
    start = end + 1;
  }
  return out;
}

/**
 * Splits text into plain and marked pieces: every word matching the reader's words is
 * marked, a lone stopword excepted (see `markable`).
 */
export function markPieces(
  text: string,
  marked: readonly string[],
  query: readonly string[],
): Array<{ text: string; mark: boolean }> {
  const hit = matcher(marked, query);
  const toks = tokens(text);
  const keep = markable(
    toks,
    toks.map((t) => hit(t.key)),
    query,
  );
  const pieces: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [i, t] of toks.entries()) {
    if (!keep[i]) continue;
    const [s, e] = trimPunctuation(text, [t.start, t.end]);
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  // Join marks separated only by spaces, so a phrase is one <mark>.
  const joined: typeof pieces = [];
  for (const p of pieces) {
    const prev = joined.at(-1);
    const gap = joined.at(-2);
    if (p.mark && prev && !prev.mark && /^\s+$/u.test(prev.text) && gap?.mark) {
      joined.pop();
      gap.text += prev.text + p.text;
    } else joined.push({ ...p });
  }
  return joined;
}

/**
 * Pagefind's excerpt (`…<mark>until</mark> <mark>the</mark> <mark>end</mark>…`) as plain
 * and marked pieces: its marked words, with the same rule for stopwords as quotations.
 */
export function excerptPieces(
  excerpt: string,
  query: readonly string[],
): Array<{ text: string; mark: boolean }> {
  const text = decodeEntities(excerpt.replace(/<[^>]*>/gu, ''));
  return markPieces(text, markedWords(excerpt), query);
}
