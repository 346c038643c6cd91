/**
 * `npm run bench:views [-- --sizes 100,1000,3000]`: the cross-article computations every
 * build runs once (statement groups, recurring phrases, the merged timeline, related
 * articles), timed on generated dossiers whose wording varies from article to article.
 * The synthetic copies of `npm run bench` repeat five texts, so a comparison of every pair
 * of statements ends early there and looks cheap; here it cannot (recurring phrases took
 * 45 s at 1,000 articles before prefix filtering). Prints milliseconds per computation and
 * per article; asserts nothing.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { relatedIndex, type ArticleEntry } from '../../src/lib/dossier';
import { groupStatements } from '../../src/lib/groups';
import { recurringPhrases } from '../../src/lib/recurring';
import { buildTimeline } from '../../src/lib/timeline';
import { article, claim, event } from '../fixture-entries';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,3000' } } });
const sizes = values.sizes.split(',').map(Number);

/** A deterministic pseudo-random stream (Park–Miller), so every run times the same dossier. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const VOCABULARY = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}`);
const SPEAKERS = [
  'macron',
  'putin',
  'zelensky',
  'scholz',
  'biden',
  'kuleba',
  'peskov',
  'lavrov',
  'borrell',
  'bennett',
];
const OUTLETS = ['ap', 'rfi', 'kyiv-post', 'franceinfo', 'abc-es'];

/** `n` articles of 15 statements and 6 events each; word and speaker frequencies are skewed, as in news. */
function dossier(n: number): ArticleEntry[] {
  const next = random(42);
  const skewed = <T>(list: readonly T[], power: number) =>
    list[Math.floor(next() ** power * list.length)]!;
  const words = (min: number, spread: number) =>
    Array.from({ length: min + Math.floor(next() * spread) }, () => skewed(VOCABULARY, 2.5)).join(
      ' ',
    );
  const day = () =>
    new Date(Date.UTC(2022, 0, 1 + Math.floor(next() * 365))).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, a) => {
    const published = day();
    const speakers = Array.from({ length: 15 }, () => skewed(SPEAKERS, 2));
    return article(`a${a}`, {
      published,
      outlet: OUTLETS[a % OUTLETS.length]!,
      actors: [...new Set(speakers)],
      claims: speakers.map((speaker, c) =>
        claim({
          id: `c${a}-${c}`,
          speaker,
          kind: c % 4 === 0 ? 'fragment' : 'direct',
          said: next() < 0.5 ? published : null,
          quote: words(4, 12),
          paragraph: c + 1,
        }),
      ),
      events: Array.from({ length: 6 }, (_, e) =>
        event({
          date: e === 0 ? '2014' : day(),
          sentence: words(8, 10),
          actors: [skewed(SPEAKERS, 2), skewed(SPEAKERS, 2)],
        }),
      ),
    });
  });
}

function time(what: () => unknown): number {
  const started = performance.now();
  what();
  return performance.now() - started;
}

const rows = sizes.map((n) => {
  const articles = dossier(n);
  const related = relatedIndex(articles);
  const ms = {
    groups: time(() => groupStatements(articles)),
    recurring: time(() => recurringPhrases(articles)),
    timeline: time(() => buildTimeline(articles)),
    related: time(() => articles.forEach((a) => related(a))),
  };
  return { n, ms, total: Object.values(ms).reduce((s, x) => s + x, 0) };
});

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  '| articles | statements | groups ms | recurring ms | timeline ms | related ms | total ms | per article ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { n, ms, total } of rows) {
  console.log(
    `| ${n} | ${n * 15} | ${[ms.groups, ms.recurring, ms.timeline, ms.related, total].map((x) => x.toFixed(0)).join(' | ')} | ${(total / n).toFixed(2)} |`,
  );
}
