import { describe, expect, it } from 'vitest';
import { citedAfter, paragraphRoles, paragraphsOf } from '../../src/lib/paragraph-roles.ts';

const BODY = [
  '<Para n="1">Text with <Quote id="q-a" kind="direct">words</Quote>.</Para>',
  '<Para n="2" role="heading">A heading</Para>',
  '<Para n="3" role="blockquote"><Quote id="q-b" kind="direct">Quoted.</Quote></Para>',
  '<Para n="4" role="attribution">Emmanuel Macron’s entourage</Para>',
  '<Para n="5" role="attribution">at franceinfo</Para>',
  '<Para n="6" role="tweet"><Quote id="q-c" kind="direct">Tweeted.</Quote></Para>',
  '<Para n="7" role="attribution">– Emmanuel Macron (@EmmanuelMacron) March 3, 2022</Para>',
  '<Para n="8" role="blockquote">Uncredited.</Para>',
  '<Para n="9" role="orphan-attribution">said someone.</Para>',
  'A line of text that mentions <Para n="1" role="heading"> is not a paragraph.',
].join('\n\n');

describe('paragraphRoles', () => {
  const { roles, dashed } = paragraphRoles(BODY);
  it('reads each paragraph’s role, `paragraph` when none is named', () =>
    expect([...roles]).toEqual([
      [1, 'paragraph'],
      [2, 'heading'],
      [3, 'blockquote'],
      [4, 'attribution'],
      [5, 'attribution'],
      [6, 'tweet'],
      [7, 'attribution'],
      [8, 'blockquote'],
      [9, 'orphan-attribution'],
    ]));
  it('knows the credit line that opens with its own dash', () => expect([...dashed]).toEqual([7]));
  it('reads a body once', () => expect(paragraphsOf(BODY)).toBe(paragraphsOf(BODY)));
});

describe('citedAfter', () => {
  const { roles } = paragraphRoles(BODY);
  describe.each([
    ['a paragraph cites its own quotations', 1, 1],
    ['a heading cites nothing', 2, null],
    ['a block quotation followed by credit lines cites nothing itself', 3, null],
    ['the first of two credit lines cites nothing', 4, null],
    ['the last credit line cites its block quotation', 5, 3],
    ['the credit line of a tweet cites the tweet', 7, 6],
    ['a block quotation without a credit line cites itself', 8, 8],
    ['an orphan credit line cites its own', 9, 9],
  ])('%s', (_, n, expected) => {
    it(`¶ ${n} → ${expected}`, () => expect(citedAfter(roles, n)).toBe(expected));
  });
});
