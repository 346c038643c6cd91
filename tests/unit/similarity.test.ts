import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_SIMILARITY } from '../../src/lib/groups.ts';
import {
  isComparisonStopWord,
  keySet,
  similarCandidates,
  similarity,
  comparisonKey,
} from '../../src/lib/similarity.ts';

/** Putin on 7 February 2022, as the Kyiv Post and RFI's translation report it. */
const KYIV_POST =
  'In my opinion, some of his (Macron’s) suggestions are feasible and could serve as a foundation.';
const RFI =
  'Some of his ideas, his proposals (…) are possible to lay the foundations for common progress';

describe('comparisonKey', () => {
  describe.each([
    ['plural and singular', ['suggestions', 'suggestion']],
    ['plural -ies and singular -y', ['allies', 'ally']],
    ['plural of a word ending in -e and its singular', ['exchanges', 'exchange']],
    ['plural -sses and singular -ss', ['processes', 'process']],
    ['plural -ches and singular -ch', ['approaches', 'approach']],
    ['a possessive and the bare word (typographic apostrophe)', ['Macron’s', 'Macron']],
    ['a possessive and the bare word (straight apostrophe)', ["Putin's", 'Putin']],
    ['accented and unaccented spellings', ['Élysée', 'Elysee']],
    ['upper and lower case', ['KREMLIN', 'kremlin']],
    [
      'translation variants of a proposal',
      ['suggestions', 'proposals', 'ideas', 'idea', 'proposal'],
    ],
    ['translation variants of feasibility', ['feasible', 'possible', 'achievable']],
    [
      'translation variants of a basis, singular and plural',
      ['foundation', 'foundations', 'basis', 'groundwork'],
    ],
    [
      'translation variants of talks',
      ['talks', 'discussion', 'conversations', 'dialogue', 'exchanges'],
    ],
    ['war and conflict', ['war', 'conflict', 'wars']],
  ])('gives one key to %s', (_, words) => {
    it(`maps ${words.join(', ')} to the same key`, () => {
      const keys = new Set(words.map(comparisonKey));
      expect(keys.size, [...keys].join(' ')).toBe(1);
    });
  });

  it.each([
    ['proposal', 'possible'],
    ['war', 'peace'],
    ['foundation', 'found'],
    ['Russia', 'Russian'],
    ['talk', 'walk'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(comparisonKey(a)).not.toBe(comparisonKey(b));
  });

  it.each([
    ['process', 'process'],
    ['crisis', 'crisis'],
    ['Ukraine', 'ukraine'],
  ])('does not strip a final s that is not a plural ending: %s → %s', (word, key) => {
    expect(comparisonKey(word)).toBe(key);
  });
});

describe('keySet', () => {
  it('drops stop words and one-letter words, whatever their case', () => {
    expect([...keySet('The war AND a peace, I said')].sort()).toEqual(['peace', 'said', 'war']);
  });

  it.each(['the', 'The', 'HIS', 'could', 'some'])('treats %s as a stop word', (word) => {
    expect(isComparisonStopWord(word)).toBe(true);
  });

  it.each(['war', 'Putin', 'feasible'])('does not treat %s as a stop word', (word) => {
    expect(isComparisonStopWord(word)).toBe(false);
  });
});

describe('similarity', () => {
  it.each([
    ['a sentence', KYIV_POST],
    ['one word', 'Kremlin'],
    ['a sentence in another case and with other punctuation', 'PRESIDENT MACRON, ARRIVED!'],
  ])('is 1 for identical texts: %s', (_, text) => {
    expect(similarity(text, text)).toBe(1);
  });

  it.each([
    ['disjoint content words', 'Macron arrived at the Kremlin', 'Kuleba received Baerbock in Kyiv'],
    ['only stop words in common', 'the war of the world', 'the peace of the land'],
    ['an empty text', '', 'Macron arrived at the Kremlin'],
    ['a text of stop words only', 'and the of', 'Macron arrived at the Kremlin'],
  ])('is 0 for %s', (_, a, b) => {
    expect(similarity(a, b)).toBe(0);
    expect(similarity(b, a)).toBe(0);
  });

  it('is the Dice coefficient of the key sets', () => {
    // keys {macron, arrived, kremlin} and {macron, left, kremlin}: 2 × 2 / (3 + 3)
    expect(similarity('Macron arrived at the Kremlin', 'Macron left the Kremlin')).toBeCloseTo(
      4 / 6,
      10,
    );
  });

  it('scores the Kyiv Post and RFI versions of Putin’s 7 February words at least at the grouping threshold', () => {
    expect(similarity(KYIV_POST, RFI)).toBeGreaterThanOrEqual(GROUP_SIMILARITY);
  });

  it('scores them below the threshold once the translation variants are not folded', () => {
    const literal = (text: string) =>
      text
        .replace(/suggestions/u, 'xsuggestions')
        .replace(/feasible/u, 'xfeasible')
        .replace(/foundation\b/u, 'xfoundation');
    expect(similarity(literal(KYIV_POST), RFI)).toBeLessThan(GROUP_SIMILARITY);
  });

  it('is higher for the two versions of one statement than for two different statements of the same speaker', () => {
    const other =
      'President Macron has been talking to me for nearly six hours – almost torturing me!';
    expect(similarity(KYIV_POST, RFI)).toBeGreaterThan(similarity(KYIV_POST, other));
  });

  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          'war',
          'peace',
          'Macron',
          'Putin',
          'the',
          'ideas',
          'proposals',
          'feasible',
          'possible',
          'foundations',
          'talks',
          'é',
          'Élysée',
          '’s',
          ',',
        ),
        { maxLength: 12 },
      )
      .map((w) => w.join(' ')),
  );

  it('is symmetric (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => similarity(a, b) === similarity(b, a)),
      { numRuns: 500 },
    );
  });

  it('stays within [0, 1] (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = similarity(a, b);
        return s >= 0 && s <= 1;
      }),
      { numRuns: 500 },
    );
  });

  it('is 1 for any text with a content word compared with itself (property)', () => {
    fc.assert(
      fc.property(text, (a) => keySet(a).size === 0 || similarity(a, a) === 1),
      { numRuns: 500 },
    );
  });
});

