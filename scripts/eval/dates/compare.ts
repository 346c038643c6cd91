/**
 * The two date finders side by side: ours (`findDates`) and chrono-node, casual or strict,
 * each sentence resolved against its article's publication date, and their mentions paired
 * where the words overlap. For scripts/eval/dates.ts and its report and sample.
 */
import { performance } from 'node:perf_hooks';
import { casual, strict, type Chrono } from 'chrono-node/en';
import { findDates } from '../../normalize/dates/find-dates';
import { iso, type Precision } from '../../normalize/dates/mention';
import type { Article } from './input';

/** A date found in a sentence, by either side. */
export interface Found {
  phrase: string;
  start: number;
  end: number;
  date: string;
}

export type Verdict = 'same date' | 'same words, other date' | 'ours only' | 'chrono only';
export interface Pair {
  verdict: Verdict;
  ours: Found | null;
  chrono: Found | null;
}

export type Parser = 'casual' | 'strict';
export const PARSERS: Record<Parser, Chrono> = { casual, strict };

/**
 * chrono's reading of a sentence, at the precision its certain components give: a day
 * when the day or the weekday is certain, else the month, else the year; a time alone
 * ("at 9 p.m.") is read as a day, the day chrono implies.
 */
export function chronoDates(parser: Chrono, sentence: string, published: string): Found[] {
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

export const overlap = (a: Found, b: Found): boolean => a.start < b.end && b.start < a.end;

/** Each of our mentions paired with the first chrono result whose words overlap it; the rest stand alone. */
export function pairUp(ours: readonly Found[], theirs: readonly Found[]): Pair[] {
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

export interface Run {
  pairs: Array<Pair & { article: Article; sentence: string }>;
  /** Milliseconds chrono took, by corpus. */
  ms: Map<string, number>;
}

export function runChrono(
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
export function findOurs(articles: readonly Article[]): {
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
