import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFragment } from '../../src/client/text-fragment';

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
