import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, editDistance, suggestSpellings } from '../../src/lib/spelling';
import { isStopword, wordKey } from '../../src/lib/words';

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

describe('the vocabulary, against its definition', () => {
  /** Every token of the texts counted one by one: the spellings of each folded word. */
  function reference(names: readonly string[], texts: readonly string[]) {
    const count = (sources: readonly string[]) => {
      const forms = new Map<string, Map<string, number>>();
      for (const source of sources)
        for (const raw of source.match(/[\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]/gu) ?? []) {
          const word = raw.replace(/['’]s$/u, '');
          const key = wordKey(word);
          if (key.length < 4 || isStopword(key)) continue;
          const spellings = forms.get(key) ?? new Map<string, number>();
          spellings.set(word, (spellings.get(word) ?? 0) + 1);
          forms.set(key, spellings);
        }
      return forms;
    };
    const rank = (forms: Map<string, Map<string, number>>) =>
      [...forms.values()]
        .map((spellings) => {
          const sorted = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
          return { word: sorted[0]![0], total: sorted.reduce((n, [, c]) => n + c, 0) };
        })
        .sort((a, b) => b.total - a.total || a.word.localeCompare(b.word))
        .map((w) => w.word);
    const allNames = rank(count(names));
    const seen = new Set(allNames.map(wordKey));
    return { names: allNames, words: rank(count(texts)).filter((w) => !seen.has(wordKey(w))) };
  }

  it('counts each spelling of each word as often as the texts hold it', () => {
    const token = fc.constantFrom(
      'Macron',
      'macron',
      "Macron's",
      'Macron’s',
      'Élysée',
      'Elysee',
      'the',
      'talks',
      'Talks',
      'Kyiv',
      'Zelensky-led',
      'Zelensky',
    );
    const text = fc.array(token, { maxLength: 20 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 3 }),
        fc.array(text, { maxLength: 5 }),
        (names, texts) => {
          expect(buildVocabulary(names, texts)).toEqual(reference(names, texts));
        },
      ),
      { numRuns: 300 },
    );
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
