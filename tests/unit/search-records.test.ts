import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorPresence,
  actorRecord,
  claimDate,
  decodeEntities,
  excerptPieces,
  isStopword,
  markedWords,
  markPieces,
  matchedRange,
  otherSpellings,
  placeAliases,
  queryWords,
  searchFacets,
  textFragment,
} from '../../src/lib/search-records';
import {
  ditch,
  kuleba,
  macron,
  nobody,
  outlets,
  putin,
  rfi,
  snub,
  untilTheEnd,
} from './search-fixtures';

describe('other spellings of names', () => {
  it('are the capitalised words of aliases that are not titles and not already in the name', () => {
    expect(otherSpellings(putin)).toEqual(['Poutine']);
    expect(
      otherSpellings({
        id: 'z',
        name: 'Volodymyr Zelensky',
        role: '',
        aliases: [
          'Volodymyr Zelenskyy',
          'Zelenskyy',
          'Zelenskiy',
          'President Zelensky',
          'the Ukrainian president',
        ],
      }),
    ).toEqual(['Zelenskyy', 'Zelenskiy']);
    expect(otherSpellings(macron)).toEqual([]);
  });
});

describe('actor records and facets', () => {
  it('index an actor page with all its aliases, filtered by where the actor appears and dated by its first article', () => {
    const record = actorRecord(putin, actorPresence([snub, rfi], [untilTheEnd])(putin.id));
    expect(record.url).toBe('/actors/putin/');
    expect(record.content).toBe('Vladimir Putin\nPresident of Russia\nVladimir Poutine · Poutine');
    expect(record.filters).toEqual({
      kind: ['actor'],
      speaker: ['putin'],
      outlet: ['abc-es'],
      year: ['2022'],
      role: ['President of Russia'],
      aliases: ['Vladimir Poutine', 'Poutine'],
      statements: ['1'],
    });
    expect(record.sort).toEqual({ date: '2022-06-25' });
    expect(actorRecord(kuleba, actorPresence([snub, rfi], [])(kuleba.id)).sort).toEqual({
      date: '2022-02-07',
    });
    expect(
      actorRecord({ ...kuleba, id: 'nobody' }, actorPresence([snub], [])('nobody')).sort,
    ).toEqual({});
  });

  it('finds each actor’s quotations and the articles that mention or quote them, as a scan of every claim and article would', () => {
    const ids = ['putin', 'macron', 'kuleba', 'zelensky'];
    const article = fc.record({
      slug: fc.constantFrom('a', 'b', 'c', 'd'),
      actors: fc.subarray(ids),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(article, { selector: (a) => a.slug, maxLength: 4 }),
        fc.array(
          fc.record({
            article: fc.constantFrom('a', 'b', 'c', 'd', 'gone'),
            speaker: fc.option(fc.constantFrom(...ids)),
          }),
          { maxLength: 12 },
        ),
        (shapes, claimShapes) => {
          const articles = shapes.map((a) => ({ ...snub, ...a }));
          const claims = claimShapes.map((c, i) => ({
            ...untilTheEnd,
            id: `c${i}`,
            article: c.article,
            speaker: c.speaker === null ? null : { id: c.speaker, name: c.speaker },
          }));
          const presence = actorPresence(articles, claims);
          for (const id of [...ids, 'nobody']) {
            const own = claims.filter((c) => c.speaker?.id === id);
            const quotedIn = new Set(own.map((c) => c.article));
            expect(presence(id)).toEqual({
              own,
              present: articles.filter((a) => a.actors.includes(id) || quotedIn.has(a.slug)),
            });
          }
        },
      ),
    );
  });

  it('lists the filters’ choices', () => {
    expect(searchFacets([untilTheEnd, ditch, nobody], [snub, rfi], outlets)).toEqual({
      speakers: [
        { id: 'kuleba', name: 'Dmytro Kuleba' },
        { id: 'putin', name: 'Vladimir Putin' },
      ],
      speakerCount: 2,
      outlets: [
        { id: 'abc-es', name: 'ABC' },
        { id: 'rfi', name: 'RFI' },
      ],
      outletCount: 2,
      years: ['2022'],
    });
    expect(claimDate('2014', '2022-03-07')).toEqual({ date: '2014', basis: 'said' });
  });

  it.each([
    ['the most quoted speaker, when one choice is allowed', 1, ['Dmytro Kuleba'], ['RFI']],
    [
      'both speakers and outlets, when two are',
      2,
      ['Dmytro Kuleba', 'Vladimir Putin'],
      ['ABC', 'RFI'],
    ],
  ])('bounds the speaker and outlet lists by count: %s', (_, limit, speakers, names) => {
    const claims = [untilTheEnd, ditch, { ...ditch, id: 'x1' }, nobody];
    const facets = searchFacets(claims, [snub, rfi, { ...rfi, slug: 'rfi-2' }], outlets, limit);
    expect(facets.speakers.map((s) => s.name)).toEqual(speakers);
    expect(facets.outlets.map((o) => o.name)).toEqual(names);
    expect([facets.speakerCount, facets.outletCount]).toEqual([2, 2]);
  });
});

