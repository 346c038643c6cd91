import { foldWord, isStopword, wordKey } from './words';

/**
 * Spelling suggestions for the search page ("Zelenskj" → Zelensky, "Borel" → Borrell):
 * Pagefind has no typo tolerance (its issue #756), so a query with few results is compared
 * with a vocabulary of the dossier's own names and words, written at build time by
 * scripts/index-search.ts and fetched by the search island only when it needs it. Pure.
 */

/** The vocabulary's file in the Pagefind folder (`/pagefind/…`). */
export const VOCABULARY_FILE = 'dossier-vocabulary.json';

/** Words shorter than this are left out of the vocabulary: too many near neighbours to suggest well. */
const MIN_LENGTH = 4;

/** At most this many words of the texts (the most frequent), so the file stays small as the dossier grows. */
const MAX_WORDS = 3000;

/** At most this many words of names (the most frequent): a dossier of 10,000 articles names thousands of people. */
const MAX_NAMES = 3000;

/** What the search page fetches: the words of names, and the other words of the texts. */
export interface Vocabulary {
  names: string[];
  words: string[];
}

/**
 * The vocabulary: the words of the names (actors, their other spellings, outlets, places;
 * the MAX_NAMES most frequent), and the other words of the texts (the MAX_WORDS most
 * frequent), each list most frequent first, each word once (by its folded form) in its most
 * common spelling, so its size is bounded whatever the dossier's. Stopwords, numbers and
 * short words are left out.
 */
export function buildVocabulary(
  names: readonly string[],
  texts: readonly string[],
  limits: { names?: number; words?: number } = {},
): Vocabulary {
  const count = (sources: readonly string[]) => {
    const forms = new Map<string, Map<string, number>>();
    // Each distinct token's spelling and the counts it adds to (null: left out), so a token
    // is folded once however often the texts repeat it: the index step reads every body.
    const tokens = new Map<string, { word: string; spellings: Map<string, number> } | null>();
    for (const source of sources) {
      for (const raw of source.match(/[\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]/gu) ?? []) {
        let token = tokens.get(raw);
        if (token === undefined) {
          const word = raw.replace(/['’]s$/u, '');
          const key = wordKey(word);
          token = null;
          if (key.length >= MIN_LENGTH && !isStopword(key)) {
            const spellings = forms.get(key) ?? new Map<string, number>();
            forms.set(key, spellings);
            token = { word, spellings };
          }
          tokens.set(raw, token);
        }
        if (token) token.spellings.set(token.word, (token.spellings.get(token.word) ?? 0) + 1);
      }
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
  const nameWords = allNames.slice(0, limits.names ?? MAX_NAMES);
  const seen = new Set(allNames.map(wordKey));
  return {
    names: nameWords,
    words: rank(count(texts))
      .filter((w) => !seen.has(wordKey(w)))
      .slice(0, limits.words ?? MAX_WORDS),
  };
}

/** Edit distance with adjacent transpositions (optimal string alignment), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from a suggestion: one edit up to 4 letters, two beyond. */
function tolerance(key: string): number {
  return key.length <= 4 ? 1 : 2;
}

/**
 * Up to `max` queries to suggest for `query`: each replaces the query's words that are not
 * in the vocabulary by their nearest spelling in it: fewest edits, a name counting one edit
 * less (readers misspell names: "Borel" is Borrell, not "bore"); among equals, names, then
 * more frequent words. Empty when every word is known or none has a near spelling. The
 * first suggestion takes the nearest spelling of each word; the next ones vary the first
 * unknown word.
 */
export function suggestSpellings(
  query: string,
  { names, words: others }: Vocabulary,
  max = 3,
): string[] {
  const vocabulary = [...names, ...others];
  const words = query.trim().split(/\s+/u).filter(Boolean);
  const known = new Set(vocabulary.map((w) => foldWord(w)));
  const nearest = words.map((word) => {
    const key = foldWord(word).replace(/[^\p{L}\p{N}'-]/gu, '');
    // Short words are not in the vocabulary: left as typed rather than "corrected" into longer ones.
    if (key.length < MIN_LENGTH || known.has(key) || isStopword(wordKey(word))) return [];
    const limit = tolerance(key);
    return vocabulary
      .map((candidate, order) => ({
        candidate,
        order,
        distance: editDistance(key, foldWord(candidate), limit),
      }))
      .filter((c) => c.distance <= limit)
      .map((c) => ({ ...c, rank: c.order < names.length ? c.distance - 1 : c.distance }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map((c) => c.candidate);
  });
  const first = nearest.findIndex((options) => options.length > 0);
  if (first < 0) return [];
  const out: string[] = [];
  for (const option of nearest[first]!.slice(0, max)) {
    out.push(words.map((word, i) => (i === first ? option : (nearest[i]![0] ?? word))).join(' '));
  }
  return out;
}
