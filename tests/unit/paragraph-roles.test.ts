import { describe, expect, it } from 'vitest';
import { citedAfter, paragraphRoles } from '../../src/lib/paragraph-roles.ts';
import type { BodyParagraph } from '../../src/schemas/index.ts';

const paragraph = (n: number, role: BodyParagraph['role'], text: string): BodyParagraph => ({
  n,
  role,
  segments: [{ text, quote: null }],
});
const BODY: BodyParagraph[] = [
  {
    n: 1,
    role: 'paragraph',
    segments: [{ text: 'Words', quote: { claim: 'a', kind: 'direct', speaker: null } }],
  },
  paragraph(2, 'heading', 'A heading'),
  paragraph(3, 'blockquote', 'Quoted.'),
  paragraph(4, 'attribution', 'Emmanuel Macron’s entourage'),
  paragraph(5, 'attribution', 'at franceinfo'),
  paragraph(6, 'tweet', 'Tweeted.'),
  paragraph(7, 'attribution', '– Emmanuel Macron (@EmmanuelMacron) March 3, 2022'),
  paragraph(8, 'blockquote', 'Uncredited.'),
  paragraph(9, 'orphan-attribution', 'said someone.'),
  paragraph(9, 'heading', 'A repeated number keeps its first role.'),
  paragraph(10, 'paragraph', 'A dash–inside is no credit line.'),
];

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
      [10, 'paragraph'],
    ]));
  it('knows the credit line that opens with its own dash', () => expect([...dashed]).toEqual([7]));
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
