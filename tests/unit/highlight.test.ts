import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptPieces,
  markedWords,
  markPieces,
  matchedRange,
  queryWords,
} from '../../src/client/highlight';
import { isStopword } from '../../src/lib/words';

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

describe('excerpt entities', () => {
  it('decode numeric and common named entities, and leave others', () => {
    expect(decodeEntities('a &amp; b &lt;q&gt; &#8217; &#x2019; &nbsp;&bogus;')).toBe(
      'a & b <q> ’ ’ \u00a0&bogus;',
    );
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
