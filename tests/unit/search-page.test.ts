import { describe, expect, it } from 'vitest';
import {
  articleFilters,
  articleSearchPage,
  indexPlan,
  leadWords,
  quoteAnchor,
} from '../../src/lib/search-page';
import { parseQuoteAnchor, type QuoteAnchor } from '../../src/lib/quote-anchor';
import type { ArticleInput, ClaimInput } from '../../src/lib/search-records';
import {
  ditch as sharedDitch,
  kuleba,
  macron,
  nobody as sharedNobody,
  outlets,
  putin,
  rfi,
  snub as sharedSnub,
  untilTheEnd as sharedUntil,
} from './search-fixtures';

const actors = new Map([putin, kuleba, macron].map((a) => [a.id, a]));
// Variants of the shared fixtures: a title and a quotation with characters to escape, a quotation said the year before.
const snub: ArticleInput = { ...sharedSnub, title: 'Putin’s snub of Macron & co' };
const untilTheEnd: ClaimInput = { ...sharedUntil, said: '2021-12-20' };
const ditch: ClaimInput = { ...sharedDitch, quote: 'dig a "ditch" <between> his country and Kyiv' };
const nobody: ClaimInput = { ...sharedNobody, quote: 'avoid war' };

/** The data-pagefind-title values of a page, decoded as Pagefind decodes them (entities once). */
function titles(html: string): string[] {
  return [...html.matchAll(/data-pagefind-title="([^"]*)"/gu)].map((m) =>
    m[1]!
      .replace(/&quot;/gu, '"')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&amp;/gu, '&'),
  );
}

describe('a quotation’s anchor data', () => {
  it.each<[string, ClaimInput, ArticleInput, QuoteAnchor]>([
    [
      'a known speaker, said on a date',
      untilTheEnd,
      snub,
      {
        q: 'until the end',
        k: 'fragment',
        s: 'putin',
        n: 'Vladimir Putin',
        d: '2021-12-20',
        b: 's',
      },
    ],
    [
      'a known speaker, dated by publication',
      ditch,
      rfi,
      { q: ditch.quote, k: 'direct', s: 'kuleba', n: 'Dmytro Kuleba', d: '2022-02-07', b: 'p' },
    ],
    [
      'an unidentified speaker, by the words naming them',
      nobody,
      rfi,
      { q: 'avoid war', k: 'fragment', u: 'a diplomat in Kyiv', d: '2022-02-07', b: 'p' },
    ],
  ])('holds %s', (_, claim, article, expected) => {
    expect(quoteAnchor(claim, article)).toEqual(expected);
  });

  it('holds the words around the quotation when it has them', () => {
    expect(quoteAnchor(untilTheEnd, snub, { before: 'would go ', after: '' }).x).toEqual([
      'would go ',
      '',
    ]);
    expect(quoteAnchor(untilTheEnd, snub, { before: '', after: '' }).x).toBeUndefined();
  });

  it.each([
    ['a quotation', JSON.stringify({ q: 'x', k: 'direct', d: '2022', b: 's' }), true],
    ['a heading’s title', 'Introduction', false],
    ['broken JSON', '{"q":', false],
    ['JSON of another shape', JSON.stringify({ q: 'x', k: 'speech', d: '2022', b: 's' }), false],
    ['nothing', undefined, false],
  ])('is read back from %s only when it is one', (_, title, ok) => {
    expect(parseQuoteAnchor(title) !== null).toBe(ok);
  });
});