describe('similarCandidates', () => {
  it('pairs the two versions of one statement and leaves out a text that shares no content word', () => {
    const texts = [KYIV_POST, 'Kuleba received Baerbock in Kyiv', RFI];
    const candidates = similarCandidates(texts, GROUP_SIMILARITY);
    expect(candidates[0]).toContain(2);
    expect(candidates[0]).not.toContain(1);
    expect(candidates[1]).toEqual([]);
    expect(candidates[2]).toEqual([]);
  });

  it('has no candidates for texts without content words', () => {
    expect(similarCandidates(['', 'and the of', 'the war'], 0.6)).toEqual([[], [], []]);
  });

  const words = fc
    .array(
      fc.constantFrom(
        'war',
        'peace',
        'Macron',
        'Putin',
        'the',
        'ideas',
        'proposals',
        'talks',
        'Kremlin',
        'Kyiv',
        'gas',
        'NATO',
        'Donbas',
      ),
      { maxLength: 8 },
    )
    .map((w) => w.join(' '));

  it.each([0.3, 0.5, 0.6, 0.75, 0.9, 1])(
    'lists every later text that reaches a similarity of %s, in order (property)',
    (threshold) => {
      fc.assert(
        fc.property(fc.array(words, { maxLength: 25 }), (texts) => {
          const candidates = similarCandidates(texts, threshold);
          return texts.every((a, i) => {
            const mine = candidates[i]!;
            const sorted = mine.every((j, k) => j > i && (k === 0 || j > mine[k - 1]!));
            const complete = texts.every(
              (b, j) => j <= i || similarity(a, b) < threshold || mine.includes(j),
            );
            return sorted && complete;
          });
        }),
        { numRuns: 300 },
      );
    },
  );
  /** The candidates as first written: every posting of a prefix key filtered for later texts, then deduplicated and sorted. */
  function candidatesByScan(texts: readonly string[], threshold: number): number[][] {
    const sets = texts.map(keySet);
    const frequency = new Map<string, number>();
    for (const set of sets)
      for (const key of set) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    const rarestFirst = (a: string, b: string) =>
      frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    const tau = threshold / (2 - threshold);
    const prefixes = sets.map((set) =>
      [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(tau * set.size - 1e-9) + 1),
    );
    const postings = new Map<string, number[]>();
    prefixes.forEach((prefix, i) =>
      prefix.forEach((key) => postings.set(key, [...(postings.get(key) ?? []), i])),
    );
    return prefixes.map((prefix, i) =>
      [...new Set(prefix.flatMap((key) => postings.get(key)!.filter((j) => j > i)))].sort(
        (a, b) => a - b,
      ),
    );
  }

  it.each([0.35, 0.6, 1])(
    'gives exactly the candidates of a scan of every posting, at %s, repeated texts included (property)',
    (threshold) => {
      // Repeated texts (the same quotation in many articles) make long posting lists, the case the search inside them is for.
      const repeated = fc
        .array(words, { minLength: 1, maxLength: 6 })
        .chain((pool) => fc.array(fc.constantFrom(...pool), { maxLength: 40 }));
      fc.assert(
        fc.property(fc.oneof(fc.array(words, { maxLength: 25 }), repeated), (texts) => {
          expect(similarCandidates(texts, threshold)).toEqual(candidatesByScan(texts, threshold));
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each<[string, string[], number[][]]>([
    ['one text', ['war peace'], [[]]],
    ['the same text three times', ['war peace', 'war peace', 'war peace'], [[1, 2], [2], []]],
    [
      'a text between two copies that it shares nothing with',
      ['war peace', 'gas NATO', 'war peace'],
      [[2], [], []],
    ],
  ])('lists each later text once: %s', (_, texts, expected) => {
    expect(similarCandidates(texts, 0.6)).toEqual(expected);
  });
});
