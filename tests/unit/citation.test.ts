import { describe, expect, it } from 'vitest';
import { citableClaims, citation, soleQuotations } from '../../src/lib/citation.ts';

const base = {
  speaker: 'Vladimir Putin',
  words: 'Some of his ideas are possible',
  said: null,
  outlet: 'RFI',
  title: 'Facing Putin, Macron says he hopes to “start a de-escalation”',
  published: '2022-02-07',
  url: 'https://example.org/articles/facing/#q-b1aba6793a',
};

describe('citation', () => {
  describe.each([
    [
      'names speaker, words, outlet, title, date and the anchored address',
      {},
      'Vladimir Putin: “Some of his ideas are possible”. Quoted by RFI in “Facing Putin, Macron says he hopes to ‘start a de-escalation’”, 7 February 2022. https://example.org/articles/facing/#q-b1aba6793a',
    ],
    [
      'dates the words when the text says when they were said',
      { said: '2022-02-07' },
      'Vladimir Putin, 7 February 2022: “Some of his ideas are possible”.',
    ],
    [
      'dates words said in a month at that precision',
      { said: '2022-03' },
      'Vladimir Putin, March 2022: “',
    ],
    [
      'leaves out the comma that belonged to the quoting sentence',
      { words: 'We are concerned about European security as a whole,' },
      '“We are concerned about European security as a whole”.',
    ],
    [
      'adds no full stop after words that end their own sentence',
      { words: 'almost torturing me!' },
      '“almost torturing me!” Quoted by',
    ],
    [
      'turns double quote marks inside the words into single ones',
      { words: 'a so-called “special operation”' },
      '“a so-called ‘special operation’”.',
    ],
    ['says so when the text names no speaker', { speaker: null }, 'Unattributed: “'],
  ])('%s', (_, change, expected) => {
    it(`contains ${expected}`, () => expect(citation({ ...base, ...change })).toContain(expected));
  });
});

describe('citableClaims', () => {
  const claims = [
    { id: 'a', kind: 'direct', paragraph: 3 },
    { id: 'b', kind: 'fragment', paragraph: 3 },
    { id: 'c', kind: 'indirect', paragraph: 3 },
    { id: 'd', kind: 'term', paragraph: 3 },
    { id: 'e', kind: 'direct', paragraph: 4 },
  ] as const;
  it('keeps the quoted words of the paragraph someone said, not reported speech or terms', () =>
    expect(citableClaims(claims, 3).map((c) => c.id)).toEqual(['a', 'b']));
  it('finds nothing in a paragraph without quotations', () =>
    expect(citableClaims(claims, 9)).toEqual([]));
});

describe('soleQuotations', () => {
  it('counts the direct quotations no other outlet reports', () =>
    expect(
      soleQuotations(
        [
          { id: 'a', kind: 'direct' },
          { id: 'b', kind: 'direct' },
          { id: 'c', kind: 'fragment' },
        ],
        (id) => id === 'b',
      ),
    ).toEqual({ direct: 2, sole: 1 }));
});
