import { describe, expect, it } from 'vitest';
import {
  coversQuery,
  orderHits,
  pageHits,
  pagesToRead,
  quoteSelected,
  tier,
  type Hit,
  type PageData,
} from '../../src/lib/search-hits';
import type { QuoteAnchor } from '../../src/lib/quote-anchor';

const putinFull: QuoteAnchor = {
  q: 'almost torturing me',
  k: 'direct',
  s: 'putin',
  n: 'Vladimir Putin',
  d: '2022-02-07',
  b: 's',
};
const putinFragment: QuoteAnchor = {
  q: 'until the end',
  k: 'fragment',
  s: 'putin',
  n: 'Vladimir Putin',
  d: '2021-12-20',
  b: 's',
};
const macronIndirect: QuoteAnchor = {
  q: 'Macron also spoke',
  k: 'indirect',
  s: 'macron',
  n: 'Emmanuel Macron',
  d: '2022-02-10',
  b: 'p',
};
const nobody: QuoteAnchor = { q: 'avoid war', k: 'term', u: 'a diplomat', d: '2022-02-10', b: 'p' };

const at = (score: number) => [{ location: 1, weight: 1, balanced_score: score }];

/**
 * An article page as data() returns it for a search of "war": its title, then each
 * quotation's words and "war"; the page's own sub-result, then one per quotation, whose
 * hits (`locations`) are every word of its part.
 */
function article(
  url: string,
  published: string,
  quotes: Array<[QuoteAnchor, number]>,
  own = true,
): PageData {
  const words = ['Article', 'war.'];
  const parts = quotes.map(([q]) => {
    const start = words.length;
    words.push(...`${q.q} war`.split(' '));
    return Array.from({ length: words.length - start }, (_, i) => start + i);
  });
  const anchors = quotes.map(([q], i) => ({
    id: `q-${i}`,
    element: 'span',
    location: parts[i]![0]!,
    title: JSON.stringify(q),
    text: '',
  }));
  return {
    url,
    excerpt: 'page <mark>excerpt</mark>',
    meta: { title: `Article ${url}` },
    filters: { kind: ['article', 'quote'], published: [published] },
    raw_content: words.join(' '),
    anchors,
    sub_results: [
      ...(own
        ? [
            {
              title: `Article ${url}`,
              url,
              excerpt: 'own <mark>excerpt</mark>',
              weighted_locations: at(1),
              locations: [1],
            },
          ]
        : []),
      ...quotes.map(([q, score], i) => ({
        title: JSON.stringify(q),
        url: `${url}#q-${i}`,
        excerpt: `${q.q}`,
        anchor: { id: `q-${i}`, title: JSON.stringify(q) },
        weighted_locations: at(score),
        locations: parts[i]!,
      })),
    ],
  };
}
const war = ['war'];
const actor: PageData = {
  url: '/actors/putin/',
  excerpt: 'Vladimir <mark>Putin</mark>',
  meta: { title: 'Vladimir Putin' },
  filters: { kind: ['actor'], speaker: ['putin'] },
};

const shape = (hits: Hit[]) =>
  hits.map((h) => (h.type === 'quote' ? `${h.type}:${h.quote.q}@${h.url}` : `${h.type}@${h.url}`));

describe('a page’s results', () => {
  const page = article('/articles/a/', '2022-02-10', [
    [putinFragment, 1],
    [putinFull, 3],
    [macronIndirect, 2],
  ]);

  it.each([
    [
      'every quotation holding the words, best first, then the article',
      {},
      [
        'quote:almost torturing me@/articles/a/#q-1',
        'quote:Macron also spoke@/articles/a/#q-2',
        'quote:until the end@/articles/a/#q-0',
        'article@/articles/a/',
      ],
    ],
    [
      'only the speaker’s quotations, and the article quoting them',
      { speaker: 'putin' },
      [
        'quote:almost torturing me@/articles/a/#q-1',
        'quote:until the end@/articles/a/#q-0',
        'article@/articles/a/',
      ],
    ],
    [
      'only the year’s quotations, and the article if it appeared that year',
      { year: '2021' },
      ['quote:until the end@/articles/a/#q-0'],
    ],
    [
      'only quotations',
      { kind: 'quote' },
      [
        'quote:almost torturing me@/articles/a/#q-1',
        'quote:Macron also spoke@/articles/a/#q-2',
        'quote:until the end@/articles/a/#q-0',
      ],
    ],
    ['only the article', { kind: 'article' }, ['article@/articles/a/']],
    [
      'nothing of a speaker it does not quote but the article',
      { speaker: 'kuleba' },
      ['article@/articles/a/'],
    ],
  ])('are %s', (_, filters, expected) => {
    expect(shape(pageHits(page, 0, filters, war))).toEqual(expected);
  });

  it('are every quotation of the page when only filters are set (no words: no sub-results)', () => {
    const bare = { ...page, sub_results: [] };
    expect(shape(pageHits(bare, 0, { speaker: 'putin' }, []))).toEqual([
      'quote:until the end@/articles/a/#q-0',
      'quote:almost torturing me@/articles/a/#q-1',
      'article@/articles/a/',
    ]);
  });

  it('keep the article when only its quotations hold the words, with the page’s excerpt', () => {
    const hits = pageHits(article('/articles/b/', '2022-01-01', [[nobody, 1]], false), 4, {}, war);
    expect(shape(hits)).toEqual(['quote:avoid war@/articles/b/#q-0', 'article@/articles/b/']);
    expect(hits[1]!.excerpt).toBe('page <mark>excerpt</mark>');
    expect(hits.every((h) => h.rank === 4)).toBe(true);
  });

  it.each([
    [
      'keep a quotation holding every word searched',
      ['torturing', 'me'],
      ['quote:almost torturing me@/articles/a/#q-1', 'article@/articles/a/'],
    ],
    [
      'drop the quotations holding only some of them (Pagefind matched the page, not each part)',
      ['until', 'me'],
      ['article@/articles/a/'],
    ],
  ])('%s', (_, query, expected) => {
    expect(shape(pageHits(page, 0, {}, query))).toEqual(expected);
  });

  it('are one result for an actor page', () => {
    expect(shape(pageHits(actor, 1, { speaker: 'putin' }, war))).toEqual(['actor@/actors/putin/']);
  });

  it('skip a sub-result whose title is not a quotation’s (a heading)', () => {
    const withHeading: PageData = {
      ...page,
      sub_results: [
        {
          title: 'Background',
          url: '/articles/a/#background',
          excerpt: '',
          anchor: { id: 'background' },
          weighted_locations: at(5),
        },
      ],
    };
    expect(shape(pageHits(withHeading, 0, {}, war))).toEqual(['article@/articles/a/']);
  });
});

