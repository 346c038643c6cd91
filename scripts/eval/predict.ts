import type { Actor, Claim, SourceEntry } from '../../src/schemas';
import {
  normalizeArticle,
  type BlockRange,
  type NormalizedArticle,
} from '../normalize/normalize-article';
import type { Range } from './polnear';

/**
 * Runs the real normalizer on a text and places each claim it finds back in that text:
 * the normalizer works on cleaned paragraphs, the gold on the raw file, so each claim's
 * words are looked up in the raw paragraph its block came from.
 */

export interface PredictedSpeaker {
  id: string;
  name: string;
  kind: string;
  /** Every way the article names it: its name, aliases, and the mentions that identified it. */
  names: string[];
}

export interface Prediction {
  claim: Claim;
  /** The claim's words in the raw text; null when they could not be found there. */
  range: Range | null;
  speaker: PredictedSpeaker | null;
  /** Where the raw text names the speaker, when the normalizer read it there. */
  speakerRange: Range | null;
}

export interface PredictedArticle {
  normalized: NormalizedArticle;
  predictions: Prediction[];
}

export function predict(
  text: string,
  source: SourceEntry,
  gazetteer: readonly Actor[],
): PredictedArticle {
  const normalized = normalizeArticle({ text, source, actors: gazetteer, annotations: [] });
  const locate = locator(text, normalized.trace.blocks);
  const actors = new Map([...gazetteer, ...normalized.extracted].map((a) => [a.id, a]));
  const predictions = normalized.frontmatter.claims.map((claim, i): Prediction => {
    const actor = claim.speaker ? actors.get(claim.speaker) : undefined;
    const mention = normalized.trace.speakers[i] ?? null;
    return {
      claim,
      range: locate(normalized.trace.claims[i]!),
      speaker: actor
        ? {
            id: actor.id,
            name: actor.name,
            kind: actor.kind,
            names: [actor.name, ...actor.aliases],
          }
        : null,
      speakerRange: mention ? locate(mention) : null,
    };
  });
  return { normalized, predictions };
}

/** Maps a range of a cleaned block to the raw text: the same words, looked up near where the block's paragraph starts. */
function locator(raw: string, blocks: ReadonlyArray<{ text: string; line: number }>) {
  const text = raw.replace(/[\u00a0\u2007\u202f]/gu, ' ');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (at: BlockRange): Range | null => {
    const block = blocks[at.block];
    if (!block) return null;
    const words = block.text.slice(at.start, at.end);
    const paragraphStart = lineStarts[block.line - 1] ?? 0;
    const expected = paragraphStart + at.start;
    const found =
      nearest(text, words, expected, paragraphStart) ??
      nearest(text, words.slice(0, 24), expected, paragraphStart);
    if (found !== null) return { start: found, end: Math.min(text.length, found + words.length) };
    // The cleaned block collapsed a run of spaces or line breaks: match the words with any whitespace between them.
    const pattern = new RegExp(
      words
        .trim()
        .split(/\s+/u)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
        .join('\\s+'),
      'gu',
    );
    let best: { start: number; end: number } | null = null;
    for (const m of text.slice(paragraphStart, expected + 2000).matchAll(pattern)) {
      const start = paragraphStart + m.index;
      if (!best || Math.abs(start - expected) < Math.abs(best.start - expected))
        best = { start, end: start + m[0].length };
    }
    return best;
  };
}

/** The occurrence of `words` nearest to `expected`, not before `from`. */
function nearest(text: string, words: string, expected: number, from: number): number | null {
  if (!words) return null;
  let best: number | null = null;
  for (
    let i = text.indexOf(words, from);
    i >= 0 && i <= expected + 400;
    i = text.indexOf(words, i + 1)
  ) {
    if (best === null || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
  }
  return best;
}
