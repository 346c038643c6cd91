import type { Claim } from '../schemas';
import { anchors } from './anchors';
import type { ArticleEntry } from './dossier';
import { isStopWord, keySet, similarCandidates, similarity, comparisonKey } from './similarity';

/**
 * Cross-source groups: the same statement reported by more than one outlet.
 *
 * Grouping rule (also on the methodology page). Two claims report the same statement when
 * they come from different outlets, have the same speaker, were made on the same occasion,
 * and are worded alike once translation variants are folded (similarity ≥ 0.35, see
 * similarity.ts). Same occasion: both dated and on the same date, or both undated in
 * articles published within two days of each other. The same words said on different
 * occasions are not one statement: they are a recurring phrase.
 */

export const GROUP_SIMILARITY = 0.35;
export const RECURRING_SIMILARITY = 0.6;

export interface ClaimRef {
  article: ArticleEntry;
  claim: Claim;
}

export interface StatementGroup {
  id: string;
  speaker: string;
  said: string | null;
  members: ClaimRef[];
}

function sameOccasion(a: ClaimRef, b: ClaimRef): boolean {
  if (a.claim.said && b.claim.said) return a.claim.said === b.claim.said;
  if (a.claim.said || b.claim.said) return false;
  const days =
    Math.abs(Date.parse(a.article.data.published) - Date.parse(b.article.data.published)) /
    86_400_000;
  return days <= 2;
}

export function sameStatement(a: ClaimRef, b: ClaimRef): boolean {
  return (
    a.claim.speaker !== null &&
    a.claim.speaker === b.claim.speaker &&
    a.article.data.outlet.id !== b.article.data.outlet.id &&
    a.claim.kind !== 'indirect' &&
    b.claim.kind !== 'indirect' &&
    sameOccasion(a, b) &&
    similarity(a.claim.quote, b.claim.quote) >= GROUP_SIMILARITY
  );
}

function allClaims(articles: readonly ArticleEntry[]): ClaimRef[] {
  return articles.flatMap((article) => article.data.claims.map((claim) => ({ article, claim })));
}

export function groupStatements(articles: readonly ArticleEntry[]): StatementGroup[] {
  const claims = allClaims(articles);
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    if (find(i) !== find(j)) parent[find(j)] = find(i);
  };
  // Only claims of one speaker on one occasion can group: compare within those buckets
  // (dated claims by date; undated ones within two days of publication of each other).
  const candidates = claims
    .keys()
    .filter((i) => claims[i]!.claim.speaker !== null && claims[i]!.claim.kind !== 'indirect');
  const buckets = Map.groupBy(
    candidates,
    (i) => `${claims[i]!.claim.speaker}\n${claims[i]!.claim.said ?? 'undated'}`,
  );
  // Each claim's publication time, read once: the sort and the scan below ask it per comparison.
  const time = new Map(articles.map((a) => [a.id, Date.parse(a.data.published)]));
  const times = Float64Array.from(claims, (c) => time.get(c.article.id)!);
  const published = (i: number) => times[i]!;
  for (const bucket of buckets.values()) {
    if (claims[bucket[0]!]!.claim.said) {
      linkDated(
        bucket.map((i) => claims[i]!),
        (k, m) => union(bucket[k]!, bucket[m]!),
      );
      continue;
    }
    bucket.sort((a, b) => published(a) - published(b));
    for (const [k, i] of bucket.entries()) {
      for (let m = k + 1; m < bucket.length; m++) {
        const j = bucket[m]!;
        if (published(j) - published(i) > 2 * 86_400_000 && claims[i]!.claim.said === null) break;
        if (find(i) !== find(j) && sameStatement(claims[i]!, claims[j]!)) union(i, j);
      }
    }
  }
  const byRoot = Map.groupBy(claims, (_, i) => find(i));
  return [...byRoot.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const sorted = [...members].sort(
        (a, b) =>
          a.article.data.published.localeCompare(b.article.data.published) ||
          a.claim.id.localeCompare(b.claim.id),
      );
      return {
        id: anchors.group(sorted[0]!.claim.id),
        speaker: sorted[0]!.claim.speaker!,
        said: sorted.find((m) => m.claim.said)?.claim.said ?? null,
        members: sorted,
      };
    })
    .sort((a, b) => (a.said ?? '').localeCompare(b.said ?? '') || a.id.localeCompare(b.id));
}

