import { keySet, similarCandidates, similarity } from './similarity';

/**
 * Texts sorted by key set, so that many copies of one quotation are compared once: what the
 * cross-source groups (groups.ts) and the recurring phrases (recurring.ts) compare claims by.
 */

/**
 * Texts sorted into classes of one key set (similarity sees nothing else of a text), each
 * class numbered in the order of its first text, and for each class the classes alike with
 * it (similarity of their key sets ≥ threshold; itself included unless it has no key), so
 * that k texts with the same words are compared as one.
 */
export function keyClasses(
  texts: readonly string[],
  threshold: number,
): { classOf: number[]; alike: number[][] } {
  const ids = new Map<string, number>();
  const first: string[] = [];
  const classOf = texts.map((text) => {
    const key = [...keySet(text)].sort().join('\n');
    let c = ids.get(key);
    if (c === undefined) {
      c = first.length;
      ids.set(key, c);
      first.push(text);
    }
    return c;
  });
  const alike: number[][] = first.map((text, c) =>
    similarity(text, text) >= threshold ? [c] : [],
  );
  similarCandidates(first, threshold).forEach((later, c) => {
    for (const d of later) {
      if (similarity(first[c]!, first[d]!) < threshold) continue;
      alike[c]!.push(d);
      alike[d]!.push(c);
    }
  });
  return { classOf, alike };
}
