import { describe, expect, it } from 'vitest';
import { speakersAcross } from '../../src/lib/speakers.ts';
import { article, claim } from '../../scripts/fixture-entries.ts';

const a = article('a', {
  claims: [
    claim({ id: 'a1', speaker: 'putin' }),
    claim({ id: 'a2', speaker: 'macron' }),
    claim({ id: 'a3', kind: 'term' }),
    claim({ id: 'a4', kind: 'indirect' }),
  ],
});
const b = article('b', {
  claims: [
    claim({ id: 'b1', speaker: 'macron' }),
    claim({ id: 'b2', speaker: 'putin', kind: 'fragment' }),
    claim({ id: 'b3', speaker: 'peskov' }),
  ],
});

describe.each([
  [
    'sums each speaker’s statements across the articles, most first, then by id, the unattributed last',
    [a, b],
    [
      ['macron', 2],
      ['putin', 2],
      ['peskov', 1],
      [null, 1],
    ],
  ],
  ['counts no term', [article('t', { claims: [claim({ id: 't1', kind: 'term' })] })], []],
  ['has nobody for no article', [], []],
] as const)('speakersAcross: %s', (_, articles, expected) => {
  it('counts', () =>
    expect(speakersAcross(articles).map((s) => [s.speaker, s.count])).toEqual(expected));
});
