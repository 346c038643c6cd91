import { describe, expect, it } from 'vitest';
import { buildVocabulary, editDistance, suggestSpellings } from '../../src/lib/spelling';

const vocabulary = buildVocabulary(
  [
    'Volodymyr Zelensky',
    'Volodymyr Zelenskyy',
    'Zelenskiy',
    'Zelensky',
    'Josep Borrell',
    'Emmanuel Macron',
    'Vladimir Putin',
    'Kyiv',
    'Kiev',
  ],
  [
    'The negotiations went on. Negotiations, said Macron’s aide, are the point.',
    'a border of the country',
    'the bore of it',
  ],
);

describe('the spelling vocabulary', () => {
  it('lists the names’ words first, then the texts’ words by frequency, each once, without stopwords or short words', () => {
    expect(vocabulary.names.slice(0, 2)).toEqual(['Volodymyr', 'Zelensky']);
    expect(vocabulary.names).toContain('Zelenskiy');
    expect(vocabulary.names).toContain('Borrell');
    expect(vocabulary.words.slice(0, 2)).toEqual(['negotiations', 'aide']);
    // A word of the names is not repeated among the words ("Macron’s" is Macron).
    expect(vocabulary.words).not.toContain('Macron');
    expect(vocabulary.words).not.toContain('the');
  });
});

describe('the vocabulary’s bounds', () => {
  const many = Array.from(
    { length: 50 },
    (_, i) =>
      `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`,
  );
  it.each([
    ['names', { names: 3 }, ['Borrell', 'Nameaax', 'Nameabx'], ['negotiations', 'aide']],
    ['words', { words: 1 }, 51, ['negotiations']],
  ] as const)(
    'keeps at most the given number of %s, the most frequent first',
    (_, limits, names, words) => {
      const v = buildVocabulary(
        [...many, 'Borrell Borrell'],
        ['negotiations negotiations aide'],
        limits,
      );
      if (typeof names === 'number') expect(v.names).toHaveLength(names);
      else expect(v.names).toEqual(names);
      expect(v.words).toEqual(words);
    },
  );
});

describe('edit distance', () => {
  it.each([
    ['zelenski', 'zelensky', 1],
    ['borel', 'borrell', 2],
    ['macorn', 'macron', 1],
    ['putin', 'putin', 0],
    ['kyiv', 'moscow', 3],
  ])('from %s to %s is %i (at most 2 counted)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
});

describe('spelling suggestions', () => {
  it.each([
    ['a misspelt name', 'Zelenskj', 'Zelensky'],
    ['a name missing letters', 'Borel', 'Borrell'],
    ['two swapped letters', 'Macorn', 'Macron'],
    ['a word of the texts', 'negociations', 'negotiations'],
    ['the unknown word of a longer query, the others kept', 'Putin Borel', 'Putin Borrell'],
  ])('offer %s: “%s” → %s', (_, query, first) => {
    expect(suggestSpellings(query, vocabulary)[0]).toBe(first);
  });

  it('offer the nearest spellings, names first, at most three', () => {
    expect(suggestSpellings('Zelenski', vocabulary)).toEqual([
      'Zelensky',
      'Zelenskiy',
      'Zelenskyy',
    ]);
    expect(suggestSpellings('Zelenski', vocabulary, 1)).toEqual(['Zelensky']);
  });

  it.each([
    ['every word is known', 'Zelensky Macron'],
    ['nothing is near', 'xqzjv'],
    ['the word is too short to guess', 'Pu'],
    ['the unknown words are short ones, left as typed', 'dig a ditch'],
    ['the empty query', '  '],
  ])('offer nothing when %s', (_, query) => {
    expect(suggestSpellings(query, vocabulary)).toEqual([]);
  });
});
