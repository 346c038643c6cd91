/**
 * `npm run eval:dates [-- --corpus DIR] [--draw train:150]`: our date finder (`findDates`)
 * against chrono-node, a general natural-language date parser, on every sentence of the
 * five seeds and of PolNeAR train and dev, each resolved against its article's
 * publication date. Prints what each finds, where they agree, what only one finds (the
 * chrono-only phrases by class), the time each takes, and both scored on the hand-judged
 * sample of their disagreements (`tests/fixtures/eval/dates-sample.yaml`). `--draw
 * SPLIT:N` prints a fresh sample of N disagreements to judge, drawn with a fixed seed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { casual, strict, type Chrono } from 'chrono-node/en';
import { stringify } from 'yaml';
import { SourceEntrySchema } from '../../src/schemas/source';
import { findDates } from '../normalize/dates/find-dates';
import { iso, type Precision } from '../normalize/dates/mention';
import { parseYamlList } from '../normalize/inputs';
import { splitParagraphs } from '../normalize/paragraphs';
import { splitSentences } from '../normalize/text';
import { EvalInputError } from './errors';
import { readPolnear } from './polnear';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/polnear' },
    draw: { type: 'string' },
  },
});

export const DATES_SAMPLE = join('tests', 'fixtures', 'eval', 'dates-sample.yaml');

/** One judged expression: the words, and the date a timeline should give them. */
const JudgedSchema = z.strictObject({
  split: z.enum(['train', 'dev']),
  article: z.string().min(1),
  sentence: z.string().min(1),
  phrase: z.string().min(1),
  /** The article's publication date, from metadata.tsv. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  /** What each side gave when the entry was drawn, for the reader: the scoring runs both again. */
  ours: z.string().nullable(),
  chrono: z.string().nullable(),
  /** The date the words give (YYYY, YYYY-MM or YYYY-MM-DD); null when they give no day, month or year; '?' when undecided. */
  gold: z.union([z.string().regex(/^\d{4}(?:-\d{2}){0,2}$|^\?$/u), z.null()]),
  note: z.string().optional(),
});
type Judged = z.infer<typeof JudgedSchema>;

interface Article {
  corpus: 'seeds' | 'train' | 'dev';
  name: string;
  published: string;
  sentences: string[];
}

/** A date found in a sentence, by either side. */
interface Found {
  phrase: string;
  start: number;
  end: number;
  date: string;
}

type Verdict = 'same date' | 'same words, other date' | 'ours only' | 'chrono only';
interface Pair {
  verdict: Verdict;
  ours: Found | null;
  chrono: Found | null;
}

type Parser = 'casual' | 'strict';
const PARSERS: Record<Parser, Chrono> = { casual, strict };

const sentencesOf = (text: string): string[] =>
  splitParagraphs(text).flatMap((p) => splitSentences(p.text).map((s) => s.text));

function readArticles(corpus: string): Article[] {
  const sources = parseYamlList(
    'seeds/sources.yaml',
    readFileSync('seeds/sources.yaml', 'utf8'),
    SourceEntrySchema,
  ).map((s) => s.value);
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file): Article => {
      const source = sources.find((s) => s.file === file);
      if (!source)
        throw new EvalInputError('seeds/sources.yaml', null, `no entry for ${file}`, 'Add one');
      return {
        corpus: 'seeds',
        name: file,
        published: source.published,
        sentences: sentencesOf(readFileSync(join('seeds', file), 'utf8')),
      };
    });
  const polnear = (['train', 'dev'] as const).flatMap((split) =>
    readPolnear(corpus, split).map((a): Article => ({
      corpus: split,
      name: a.name,
      published: a.published,
      sentences: sentencesOf(a.text),
    })),
  );
  // PolNeAR first: its 924 articles absorb the start-up of both sides in the timings.
  return [...polnear, ...seeds];
}

/**
 * chrono's reading of a sentence, at the precision its certain components give: a day
 * when the day or the weekday is certain, else the month, else the year; a time alone
 * ("at 9 p.m.") is read as a day, the day chrono implies.
 */
