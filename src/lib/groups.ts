import type { Claim } from '../schemas';
import type { ArticleEntry } from './dossier';
import { isStopWord, keySet, similarCandidates, similarity, wordKey } from './similarity';

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
  const days = Math.abs(Date.parse(a.article.data.published) - Date.parse(b.article.data.published)) / 86_400_000;
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
  // Only claims of one speaker on one occasion can group: compare within those buckets
  // (dated claims by date; undated ones within two days of publication of each other).
  const candidates = claims.keys().filter((i) => claims[i]!.claim.speaker !== null && claims[i]!.claim.kind !== 'indirect');
  const buckets = Map.groupBy(candidates, (i) => `${claims[i]!.claim.speaker}\n${claims[i]!.claim.said ?? 'undated'}`);
  // Each claim's publication time, read once: the sort and the scan below ask it per comparison.
  const time = new Map(articles.map((a) => [a.id, Date.parse(a.data.published)]));
  const times = Float64Array.from(claims, (c) => time.get(c.article.id)!);
  const published = (i: number) => times[i]!;
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => published(a) - published(b));
    for (const [k, i] of bucket.entries()) {
      for (let m = k + 1; m < bucket.length; m++) {
        const j = bucket[m]!;
        if (published(j) - published(i) > 2 * 86_400_000 && claims[i]!.claim.said === null) break;
        if (find(i) !== find(j) && sameStatement(claims[i]!, claims[j]!)) parent[find(j)] = find(i);
      }
    }
  }
  const byRoot = Map.groupBy(claims, (_, i) => find(i));
  return [...byRoot.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const sorted = [...members].sort((a, b) => a.article.data.published.localeCompare(b.article.data.published) || a.claim.id.localeCompare(b.claim.id));
      return { id: `g-${sorted[0]!.claim.id}`, speaker: sorted[0]!.claim.speaker!, said: sorted.find((m) => m.claim.said)?.claim.said ?? null, members: sorted };
    })
    .sort((a, b) => (a.said ?? '').localeCompare(b.said ?? '') || a.id.localeCompare(b.id));
}

export interface RecurringPhrase {
  speaker: string;
  members: ClaimRef[];
}

/** The same words from one speaker on different occasions ("until the end" on 20 February and 3 March). */
export function recurringPhrases(articles: readonly ArticleEntry[]): RecurringPhrase[] {
  const claims = allClaims(articles).filter((c) => c.claim.speaker !== null && c.claim.kind !== 'indirect');
  const out: RecurringPhrase[] = [];
  const taken = new Set<string>();
  // Candidates among each speaker's own statements, by their positions in `claims`, in order.
  const candidates: number[][] = claims.map(() => []);
  for (const members of Map.groupBy(claims.keys(), (i) => claims[i]!.claim.speaker).values()) {
    similarCandidates(members.map((i) => claims[i]!.claim.quote), RECURRING_SIMILARITY).forEach((later, k) => {
      candidates[members[k]!] = later.map((j) => members[j]!);
    });
  }
  for (const [i, a] of claims.entries()) {
    if (taken.has(a.claim.id)) continue;
    const alike = candidates[i]!.map((j) => claims[j]!).filter((b) => !sameOccasion(a, b) && !taken.has(b.claim.id) && similarity(a.claim.quote, b.claim.quote) >= RECURRING_SIMILARITY);
    if (alike.length === 0) continue;
    for (const b of alike) taken.add(b.claim.id);
    // In the order they were said, whatever the order the articles were published in.
    const when = (c: ClaimRef) => c.claim.said ?? c.article.data.published;
    out.push({ speaker: a.claim.speaker!, members: [a, ...alike].sort((x, y) => when(x).localeCompare(when(y))) });
  }
  return out;
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
      return { text: token, differs: word !== undefined && !isStopWord(word) && !keys.has(wordKey(word)) };
    });
}