/**
 * The claims of one speaker said on one date (all on one occasion) that are the same
 * statement, linked without comparing every pair: `sameStatement` then asks only that the
 * outlets differ and the wordings be alike, and the wording counts only through its key
 * set. So the claims fall into cells of one key set and one outlet, and two claims link
 * when their cells do: cells of different outlets whose key sets are alike. Each member
 * of a cell with such a neighbour is linked to it (through the cell's first member), which
 * gives the same groups as linking every such pair; k copies of one quotation cost k, not k².
 */
function linkDated(bucket: readonly ClaimRef[], link: (k: number, m: number) => void): void {
  const { classOf, alike } = keyClasses(
    bucket.map((c) => c.claim.quote),
    GROUP_SIMILARITY,
  );
  // Per key set, its outlets in order of first member, each with its members' positions.
  const cells = alike.map(() => new Map<string, number[]>());
  bucket.forEach((c, k) => {
    const cell = cells[classOf[k]!]!;
    const list = cell.get(c.article.data.outlet.id);
    if (list) list.push(k);
    else cell.set(c.article.data.outlet.id, [k]);
  });
  const joined = new Set<readonly number[]>();
  for (const [c, classes] of alike.entries()) {
    for (const d of classes) {
      for (const [o, here] of cells[c]!) {
        for (const [p, there] of cells[d]!) {
          if (o === p) continue;
          link(here[0]!, there[0]!);
          if (joined.has(here)) continue;
          joined.add(here);
          for (const k of here) link(here[0]!, k);
        }
      }
    }
  }
}

/**
 * Texts sorted into classes of one key set (similarity sees nothing else of a text), each
 * class numbered in the order of its first text, and for each class the classes alike with
 * it (similarity of their key sets ≥ threshold; itself included unless it has no key), so
 * that k texts with the same words are compared as one.
 */
function keyClasses(
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

/** Where a group's members appear: each outlet once, in the order of its first member, with its first two members' positions. */
interface OutletsOfGroup {
  outlets: Array<{ outlet: string; first: number; second: number | null }>;
  position: ReadonlyMap<string, number>;
}

const outletTables = new WeakMap<StatementGroup, OutletsOfGroup>();

function outletsOf(group: StatementGroup): OutletsOfGroup {
  let table = outletTables.get(group);
  if (!table) {
    const outlets: OutletsOfGroup['outlets'] = [];
    const at = new Map<string, (typeof outlets)[number]>();
    const position = new Map<string, number>();
    group.members.forEach((m, i) => {
      position.set(m.claim.id, i);
      const known = at.get(m.article.data.outlet.id);
      if (!known) {
        const row = { outlet: m.article.data.outlet.id, first: i, second: null };
        at.set(row.outlet, row);
        outlets.push(row);
      } else if (known.second === null) known.second = i;
    });
    table = { outlets, position };
    outletTables.set(group, table);
  }
  return table;
}

/**
 * The outlets of a group's members other than one outlet, each once, in the order of their
 * first member: what else reports a statement, beside the outlet it is read in. Computed
 * once per group, so that asking it for each of a large group's members costs the number
 * of its outlets, not of its members.
 */
export function outletsBesides(group: StatementGroup, outlet: string): string[] {
  return outletsOf(group).outlets.flatMap((o) => (o.outlet === outlet ? [] : [o.outlet]));
}

/**
 * The outlets of a group's members other than one claim, each once, in the order of their
 * first member other than it: an outlet with another member (another article of it) stays.
 */
export function outletsBesidesClaim(group: StatementGroup, claimId: string): string[] {
  const { outlets, position } = outletsOf(group);
  const me = position.get(claimId);
  return outlets
    .flatMap((o) => {
      const from = o.first === me ? o.second : o.first;
      return from === null ? [] : [{ outlet: o.outlet, from }];
    })
    .sort((a, b) => a.from - b.from)
    .map((o) => o.outlet);
}

/** For each claim id, the group it belongs to. */
export function groupOfClaim(groups: readonly StatementGroup[]): Map<string, StatementGroup> {
  return new Map(groups.flatMap((g) => g.members.map((m) => [m.claim.id, g] as const)));
}

export interface WordDiff {
  text: string;
  /** True when the word matters (not a stop word) and the other version has no word with the same key. */
  differs: boolean;
}

/** Splits a quote into words marked by whether the other version shares them, translation variants folded. */
export function markDifferences(text: string, other: string): WordDiff[] {
  const keys = keySet(other);
  return text
    .split(/(\s+)/u)
    .filter(Boolean)
    .map((token) => {
      const word = token.match(/[\p{L}\p{N}’']+/u)?.[0];
      return {
        text: token,
        differs: word !== undefined && !isStopWord(word) && !keys.has(comparisonKey(word)),
      };
    });
}
