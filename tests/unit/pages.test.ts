import { describe, expect, it } from 'vitest';
import {
  capList,
  pageIndex,
  pageOf,
  pageParam,
  pagePaths,
  pageWindow,
  paginate,
  paginateByWeight,
} from '../../src/lib/pages.ts';
import { urls } from '../../src/lib/urls.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each<[string, number, number, number[]]>([
  ['an empty list is one empty page', 0, 20, [0]],
  ['fewer items than a page', 5, 20, [5]],
  ['exactly one page', 20, 20, [20]],
  ['one more than a page', 21, 20, [20, 1]],
  ['many pages', 45, 10, [10, 10, 10, 10, 5]],
])('paginate: %s', (_, n, size, lengths) => {
  const pages = paginate(range(n), size);
  it(`gives pages of ${lengths.join(', ')} items`, () =>
    expect(pages.map((p) => p.length)).toEqual(lengths));
  it('keeps every item once, in order', () => expect(pages.flat()).toEqual(range(n)));
});

describe('paginate and paginateByWeight refuse a page size that is not positive', () => {
  it.each([0, -1, 1.5, Number.NaN])('size %s', (size) =>
    expect(() => paginate([1], size)).toThrow(/positive/u),
  );
  it.each([0, -3, Number.NaN])('budget %s', (budget) =>
    expect(() => paginateByWeight([1], () => 1, budget)).toThrow(/positive/u),
  );
});

describe.each<[string, number[], number, number[][]]>([
  [
    'items that fill pages exactly',
    [2, 2, 2, 2],
    4,
    [
      [2, 2],
      [2, 2],
    ],
  ],
  ['an item that would overflow starts the next page', [3, 2, 1], 4, [[3], [2, 1]]],
  ['an item heavier than the budget has a page of its own', [1, 9, 1], 4, [[1], [9], [1]]],
  ['weightless items stay with the page', [4, 0, 0, 1], 4, [[4, 0, 0], [1]]],
  ['an empty list is one empty page', [], 4, [[]]],
])('paginateByWeight: %s', (_, weights, budget, expected) => {
  it('splits in order, each page within the budget unless one item exceeds it', () => {
    const pages = paginateByWeight(weights, (w) => w, budget);
    expect(pages).toEqual(expected);
    for (const page of pages)
      expect(page.length === 1 || page.reduce((a, b) => a + b, 0) <= budget).toBe(true);
  });
});

describe('pageIndex and pageOf', () => {
  const pages = [[{ keys: ['e-1', 'g-1'] }, { keys: ['e-2'] }], [{ keys: ['e-3', 'g-1'] }]];
  const index = pageIndex(pages, (item) => item.keys);
  it.each<[string, number]>([
    ['e-1', 1],
    ['e-2', 1],
    ['e-3', 2],
    ['g-1', 1], // a key on two pages goes to the first
    ['e-none', 1], // unknown: the view's first page
  ])('finds %s on page %i', (key, page) => expect(pageOf(index, key)).toBe(page));
});

describe.each<[number, number, Array<number | 'gap'>]>([
  [1, 1, [1]],
  [1, 2, [1, 2]],
  [1, 5, [1, 2, 'gap', 5]],
  [3, 5, [1, 2, 3, 4, 5]],
  [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
  [10, 10, [1, 'gap', 9, 10]],
  [2, 10, [1, 2, 3, 'gap', 10]],
  [4, 10, [1, 2, 3, 4, 5, 'gap', 10]],
])('pageWindow(%i of %i)', (current, total, expected) => {
  it(`shows ${expected.join(' ')}`, () => expect(pageWindow(current, total)).toEqual(expected));
});

describe('page addresses', () => {
  it.each<[string, string]>([
    [urls.timeline('/', 1), '/timeline/'],
    [urls.timeline('/', 2), '/timeline/page/2/'],
    [urls.whoSaidWhat('/dossier/', 3), '/dossier/who-said-what/page/3/'],
    [urls.actor('putin', '/', 4), '/actors/putin/page/4/'],
    [urls.statement('putin', 'abc', 2, '/'), '/actors/putin/page/2/#s-abc'],
    [urls.statement('putin', 'abc', 1, '/'), '/actors/putin/#s-abc'],
    [urls.timelineEvent('e-2022-02-07-x', '/', 2), '/timeline/page/2/#e-2022-02-07-x'],
    [urls.group('g-1', '/', 2), '/who-said-what/page/2/#g-1'],
    [urls.occasion('o-e-1', '/dossier/', 1), '/dossier/who-said-what/#o-e-1'],
    [urls.timelineByActor('putin', '/', 2), '/timeline/actor/putin/page/2/'],
    [urls.actorArticles('putin', '/', 2), '/actors/putin/articles/page/2/'],
  ])('%s is %s', (got, want) => expect(got).toBe(want));

  it('gives each page its route parameter and props, none for the first', () => {
    expect([1, 2, 10].map(pageParam)).toEqual([undefined, 'page/2', 'page/10']);
    expect(pagePaths([['a'], ['b']], { id: 'x' }, { extra: true })).toEqual([
      {
        params: { id: 'x', page: undefined },
        props: { extra: true, items: ['a'], page: 1, pages: 2 },
      },
      {
        params: { id: 'x', page: 'page/2' },
        props: { extra: true, items: ['b'], page: 2, pages: 2 },
      },
    ]);
  });
});

describe.each<[string, number, number, number]>([
  ['a list under its cap', 3, 5, 0],
  ['a list at its cap', 5, 5, 0],
  ['a list over its cap', 12, 5, 7],
  ['a cap of nothing', 4, 0, 4],
])('capList: %s', (_, n, max, more) => {
  it(`shows ${Math.min(n, max)} and counts ${more} more`, () => {
    const { shown, more: left } = capList(range(n), max);
    expect(shown).toEqual(range(Math.min(n, max)));
    expect(left).toBe(more);
  });
});