describe('place aliases', () => {
  it('add the other spellings of the places a text names', () => {
    expect(placeAliases('The talks in Kyiv went on.')).toEqual(['Kiev']);
    expect(placeAliases('in kiev, then Odessa')).toEqual(['Kyiv', 'Odesa']);
    expect(placeAliases('the Kremlin, in Moscow, said')).toEqual(['Moscou']);
    expect(placeAliases('Kyivan politics, nothing else')).toEqual([]);
  });
});

describe('excerpt entities', () => {
  it('decode numeric and common named entities, and leave others', () => {
    expect(decodeEntities('a &amp; b &lt;q&gt; &#8217; &#x2019; &nbsp;&bogus;')).toBe(
      'a & b <q> ’ ’ \u00a0&bogus;',
    );
  });
});

describe('matching the reader’s words', () => {
  it('reads the marked words of a Pagefind excerpt and the words of a query', () => {
    expect(
      markedWords(
        'six hours – almost <mark>torturing</mark> <mark>me!</mark> and <mark>Macron&#x27;s</mark>',
      ),
    ).toEqual(['torturing', 'me', 'macrons']);
    expect(queryWords('  "Until the END"  until ')).toEqual(['until', 'the', 'end']);
  });

  it('finds the longest run of matching words, without its punctuation', () => {
    const quote =
      'President Macron has been talking to me for nearly six hours – almost torturing me!';
    const range = matchedRange(quote, ['torturing', 'me'], [])!;
    expect(quote.slice(...range)).toBe('torturing me');
    expect(matchedRange(quote, [], ['tortured'])).not.toBeNull();
    expect(quote.slice(...matchedRange(quote, [], ['tortured'])!)).toBe('torturing');
    expect(matchedRange(quote, [], ['xqzjv'])).toBeNull();
  });

  it('marks matching words, a phrase as one mark', () => {
    expect(markPieces('go until the end, now', ['until', 'the', 'end'], [])).toEqual([
      { text: 'go ', mark: false },
      { text: 'until the end', mark: true },
      { text: ', now', mark: false },
    ]);
    expect(markPieces('nothing here', [], ['xqzjv'])).toEqual([
      { text: 'nothing here', mark: false },
    ]);
    // Only the word being typed (the last) matches as a prefix: "the" does not mark "their".
    expect(markPieces('in their last call', [], ['the', 'las'])).toEqual([
      { text: 'in their ', mark: false },
      { text: 'last', mark: true },
      { text: ' call', mark: false },
    ]);
  });
});

