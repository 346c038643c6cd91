import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorPresence,
  actorRecord,
  claimDate,
  otherSpellings,
  placeAliases,
  searchFacets,
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
