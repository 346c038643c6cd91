/**
 * Wording similarity that survives translation variants: words are lower-cased, stripped
 * of accents and common English endings, stop words dropped, and a few words that
 * translations of the same statement swap for one another ("suggestions", "proposals",
 * "ideas") reduced to one key. Similarity is the Dice coefficient of the two sets of keys.
 */

const STOP_WORDS = new Set(
  'a an and are as at be been but by can could do does for from had has have he her him his i if in into is it its me my no not of on or our she so some than that the their them there these they this those to was we were what when which who will with would you your'.split(' '),
);

/** Words a translation renders differently, mapped to one key. */
const VARIANTS: Record<string, string> = {
  suggestion: 'proposal', idea: 'proposal', proposal: 'proposal', propos: 'proposal',
  feasible: 'possible', possible: 'possible', achievable: 'possible',
  foundation: 'basis', basis: 'basis', base: 'basis', groundwork: 'basis',
  war: 'war', conflict: 'war',
  talk: 'talk', discussion: 'talk', conversation: 'talk', dialogue: 'talk', exchange: 'talk',
};

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The comparable key of one word. */
export function wordKey(word: string): string {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const stem = plain.replace(/(?:'s|’s)$/u, '').replace(/(?:ies)$/u, 'y').replace(/(?:es|s)$/u, '');
  return VARIANTS[stem] ?? VARIANTS[plain] ?? stem;
}

export function keySet(text: string): Set<string> {
  const words = text.match(/[\p{L}\p{N}’']+/gu) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w.toLowerCase()) && w.length > 1).map(wordKey));
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
