/**
 * Wording similarity that survives translation variants: words are lower-cased, stripped
 * of accents and common English endings, stop words dropped, and a few words that
 * translations of the same statement swap for one another ("suggestions", "proposals",
 * "ideas") reduced to one key. Similarity is the Dice coefficient of the two sets of keys.
 */

import { foldAccents } from './fold';

const STOP_WORDS = new Set(
  'a an and are as at be been but by can could do does for from had has have he her him his i if in into is it its me my no not of on or our she so some than that the their them there these they this those to was we were what when which who will with would you your'.split(
    ' ',
  ),
);

/** Words a translation renders differently, mapped to one key. */
const VARIANTS: Record<string, string> = {
  suggestion: 'proposal',
  idea: 'proposal',
  proposal: 'proposal',
  propose: 'proposal',
  feasible: 'possible',
  possible: 'possible',
  achievable: 'possible',
  foundation: 'basis',
  basis: 'basis',
  base: 'basis',
  groundwork: 'basis',
  war: 'war',
  conflict: 'war',
  talk: 'talk',
  discussion: 'talk',
  conversation: 'talk',
  dialogue: 'talk',
  exchange: 'talk',
};

/** Is this word one that similarity leaves out (a wider list than the search's stopwords, words.ts)? */
export function isComparisonStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The comparable key of one word. */
export function comparisonKey(word: string): string {
  const plain = foldAccents(word);
  const stem = singular(plain);
  return VARIANTS[stem] ?? VARIANTS[plain] ?? stem;
}

/**
 * The English plural and possessive endings taken off: "allies" → "ally", "approaches" →
 * "approach", "exchanges" → "exchange" (only -ss, -x, -z, -ch and -sh take -es), "talks" →
 * "talk"; a final s that is no plural ending ("process", "crisis", "status") is kept.
 */
function singular(word: string): string {
  const bare = word.replace(/(?:'s|’s)$/u, '');
  if (/ies$/u.test(bare) && bare.length > 4) return bare.replace(/ies$/u, 'y');
  if (/(?:ss|x|z|ch|sh)es$/u.test(bare)) return bare.slice(0, -2);
  if (/(?:ss|us|is)$/u.test(bare)) return bare;
  return bare.replace(/s$/u, '');
}

const keySets = new Map<string, ReadonlySet<string>>();

/** The keys of a text's content words; memoised, since the views compare each text with many others. */
export function keySet(text: string): ReadonlySet<string> {
  const known = keySets.get(text);
  if (known) return known;
  const words = text.match(/[\p{L}\p{N}’']+/gu) ?? [];
  const keys = new Set(
    words.filter((w) => !STOP_WORDS.has(w.toLowerCase()) && w.length > 1).map(comparisonKey),
  );
  keySets.set(text, keys);
  return keys;
}

/** Dice coefficient of the two texts' key sets, 0 (nothing shared) to 1 (same keys). */
export function similarity(a: string, b: string): number {
  const x = keySet(a);
  const y = keySet(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const k of x) if (y.has(k)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * For each text, the later texts (by position) whose wording could reach `threshold` with
 * it: every pair with `similarity >= threshold` is among them, so callers compare a few
 * candidates instead of every pair. Prefix filtering (Chaudhuri, Ganti and Kaushik, 2006):
 * a Dice of t is a Jaccard of t / (2 − t), and two key sets with Jaccard τ share a key
 * among the first |x| − ⌈τ·|x|⌉ + 1 keys of each, once every set is ordered rarest first.
 */
export function similarCandidates(texts: readonly string[], threshold: number): number[][] {
  const sets = texts.map(keySet);
  const frequency = new Map<string, number>();
  for (const set of sets) for (const key of set) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) =>
    frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const tau = threshold / (2 - threshold);
  // The small epsilon keeps a prefix one key longer, never shorter, when τ·|x| is a whole number in exact arithmetic.
  const prefixes = sets.map((set) =>
    [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(tau * set.size - 1e-9) + 1),
  );
  const postings = new Map<string, number[]>();
  prefixes.forEach((prefix, i) => {
    for (const key of prefix) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  // Each posting list is in ascending order (texts are visited in order, each key once per
  // text), so the later texts holding a key are the tail after the first position past i;
  // a text reached through several keys is taken once (marked with the position asking).
  const seen = new Int32Array(texts.length).fill(-1);
  return prefixes.map((prefix, i) => {
    const out: number[] = [];
    for (const key of prefix) {
      const list = postings.get(key)!;
      for (let k = firstAfter(list, i); k < list.length; k++) {
        const j = list[k]!;
        if (seen[j] !== i) {
          seen[j] = i;
          out.push(j);
        }
      }
    }
    return out.sort((a, b) => a - b);
  });
}

/** The position of the first value greater than i in an ascending list (its length if none). */
function firstAfter(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! > i) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