describe('a part covering the query', () => {
  it.each([
    ['the same words', ['until', 'the', 'end'], ['until', 'the', 'end'], true],
    ['only one of them', ['them'], ['until', 'the', 'end'], false],
    ['a longer word beginning with the word typed', ['negotiations'], ['negot'], true],
    ['a word of the same stem', ['negotiating'], ['negotiations'], true],
    ['a word sharing only its first letters', ['negative'], ['negotiations'], false],
    ['a name, as typed with its capital and accent', ['Élysée'], ['elysee'], true],
    ['no hit at all', [], ['war'], false],
  ])('by %s', (_, hits, query, ok) => {
    expect(coversQuery(hits, query)).toBe(ok);
  });
});

describe('selecting a quotation', () => {
  it.each([
    [{}, true],
    [{ speaker: 'putin' }, true],
    [{ speaker: 'macron' }, false],
    [{ year: '2022' }, true],
    [{ year: '2021' }, false],
    [{ kind: 'quote' }, true],
    [{ kind: 'article' }, false],
    [{ outlet: 'ap' }, true],
  ])('with filters %o: %s', (filters, ok) => {
    expect(quoteSelected(putinFull, filters)).toBe(ok);
  });
});

describe('the order of results', () => {
  const a = pageHits(
    article('/articles/a/', '2022-02-10', [
      [putinFragment, 5],
      [macronIndirect, 1],
    ]),
    0,
    {},
    war,
  );
  const b = pageHits(article('/articles/b/', '2022-03-01', [[putinFull, 1]]), 1, {}, war);
  const c = pageHits(actor, 2, {}, war);

  it('puts people first, then full statements, then fragments and terms, then articles, each by page rank', () => {
    expect(shape(orderHits([...a, ...b, ...c]))).toEqual([
      'actor@/actors/putin/',
      'quote:Macron also spoke@/articles/a/#q-1',
      'quote:almost torturing me@/articles/b/#q-0',
      'quote:until the end@/articles/a/#q-0',
      'article@/articles/a/',
      'article@/articles/b/',
    ]);
    expect([...a, ...b, ...c].map(tier)).toEqual([2, 1, 3, 1, 3, 0]);
  });

  it.each([
    [
      'desc',
      [
        'article@/articles/b/',
        'quote:Macron also spoke@/articles/a/#q-1',
        'article@/articles/a/',
        'quote:almost torturing me@/articles/b/#q-0',
        'quote:until the end@/articles/a/#q-0',
      ],
    ],
    [
      'asc',
      [
        'quote:until the end@/articles/a/#q-0',
        'quote:almost torturing me@/articles/b/#q-0',
        'quote:Macron also spoke@/articles/a/#q-1',
        'article@/articles/a/',
        'article@/articles/b/',
      ],
    ],
  ] as const)('sorts by date %s: when said, else published', (sort, expected) => {
    expect(shape(orderHits([...a, ...b], sort))).toEqual(expected);
  });
});

describe('how many pages to read', () => {
  it.each([
    ['a first read, at five results a page', 10, 0, 0, 10, 2],
    ['few, when pages hold many results', 10, 30, 2, 10, 1],
    ['more, when pages hold one result each', 8, 2, 2, 10, 8],
    ['at most the cap', 10, 0, 4, 5, 5],
    ['none when nothing is wanted', 0, 5, 5, 10, 0],
  ])('%s', (_, wanted, hits, pages, max, expected) => {
    expect(pagesToRead(wanted, hits, pages, max)).toBe(expected);
  });
});
