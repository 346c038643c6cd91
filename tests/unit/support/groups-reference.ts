/**
 * The grouping rules of src/lib/groups.ts and src/lib/recurring.ts as first written,
 * comparing every pair (every pair of a bucket; every candidate of a claim): slow at scale,
 * kept as the reference the property tests hold the linear versions to.
 */
import { sameStatement, type ClaimRef, type StatementGroup } from '../../../src/lib/groups.ts';
import { RECURRING_SIMILARITY, type RecurringPhrase } from '../../../src/lib/recurring.ts';
import type { ArticleEntry } from '../../../src/lib/dossier.ts';
import { similarCandidates, similarity } from '../../../src/lib/similarity.ts';

const allClaims = (articles: readonly ArticleEntry[]): ClaimRef[] =>
  articles.flatMap((article) => article.data.claims.map((claim) => ({ article, claim })));

function sameOccasion(a: ClaimRef, b: ClaimRef): boolean {
  if (a.claim.said && b.claim.said) return a.claim.said === b.claim.said;
  if (a.claim.said || b.claim.said) return false;
  return (
    Math.abs(Date.parse(a.article.data.published) - Date.parse(b.article.data.published)) /
      86_400_000 <=
    2
  );
}

export function referenceGroups(articles: readonly ArticleEntry[]): StatementGroup[] {
  const claims = allClaims(articles);
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, a] of claims.entries()) {
    for (let j = i + 1; j < claims.length; j++)
      if (find(i) !== find(j) && sameStatement(a, claims[j]!)) parent[find(j)] = find(i);
  }
  return [...Map.groupBy(claims, (_, i) => find(i)).values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const sorted = [...members].sort(
        (a, b) =>
          a.article.data.published.localeCompare(b.article.data.published) ||
          a.claim.id.localeCompare(b.claim.id),
      );
      return {
        id: `g-${sorted[0]!.claim.id}`,
        speaker: sorted[0]!.claim.speaker!,
        said: sorted.find((m) => m.claim.said)?.claim.said ?? null,
        members: sorted,
      };
    })
    .sort((a, b) => (a.said ?? '').localeCompare(b.said ?? '') || a.id.localeCompare(b.id));
}

export function referenceRecurring(articles: readonly ArticleEntry[]): RecurringPhrase[] {
  const claims = allClaims(articles).filter(
    (c) => c.claim.speaker !== null && c.claim.kind !== 'indirect',
  );
  const out: RecurringPhrase[] = [];
  const taken = new Set<string>();
  const candidates: number[][] = claims.map(() => []);
  for (const members of Map.groupBy(claims.keys(), (i) => claims[i]!.claim.speaker).values()) {
    similarCandidates(
      members.map((i) => claims[i]!.claim.quote),
      RECURRING_SIMILARITY,
    ).forEach((later, k) => {
      candidates[members[k]!] = later.map((j) => members[j]!);
    });
  }
  for (const [i, a] of claims.entries()) {
    if (taken.has(a.claim.id)) continue;
    const alike = candidates[i]!.map((j) => claims[j]!).filter(
      (b) =>
        !sameOccasion(a, b) &&
        !taken.has(b.claim.id) &&
        similarity(a.claim.quote, b.claim.quote) >= RECURRING_SIMILARITY,
    );
    if (alike.length === 0) continue;
    for (const b of alike) taken.add(b.claim.id);
    const when = (c: ClaimRef) => c.claim.said ?? c.article.data.published;
    out.push({
      speaker: a.claim.speaker!,
      members: [a, ...alike].sort((x, y) => when(x).localeCompare(when(y))),
    });
  }
  return out;
}
