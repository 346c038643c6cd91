import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/dossier.ts';
import { groupStatements } from '../../src/lib/groups.ts';
import {
  GROUP_SHOWN,
  columnWeight,
  groupShown,
  paginateOccasions,
  sliceKeys,
} from '../../src/lib/occasion-pages.ts';
import { groupByOccasion, groupsByOccasion } from '../../src/lib/occasions.ts';
import { pageIndex } from '../../src/lib/pages.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { article, claim, event } from '../../scripts/fixture-entries.ts';

/**
 * A dossier where one occasion (a call) is reported by many articles, as at scale: each
 * copy quotes the same words, so the call's columns, and the group that compares them, are
 * more than a page holds.
 */
const outlets = ['rfi', 'ap', 'kyiv-post', 'franceinfo', 'abc-es'];
function dossier(n: number) {
  const articles = Array.from({ length: n }, (_, i) => {
    const call = event({
      date: '2022-02-20',
      id: `call-${i}`,
      kind: 'call',
      headline: 'Macron and Putin speak by phone',
      sentence: 'Macron and Putin spoke by phone on 20 February.',
      actors: ['macron', 'putin'],
    });
    return article(`a-${String(i).padStart(3, '0')}`, {
      outlet: outlets[i % outlets.length]!,
      published: '2022-02-21',
      events: [call],
      claims: [
        claim({
          id: `c${i}-1`,
          speaker: 'putin',
          quote: 'We will go until the end of this',
          said: '2022-02-20',
          occasion: { kind: 'call', event: `call-${i}` },
          paragraph: 2,
        }),
        claim({
          id: `c${i}-2`,
          speaker: 'macron',
          quote: 'Dialogue must go on whatever happens',
          said: '2022-02-20',
          occasion: { kind: 'call', event: `call-${i}` },
          paragraph: 3,
        }),
        claim({
          id: `c${i}-3`,
          speaker: 'macron',
          quote: 'An undated remark of some length',
          paragraph: 4,
        }),
      ],
    });
  });
  const timeline = buildTimeline(articles);
  const statements: Statement[] = articles.flatMap((a) =>
    a.data.claims.map((c) => ({ article: a, claim: c })),
  );
  const occasions = groupByOccasion(statements, timeline);
  const groups = groupStatements(articles);
  return { articles, occasions, groups, groupsAt: groupsByOccasion(occasions, groups) };
}

describe.each<[string, number, number]>([
  ['five articles in one page', 5, 1000],
  ['forty articles, a small budget', 40, 30],
  ['forty articles, a budget smaller than one column', 40, 2],
])('paginateOccasions: %s', (_, n, budget) => {
  const { occasions, groups, groupsAt } = dossier(n);
  const pages = paginateOccasions(occasions, groupsAt, budget);
  const keys = pages.map((p) => p.flatMap(sliceKeys));

  it('puts every statement, every occasion anchor and every group on exactly one page', () => {
    const all = keys.flat();
    expect(new Set(all).size).toBe(all.length);
    const claims = occasions.flatMap((o) =>
      o.coverage.flatMap((c) =>
        c.speakers.flatMap((w) => [...w.shown, ...w.folded].map((s) => s.claim.id)),
      ),
    );
    expect(new Set(all)).toEqual(
      new Set([...claims, ...occasions.map((o) => o.id), ...groups.map((g) => g.id)]),
    );
  });

  it('keeps each page within the budget, or holds a single column or group that exceeds it', () => {
    for (const page of pages) {
      const units = page.flatMap((s) => [
        ...s.coverage.map(columnWeight),
        ...s.groups.map(() => 0),
      ]);
      const load = page.reduce(
        (w, s) =>
          w +
          s.coverage.reduce((m, c) => m + columnWeight(c), 0) +
          s.groups.reduce((m, g) => m + 2 + Math.min(g.members.length, GROUP_SHOWN), 0),
        0,
      );
      expect(units.length === 1 || load <= budget).toBe(true);
    }
  });

  it('marks an occasion first where it starts and continuing where it goes on', () => {
    for (const [i, page] of pages.entries()) {
      for (const slice of page) {
        const before =
          pages
            .slice(0, i)
            .flat()
            .some((s) => s.occasion === slice.occasion) ||
          page.slice(0, page.indexOf(slice)).some((s) => s.occasion === slice.occasion);
        expect(slice.first).toBe(!before);
        expect(slice.continues).toBe(
          slice === page.at(-1) && pages[i + 1]?.[0]?.occasion === slice.occasion,
        );
      }
    }
  });

  it('keeps the columns in their order across pages', () => {
    const order = pages
      .flat()
      .flatMap((s) => s.coverage.map((c) => `${s.occasion.id}/${c.article.id}`));
    expect(order).toEqual(
      occasions.flatMap((o) => o.coverage.map((c) => `${o.id}/${c.article.id}`)),
    );
  });

  it('lets a link find the page of any statement', () => {
    const index = pageIndex(pages, sliceKeys);
    for (const [i, page] of keys.entries())
      for (const key of page) expect(index.get(key)).toBe(i + 1);
  });
});

describe('groupShown', () => {
  const member = (outlet: string, n: number) => ({
    article: { data: { outlet: { id: outlet } } },
    n,
  });
  it.each<[string, Array<[string, number]>, number, number[], number[]]>([
    [
      'fewer members than the cap: all, in their order',
      [
        ['rfi', 1],
        ['ap', 2],
      ],
      4,
      [1, 2],
      [],
    ],
    [
      'the first of each outlet before a second of one',
      [
        ['rfi', 1],
        ['rfi', 2],
        ['rfi', 3],
        ['ap', 4],
        ['kp', 5],
      ],
      3,
      [1, 4, 5],
      [2, 3],
    ],
    [
      'one outlet only: the first ones',
      [
        ['rfi', 1],
        ['rfi', 2],
        ['rfi', 3],
      ],
      2,
      [1, 2],
      [3],
    ],
  ])('%s', (_, members, max, shown, more) => {
    const result = groupShown(
      members.map(([o, n]) => member(o, n)),
      max,
    );
    expect(result.shown.map((m) => m.n)).toEqual(shown);
    expect(result.more.map((m) => m.n)).toEqual(more);
  });
});
