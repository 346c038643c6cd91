import type { Claim } from '../schemas';
import { anchors } from './anchors';
import type { ArticleEntry } from './dossier';
import { keyClasses } from './key-classes';
import { similarity } from './similarity';

/**
 * Cross-source groups: the same statement reported by more than one outlet.
 *
 * Grouping rule (also on the methodology page). Two claims report the same statement when
 * they come from different outlets, have the same speaker, were made on the same occasion,
 * and are worded alike once translation variants are folded (similarity ≥ 0.35, see
 * similarity.ts). Same occasion: both dated and on the same date, or both undated in
 * articles published within two days of each other. The same words said on different
 * occasions are not one statement: they are a recurring phrase (recurring.ts). load.ts
 * computes the groups once per build; the pages ask which outlets report a group's statement.
 */

export const GROUP_SIMILARITY = 0.35;

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

/** Every claim of the articles, with its article. */
export function allClaims(articles: readonly ArticleEntry[]): ClaimRef[] {
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