function chronoDates(parser: Chrono, sentence: string, published: string): Found[] {
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  return parser.parse(sentence, new Date(y, m - 1, d, 12), { forwardDate: false }).map((r) => {
    const c = r.start;
    const precision: Precision =
      c.isCertain('day') || c.isCertain('weekday')
        ? 'day'
        : c.isCertain('month')
          ? 'month'
          : c.isCertain('year')
            ? 'year'
            : 'day';
    return {
      phrase: r.text,
      start: r.index,
      end: r.index + r.text.length,
      date: iso(c.date(), precision),
    };
  });
}

const overlap = (a: Found, b: Found): boolean => a.start < b.end && b.start < a.end;

/** Each of our mentions paired with the first chrono result whose words overlap it; the rest stand alone. */
function pairUp(ours: readonly Found[], theirs: readonly Found[]): Pair[] {
  const left = [...theirs];
  const pairs = ours.map((o): Pair => {
    const i = left.findIndex((t) => overlap(o, t));
    if (i < 0) return { verdict: 'ours only', ours: o, chrono: null };
    const [t] = left.splice(i, 1);
    return {
      verdict: t!.date === o.date ? 'same date' : 'same words, other date',
      ours: o,
      chrono: t!,
    };
  });
  return [...pairs, ...left.map((t): Pair => ({ verdict: 'chrono only', ours: null, chrono: t }))];
}

/** The kind of expression a phrase is, for counting what one side alone finds. The first that matches is its class. */
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'time of day (“9:05 p.m.”, “midnight”)',
    /\d\s*(?:[ap]\.?m\b|o['’]clock)|\b(?:noon|midnight|midday)\b|\d:\d\d/iu,
  ],
  [
    'part of a day (“Tuesday night”, “last night”, “morning”)',
    /\b(?:morning|afternoon|evening|night)\b/iu,
  ],
  ['“now”', /^(?:right\s+)?now$/iu],
  ['today, tonight, tomorrow, yesterday', /\b(?:today|tonight|tomorrow|yesterday)\b/iu],
  [
    'counted from another event (“two days after”, “four years later”)',
    /\b(?:before|after|later|earlier|prior)\b/iu,
  ],
  [
    'a week or weekend (“last week”, “this weekend”)',
    /^(?:(?:last|this|next|past|the)\s+)?week(?:end)?$/iu,
  ],
  ['“N units ago”', /\bago\b/iu],
  [
    'a stretch of time (“for eight years”, “the next few months”)',
    /\b(?:seconds?|minutes?|hours?|days|weeks?|months|years|decades?)\b|\b(?:for|in|within|past|next|last|coming|few|several)\b.*\b(?:day|month|year)\b/iu,
  ],
  [
    'abbreviated month (“Sept. 11”, “Feb. 1”)',
    /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\./iu,
  ],
  ['abbreviated weekday (“Sat”, “Sun.”)', /^(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?$/iu],
  ['numeric date (“9/11”)', /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/u],
  ['weekday (“Thursday”, “on Sunday”)', /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/iu],
  [
    'month and day (“February 24”)',
    new RegExp(`(?:${MONTH_NAMES})\\s+\\d|\\d\\s+(?:${MONTH_NAMES})`, 'iu'),
  ],
  [
    'month without a day (“November”, “march”, “may”)',
    new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'iu'),
  ],
  ['year (“in 2008”)', /\b(?:19|20)\d\d\b/u],
  ['a number taken for a date (“at 20”)', /\d/u],
];
const classOf = (phrase: string): string =>
  CLASSES.find(([, re]) => re.test(phrase.replace(/[,.;:]+$/u, '')))?.[0] ?? 'other';

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

interface Run {
  pairs: Array<Pair & { article: Article; sentence: string }>;
  /** Milliseconds chrono took, by corpus. */
  ms: Map<string, number>;
}

function runChrono(
  articles: readonly Article[],
  parser: Parser,
  ours: ReadonlyMap<string, Found[]>,
): Run {
  const pairs: Run['pairs'] = [];
  const ms = new Map<string, number>();
  for (const article of articles) {
    const t = performance.now();
    const theirs = article.sentences.map((s) => chronoDates(PARSERS[parser], s, article.published));
    ms.set(article.corpus, (ms.get(article.corpus) ?? 0) + performance.now() - t);
    article.sentences.forEach((sentence, i) => {
      for (const p of pairUp(ours.get(`${article.published}\n${sentence}`) ?? [], theirs[i]!))
        pairs.push({ ...p, article, sentence });
    });
  }
  return { pairs, ms };
}