describe('stopwords in highlights', () => {
  const marks = (pieces: Array<{ text: string; mark: boolean }>) =>
    pieces.filter((p) => p.mark).map((p) => p.text);
  it.each([
    [
      'a stopword inside a matched phrase',
      'he would go until the end, he said',
      ['until', 'the', 'end'],
      ['until the end'],
    ],
    [
      'not a lone stopword elsewhere',
      'the war and the end of the talks',
      ['until', 'the', 'end'],
      ['the end'],
    ],
    [
      'a stopword between two matches',
      'to dig a ditch between',
      ['dig', 'a', 'ditch'],
      ['dig a ditch'],
    ],
    ['not across punctuation', 'the war. The talks', ['war', 'the'], ['the war']],
    [
      'every stopword when the query has only stopwords',
      'the war and the end',
      ['the'],
      ['the', 'the'],
    ],
  ])('marks %s', (_, text, query, expected) => {
    expect(marks(markPieces(text, [], query))).toEqual(expected);
  });

  it.each([
    ['the', true],
    ['until', true],
    ['end', false],
    ['putin', false],
  ])('counts “%s” as a stopword: %s', (key, expected) => {
    expect(isStopword(key)).toBe(expected);
  });

  it('drops the lone stopwords Pagefind marks in an excerpt, and decodes its entities', () => {
    const excerpt =
      '<mark>the</mark> call, <mark>the</mark> president &amp; <mark>the</mark> <mark>end</mark> of <mark>the</mark> war';
    expect(excerptPieces(excerpt, ['until', 'the', 'end'])).toEqual([
      { text: 'the call, the president & ', mark: false },
      { text: 'the end', mark: true },
      { text: ' of the war', mark: false },
    ]);
  });
});

describe('text fragments', () => {
  it('point at the matched words between the words around them', () => {
    expect(
      textFragment(
        'until the end',
        { before: 'insisting that he would go ', after: 'Putin of a' },
        ['until', 'the', 'end'],
        [],
      ),
    ).toBe(':~:text=he%20would%20go-,until%20the%20end,-Putin%20of%20a');
  });

  it('take their context from the quotation itself when the match is inside it', () => {
    const quote =
      'President Macron has been talking to me for nearly six hours – almost torturing me!';
    expect(
      textFragment(
        quote,
        { before: '', after: 'Putin · only in Kyiv Post' },
        ['torturing', 'me'],
        [],
      ),
    ).toBe(':~:text=hours%20%E2%80%93%20almost-,torturing%20me,-!Putin%20%C2%B7%20only');
  });

  it('highlight the whole quotation when none of its words matched, as start and end for a long one', () => {
    const quote = 'dig a ditch between his country and its Western allies, said the minister today';
    expect(textFragment(quote, {}, [], ['kouleba'])).toBe(
      ':~:text=dig%20a%20ditch%20between,said%20the%20minister%20today',
    );
    expect(textFragment('avoid war', {}, [], [])).toBe(':~:text=avoid%20war');
  });

  it('escape the characters of the directive syntax', () => {
    expect(textFragment('de-escalation, now & then', { before: 'a ' }, [], [])).toBe(
      ':~:text=a-,de%2Descalation%2C%20now%20%26%20then',
    );
  });

  it('always decode to words of the paragraph, in order', () => {
    const word = fc.stringMatching(/^[A-Za-z’,&-]{1,8}$/u);
    const words = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        words,
        fc.option(words, { nil: undefined }),
        fc.option(words, { nil: undefined }),
        fc.array(word, { maxLength: 3 }),
        (quote, before, after, query) => {
          const directive = textFragment(
            quote,
            { before: before === undefined ? '' : `${before} `, after: after ?? '' },
            [],
            query.map((q) => q.toLowerCase()),
          );
          expect(directive.startsWith(':~:text=')).toBe(true);
          const parts = directive.slice(':~:text='.length).split(',');
          expect(parts.length).toBeLessThanOrEqual(4);
          const paragraph = `${before ?? ''} ${quote}${after ?? ''}`;
          for (const part of parts) {
            const inner = part.replace(/^-|-$/u, '');
            expect(inner).not.toMatch(/[\s&,-]/u);
            const text = decodeURIComponent(inner);
            expect(text.length).toBeGreaterThan(0);
            expect(paragraph).toContain(text);
          }
        },
      ),
    );
  });
});
