/**
 * The eval:dates report: per corpus and chrono parser, what each side finds, where they
 * agree and the time each takes; what only one side finds, by class; then the scores on the
 * judged sample. For scripts/eval/dates.ts.
 */
import { classOf } from './classes';
import { findOurs, runChrono, type Parser, type Run, type Verdict } from './compare';
import type { Article, Judged } from './input';
import { scoreSample } from './sample';

export function report(articles: readonly Article[], sample: readonly Judged[]): string {
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
