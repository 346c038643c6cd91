import type { ArticleEntry } from './dossier';
import { allClaims, type ClaimRef } from './groups';
import { keyClasses } from './key-classes';

/**
 * Recurring phrases: the same words from one speaker on different occasions, which are not
 * one statement (groups.ts) but worth showing side by side. Computed once per build by load.ts.
 */

export const RECURRING_SIMILARITY = 0.6;

export interface RecurringPhrase {
  speaker: string;
  members: ClaimRef[];
}

/**
 * The same words from one speaker on different occasions ("until the end" on 20 February and 3 March).
 *
 * Each claim in turn, unless taken already, takes every later claim of its speaker alike with
 * it (similarity ≥ 0.6) on another occasion and not taken yet. Alike-ness depends only on the
 * two key sets, so it is asked once per pair of key sets, and the later claims of each key
 * set wait in pools by occasion: the dated by date (a whole date taken at once, the claim's
 * own date passed over), the undated by publication time (those more than two days away
 * taken from either end). A claim is then looked at when taken, or passed over in O(1), not
 * once per earlier claim alike with it: k copies of one quotation cost k, not k².
 */
export function recurringPhrases(articles: readonly ArticleEntry[]): RecurringPhrase[] {
  const claims = allClaims(articles).filter(
    (c) => c.claim.speaker !== null && c.claim.kind !== 'indirect',
  );
  const out: RecurringPhrase[] = [];
  const taken = new Set<string>();
  const done = new Uint8Array(claims.length);
  const live = (j: number) => done[j] === 0 && !taken.has(claims[j]!.claim.id);
  const time = Float64Array.from(claims, (c) => Date.parse(c.article.data.published));
  // For each claim, the pools of the key sets alike with its own (within its speaker), shared by its key set.
  const alikeOf: Pools[][] = [];
  for (const members of Map.groupBy(claims.keys(), (i) => claims[i]!.claim.speaker).values()) {
    const { classOf, alike } = keyClasses(
      members.map((i) => claims[i]!.claim.quote),
      RECURRING_SIMILARITY,
    );
    const pools: Pools[] = alike.map(() => ({
      dated: new Map<string, number[]>(),
      undated: [],
      start: 0,
    }));
    const alikePools = alike.map((classes) => classes.map((d) => pools[d]!));
    members.forEach((i, k) => {
      const pool = pools[classOf[k]!]!;
      const said = claims[i]!.claim.said;
      if (said) {
        const list = pool.dated.get(said);
        if (list) list.push(i);
        else pool.dated.set(said, [i]);
      } else pool.undated.push(i);
      alikeOf[i] = alikePools[classOf[k]!]!;
    });
    for (const pool of pools) pool.undated.sort((a, b) => time[a]! - time[b]! || a - b);
  }
  const day2 = 2 * 86_400_000;
  for (const [i, a] of claims.entries()) {
    done[i] = 1;
    if (taken.has(a.claim.id)) continue;
    const found: number[] = [];
    const takeAll = (list: readonly number[], from = 0, to = list.length) => {
      for (let k = from; k < to; k++) if (live(list[k]!)) found.push(list[k]!);
    };
    for (const pool of alikeOf[i]!) {
      for (const [said, list] of pool.dated) {
        if (said === a.claim.said) continue;
        takeAll(list);
        pool.dated.delete(said);
      }
      const { undated } = pool;
      if (a.claim.said) {
        takeAll(undated, pool.start);
        undated.length = pool.start;
      } else {
        // Undated: the same occasion when published within two days; the rest, at either end, are taken.
        const lo = firstAtLeast(undated, pool.start, (j) => time[j]! >= time[i]! - day2);
        const hi = firstAtLeast(undated, lo, (j) => time[j]! > time[i]! + day2);
        takeAll(undated, pool.start, lo);
        takeAll(undated, hi);
        undated.length = hi;
        pool.start = lo;
      }
    }
    if (found.length === 0) continue;
    const alike = found.sort((x, y) => x - y).map((j) => claims[j]!);
    for (const b of alike) taken.add(b.claim.id);
    // In the order they were said, whatever the order the articles were published in.
    const when = (c: ClaimRef) => c.claim.said ?? c.article.data.published;
    out.push({
      speaker: a.claim.speaker!,
      members: [a, ...alike].sort((x, y) => when(x).localeCompare(when(y))),
    });
  }
  return out;
}

/** The later claims of one key set not yet taken: dated by date, undated by publication time from `start`. */
interface Pools {
  dated: Map<string, number[]>;
  undated: number[];
  start: number;
}

/** The first position from `from` whose value passes `test`, in a list where passing ones come last. */
function firstAtLeast(
  list: readonly number[],
  from: number,
  test: (value: number) => boolean,
): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