/** Our dates of every sentence, by publication date and sentence, and the milliseconds they took by corpus. */
function findOurs(articles: readonly Article[]): {
  ours: Map<string, Found[]>;
  oursMs: Map<string, number>;
} {
  const ours = new Map<string, Found[]>();
  const oursMs = new Map<string, number>();
  for (const a of articles) {
    const t = performance.now();
    for (const s of a.sentences) ours.set(`${a.published}\n${s}`, findDates(s, a.published));
    oursMs.set(a.corpus, (oursMs.get(a.corpus) ?? 0) + performance.now() - t);
  }
  return { ours, oursMs };
}

function report(articles: readonly Article[], sample: readonly Judged[]): string {
  const { ours, oursMs } = findOurs(articles);
  const runs = Object.fromEntries(
    (['casual', 'strict'] as const).map((p) => [p, runChrono(articles, p, ours)]),
  ) as Record<Parser, Run>;
  const out: string[] = [];
  const corpora = ['seeds', 'train', 'dev'] as const;
  out.push(
    '| corpus | articles | sentences | parser | ours | chrono | same date | same words, other date | ours only | chrono only | ours ms/article | chrono ms/article |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const corpus of corpora) {
    const mine = articles.filter((a) => a.corpus === corpus);
    const sentences = mine.reduce((n, a) => n + a.sentences.length, 0);
    const oursFound = mine.reduce(
      (n, a) =>
        n + a.sentences.reduce((k, s) => k + (ours.get(`${a.published}\n${s}`)?.length ?? 0), 0),
      0,
    );
    for (const parser of ['casual', 'strict'] as const) {
      const pairs = runs[parser].pairs.filter((p) => p.article.corpus === corpus);
      const count = (v: Verdict) => pairs.filter((p) => p.verdict === v).length;
      out.push(
        `| ${corpus} | ${mine.length} | ${sentences} | ${parser} | ${oursFound} | ${pairs.filter((p) => p.chrono).length} | ${count('same date')} | ${count('same words, other date')} | ${count('ours only')} | ${count('chrono only')} | ${((oursMs.get(corpus) ?? 0) / mine.length).toFixed(2)} | ${((runs[parser].ms.get(corpus) ?? 0) / mine.length).toFixed(2)} |`,
      );
    }
  }
  for (const parser of ['casual', 'strict'] as const) {
    out.push(
      '',
      `chrono ${parser}: what only one side finds, by class (all corpora)`,
      '',
      '| class | chrono only | ours only | other date |',
      '|---|---|---|---|',
    );
    const tally = new Map<string, [number, number, number]>();
    for (const p of runs[parser].pairs) {
      if (p.verdict === 'same date') continue;
      const cls = classOf((p.chrono ?? p.ours)!.phrase);
      const row = tally.get(cls) ?? [0, 0, 0];
      row[p.verdict === 'chrono only' ? 0 : p.verdict === 'ours only' ? 1 : 2]++;
      tally.set(cls, row);
    }
    for (const [cls, [c, o, d]] of [...tally].sort(
      (a, b) => b[1][0] + b[1][1] + b[1][2] - (a[1][0] + a[1][1] + a[1][2]),
    ))
      out.push(`| ${cls} | ${c} | ${o} | ${d} |`);
  }
  out.push('', ...scoreSample(sample));
  return out.join('\n');
}

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
function scoreSample(sample: readonly Judged[]): string[] {
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
function draw(articles: readonly Article[], spec: string): string {
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

try {
  const articles = readArticles(resolve(args.corpus));
  if (args.draw) console.log(draw(articles, args.draw));
  else {
    const sample = existsSync(DATES_SAMPLE)
      ? parseYamlList(DATES_SAMPLE, readFileSync(DATES_SAMPLE, 'utf8'), JudgedSchema).map(
          (j) => j.value,
        )
      : [];
    console.log(report(articles, sample));
  }
} catch (error) {
  if (!(error instanceof EvalInputError)) throw error;
  console.error(`eval:dates: ${error.message}`);
  process.exitCode = 1;
}
