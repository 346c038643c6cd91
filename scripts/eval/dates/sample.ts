/**
 * The hand-judged sample of disagreements: each side scored on it (`scoreSample`), and a
 * fresh sample drawn to judge (`draw`, with a fixed seed). For scripts/eval/dates.ts and
 * the report.
 */
import { stringify } from 'yaml';
import { findDates } from '../../normalize/dates/find-dates';
import { EvalInputError } from '../errors';
import { classOf } from './classes';
import {
  chronoDates,
  findOurs,
  overlap,
  PARSERS,
  runChrono,
  type Found,
  type Pair,
} from './compare';
import { DATES_SAMPLE, type Article, type Judged } from './input';

/** A small seeded generator (mulberry32), so a drawn sample is the same on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleOf<T>(items: readonly T[], n: number, seed: number): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** The words to judge: the union of both sides' words. */
function wordsOf(sentence: string, p: Pair): string {
  const spans = [p.ours, p.chrono].filter((f): f is Found => f !== null);
  return sentence.slice(
    Math.min(...spans.map((s) => s.start)),
    Math.max(...spans.map((s) => s.end)),
  );
}

const pct = (n: number, of: number): string => (of === 0 ? '–' : (n / of).toFixed(3));

const SIDES: ReadonlyArray<readonly [string, (sentence: string, published: string) => Found[]]> = [
  ['ours', (s, pub) => findDates(s, pub)],
  ['chrono casual', (s, pub) => chronoDates(PARSERS.casual, s, pub)],
  ['chrono strict', (s, pub) => chronoDates(PARSERS.strict, s, pub)],
];

/** Each side's date for the judged words (the first of its dates that overlaps them), or null. */
function datesFor(j: Judged): Array<string | null> {
  const start = j.sentence.indexOf(j.phrase);
  const words: Found = { phrase: j.phrase, start, end: start + j.phrase.length, date: '' };
  return SIDES.map(
    ([, find]) => find(j.sentence, j.published).find((f) => overlap(f, words))?.date ?? null,
  );
}

/**
 * Precision of each side on the judged sample: of the dates it gives the judged words, how
 * many are the gold's (a date where the gold has none is wrong; undecided entries are left
 * out). Per split, then per class of expression over both splits.
 */
export function scoreSample(sample: readonly Judged[]): string[] {
  const decided = sample.filter((j) => j.gold !== '?').map((j) => ({ j, dates: datesFor(j) }));
  const cell = (rows: typeof decided, side: number) => {
    const gives = rows.filter((r) => r.dates[side] !== null);
    const right = gives.filter((r) => r.dates[side] === r.j.gold).length;
    return `${right}/${gives.length} (${pct(right, gives.length)})`;
  };
  const head = `| ${SIDES.map(([side]) => `${side}: right/dated (precision)`).join(' | ')} |`;
  const rule = `|${'---|'.repeat(SIDES.length)}`;
  const out = [
    `Hand-judged sample of disagreements (\`${DATES_SAMPLE}\`): a side is right when the date it gives the judged words is the gold date.`,
    '',
    `| split | judged | undecided | want a date ${head}`,
    `|---|---|---|---${rule}`,
  ];
  for (const split of ['train', 'dev'] as const) {
    const rows = decided.filter((r) => r.j.split === split);
    const judged = sample.filter((j) => j.split === split).length;
    out.push(
      `| ${split} | ${judged} | ${judged - rows.length} | ${rows.filter((r) => r.j.gold !== null).length} | ${SIDES.map((_, k) => cell(rows, k)).join(' | ')} |`,
    );
  }
  out.push('', `| class (train and dev) | judged | want a date ${head}`, `|---|---|---${rule}`);
  const classes = [...new Set(decided.map((r) => classOf(r.j.phrase)))];
  for (const cls of classes) {
    const rows = decided.filter((r) => classOf(r.j.phrase) === cls);
    out.push(
      `| ${cls} | ${rows.length} | ${rows.filter((r) => r.j.gold !== null).length} | ${SIDES.map((_, k) => cell(rows, k)).join(' | ')} |`,
    );
  }
  return out;
}

/** N disagreements of a split with casual chrono, drawn with a fixed seed, as YAML entries to judge. */
export function draw(articles: readonly Article[], spec: string): string {
  const [split, n] = spec.split(':');
  if ((split !== 'train' && split !== 'dev') || !Number(n))
    throw new EvalInputError(
      '--draw',
      null,
      `“${spec}” is not SPLIT:N`,
      'Use e.g. --draw train:150',
    );
  const mine = articles.filter((a) => a.corpus === split);
  const pairs = runChrono(mine, 'casual', findOurs(mine).ours).pairs.filter(
    (p) => p.verdict !== 'same date',
  );
  return stringify(
    sampleOf(pairs, Number(n), 2026).map((p) => ({
      split,
      article: p.article.name,
      published: p.article.published,
      sentence: p.sentence,
      phrase: wordsOf(p.sentence, p),
      ours: p.ours ? `${p.ours.phrase} → ${p.ours.date}` : null,
      chrono: p.chrono ? `${p.chrono.phrase} → ${p.chrono.date}` : null,
      gold: '?',
    })),
    { lineWidth: 0 },
  );
}