describe('an article’s search page', () => {
  const contexts = new Map([['8ef4a3c14c', { before: 'he would go ', after: ' of a' }]]);
  const page = articleSearchPage({
    article: snub,
    outlet: outlets[0],
    claims: [untilTheEnd],
    actors,
    body: 'Putin spoke in Kyiv.\nThen nothing.',
    contexts,
  });

  it('is the article’s address without the base path', () => {
    expect(page.url).toBe('/articles/snub/');
  });

  it('opens on the title, the body, then the names and spellings of people and places, before any quotation', () => {
    const body = page.content.slice(page.content.indexOf('<body>'));
    expect(body).toMatch(
      /^<body><h1 data-pagefind-meta="title">Putin’s snub of Macron &amp; co<\/h1>\n<p>Putin spoke in Kyiv\.<\/p>\n<p>Then nothing\.<\/p>\n<p>Vladimir Putin · Poutine · Emmanuel Macron · Kyiv · Kiev<\/p>\n<p><span id="q-8ef4a3c14c"/u,
    );
  });

  it('indexes the places of the whole text, in every spelling, when only the lead of the body is indexed', () => {
    const lead = articleSearchPage({
      article: rfi,
      outlet: outlets[1],
      claims: [],
      actors,
      body: 'Kuleba spoke.',
      text: 'Kuleba spoke.\nLater, in Odessa, he met them.',
    });
    expect(lead.content).toContain(
      '<p>Kuleba spoke.</p>\n<p>Emmanuel Macron · Dmytro Kuleba · Kouleba · Odesa · Odessa</p>',
    );
    expect(lead.content).not.toContain('Later');
  });

  it('makes each quotation an empty anchor landing on its id, followed by its words and its speaker’s spellings', () => {
    expect(page.content).toContain('<p><span id="q-8ef4a3c14c" data-pagefind-title="');
    expect(page.content).toMatch(/"><\/span>until the end · Vladimir Putin · Poutine<\/p>/u);
    expect(titles(page.content).map(parseQuoteAnchor)).toEqual([
      {
        q: 'until the end',
        k: 'fragment',
        s: 'putin',
        n: 'Vladimir Putin',
        d: '2021-12-20',
        b: 's',
        x: ['he would go ', ' of a'],
      },
    ]);
  });

  it('escapes text and attributes, so a quotation’s marks and brackets come back as written', () => {
    const other = articleSearchPage({
      article: rfi,
      outlet: outlets[1],
      claims: [ditch, nobody],
      actors,
      body: '',
    });
    expect(other.content).toContain(
      'dig a "ditch" &lt;between&gt; his country and Kyiv · Dmytro Kuleba · Kouleba · Kiev</p>',
    );
    expect(other.content).toContain('avoid war · a diplomat in Kyiv</p>');
    expect(titles(other.content).map((t) => parseQuoteAnchor(t)?.q)).toEqual([
      ditch.quote,
      'avoid war',
    ]);
    expect(other.content).not.toMatch(/<between>/u);
  });

  it('carries its filters and date in its head, never in its text', () => {
    const head = page.content.slice(0, page.content.indexOf('</head>'));
    expect(head).toContain('<meta data-pagefind-filter="speaker[content]" content="putin">');
    expect(head).toContain('<meta data-pagefind-filter="outlet_name[content]" content="ABC">');
    expect(head).toContain('<meta data-pagefind-sort="date[content]" content="2022-06-25">');
  });
});

describe('an article’s filters', () => {
  it.each([
    [
      'an article quoting two speakers over two years',
      snub,
      [
        untilTheEnd,
        {
          ...untilTheEnd,
          id: 'b',
          speaker: { id: 'macron', name: 'Emmanuel Macron' },
          said: '2022-02-01',
        },
      ],
      {
        kind: ['article', 'quote'],
        outlet: ['abc-es'],
        year: ['2021', '2022'],
        speaker: ['putin', 'macron'],
        outlet_name: ['ABC'],
        published: ['2022-06-25'],
      },
    ],
    [
      'an article without quotations, with an author',
      rfi,
      [],
      {
        kind: ['article'],
        outlet: ['rfi'],
        year: ['2022'],
        outlet_name: ['RFI'],
        published: ['2022-02-07'],
        author: ['Jane Doe'],
      },
    ],
    [
      'an article quoting only an unidentified speaker',
      rfi,
      [nobody],
      {
        kind: ['article', 'quote'],
        outlet: ['rfi'],
        year: ['2022'],
        outlet_name: ['RFI'],
        published: ['2022-02-07'],
        author: ['Jane Doe'],
      },
    ],
  ] as const)('of %s', (_, article, claims, expected) => {
    expect(
      articleFilters(
        article,
        outlets.find((o) => o.id === article.outlet),
        claims,
      ),
    ).toEqual(expected);
  });
});

describe('the lead of a body', () => {
  it.each([
    ['all of it, without a bound', 'one two\nthree', Infinity, 'one two\nthree'],
    [
      'whole lines while they fit, then words of the next',
      'one two\nthree four five\nsix',
      4,
      'one two\nthree four',
    ],
    ['nothing at 0', 'one two', 0, ''],
  ])('is %s', (_, body, max, expected) => {
    expect(leadWords(body, max)).toBe(expected);
  });
});

describe('the index plan', () => {
  it('makes one page per article and one record per actor with a page', () => {
    const plan = indexPlan({
      claims: [untilTheEnd, ditch],
      articles: [snub, rfi],
      actors: [putin, kuleba, macron],
      outlets,
      actorPages: new Set(['putin', 'kuleba']),
    });
    const pages = [plan.page(snub, 'body text'), plan.page(rfi)];
    expect(pages.map((p) => p.url)).toEqual(['/articles/snub/', '/articles/facing/']);
    expect(plan.records().map((r) => r.url)).toEqual(['/actors/putin/', '/actors/kuleba/']);
    expect(pages[1]!.content).toContain('id="q-5f110e31b6"');
    expect(pages[0]!.content).not.toContain('id="q-5f110e31b6"');
    expect(pages[0]!.content).toContain('<p>body text</p>');
  });

  it('gives a quotation the context it is given for its article', () => {
    const plan = indexPlan({ claims: [ditch], articles: [rfi], actors: [kuleba], outlets });
    const page = plan.page(
      rfi,
      '',
      new Map([[ditch.id, { before: 'seeking to', after: 'receiving' }]]),
    );
    expect(page.content).toContain('&quot;x&quot;:[&quot;seeking to&quot;,&quot;receiving&quot;]');
  });

  it('indexes the first `bodyWords` words of each body', () => {
    const plan = indexPlan({ claims: [], articles: [snub], actors: [], outlets, bodyWords: 2 });
    const page = plan.page(snub, 'one two three\nfour');
    expect(page.content).toContain('<p>one two</p>');
    expect(page.content).not.toContain('three');
  });

  it('refuses a claim of an unknown article', () => {
    expect(() =>
      indexPlan({ claims: [{ ...ditch, article: 'gone' }], articles: [rfi], actors: [], outlets }),
    ).toThrow(/unknown article "gone"/u);
  });
});
