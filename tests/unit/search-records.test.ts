import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorPresence, actorRecord, otherSpellings } from '../../src/lib/search-records';
import { kuleba, macron, putin, rfi, snub, untilTheEnd } from './search-fixtures';

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

describe('actor records', () => {
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
});
