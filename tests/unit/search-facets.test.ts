import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../src/lib/search-facets';
import { claimDate } from '../../src/lib/search-records';
import { ditch, nobody, outlets, rfi, snub, untilTheEnd } from './search-fixtures';

describe('search facets', () => {
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
