/**
 * `npm run bench:normalize [-- --articles 500]`: runs the normalizer (in process, one
 * core) over many synthetic copies of the seeds and prints the time per article.
 *
 * `npm run bench:normalize -- --incremental [--articles 1000]` (the default there): runs the CLI as a user
 * does, on a synthetic seeds folder, and prints the wall time of a run without the cache,
 * with an empty cache, with a warm one and nothing changed, after adding one article, and of
 * `--check` (the runs with a warm cache best of `--runs`, each addition from the same cache
 * and content/); and whether the run after the addition wrote the same files as a run without
 * the cache. A benchmark, not a test: it prints figures and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { ActorSchema, OutletSchema } from '../../src/schemas';
import { buildContent, type SeedsInput } from '../normalize/build-content';
import { parseYamlList } from '../normalize/inputs';
import { syntheticArticles, writeSyntheticSeeds } from './synthetic';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    runs: { type: 'string', default: '3' },
    incremental: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles ?? (values.incremental ? 1000 : 500));
const runs = Number(values.runs);

/** Every file under `dir`, path → text. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        join(e.parentPath, e.name).slice(dir.length),
        readFileSync(join(e.parentPath, e.name), 'utf8'),
      ]),
  );
}

function incremental(n: number): void {
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-normalize-'));
  try {
    const seeds = join(work, 'seeds');
    const cache = join(work, 'cache');
    const aside = join(work, 'aside.txt');
    writeSyntheticSeeds(seeds, n + 1);
    // The dossier of n articles; the last one is added later.
    const entries = parse(readFileSync(join(seeds, 'sources.yaml'), 'utf8')) as Array<{
      file: string;
    }>;
    const last = entries.at(-1)!;
    const writeSources = (list: typeof entries) =>
      writeFileSync(join(seeds, 'sources.yaml'), stringify(list, { aliasDuplicateObjects: false }));
    writeSources(entries.slice(0, -1));
    renameSync(join(seeds, last.file), aside);
    const tsx = resolve('node_modules/.bin/tsx');
    const cli = (label: string, out: string, ...flags: string[]) => {
      const started = performance.now();
      const run = spawnSync(
        tsx,
        ['scripts/normalize.ts', '--seeds', seeds, '--out', join(work, out), ...flags],
        { encoding: 'utf8', env: { ...process.env, DOSSIER_NORMALIZE_CACHE: cache } },
      );
      const seconds = (performance.now() - started) / 1000;
      if (run.status !== 0) throw new Error(`${label} failed:\n${run.stderr}`);
      return { label, seconds };
    };
    const best = (label: string, run: () => { seconds: number }) => ({
      label,
      seconds: Math.min(...Array.from({ length: runs }, () => run().seconds)),
    });
    const rows = [
      cli(`${n} articles, --no-cache`, 'full', '--no-cache'),
      cli(`${n} articles, empty cache`, 'content'),
    ];
    rows.push(
      best(`${n} articles, warm cache, nothing changed`, () => cli('warm', 'content')),
      best(`${n} articles, --check`, () => cli('check', 'content', '--check')),
    );
    // Each addition starts from the same state: the cache and content/ of the dossier of n.
    cpSync(cache, `${cache}.before`, { recursive: true });
    cpSync(join(work, 'content'), join(work, 'content.before'), { recursive: true });
    renameSync(aside, join(seeds, last.file));
    writeSources(entries);
    rows.push(
      best(`one article added (${n + 1})`, () => {
        for (const [from, to] of [
          [`${cache}.before`, cache],
          [join(work, 'content.before'), join(work, 'content')],
        ] as const) {
          rmSync(to, { recursive: true, force: true });
          cpSync(from, to, { recursive: true });
        }
        return cli('added', 'content');
      }),
      best(`${n + 1} articles, --check`, () => cli('check', 'content', '--check')),
    );
    cli(`${n + 1} articles, --no-cache`, 'full', '--no-cache');
    const [a, b] = [snapshot(join(work, 'content')), snapshot(join(work, 'full'))];
    const same = a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
    console.log(
      `normalize CLI, ${n} synthetic articles (wall time, tsx start-up included; best of ${runs} for the runs with a warm cache)`,
    );
    for (const row of rows) console.log(`  ${row.label.padEnd(44)} ${row.seconds.toFixed(2)} s`);
    console.log(
      `  after the addition, same files as --no-cache: ${same ? 'yes' : 'NO'} (${a.size} files)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values.incremental) {
  incremental(count);
  process.exit(0);
}

const read = (name: string) => readFileSync(join('seeds', name), 'utf8');

/** `n` synthetic articles in memory, as the CLI would read them from a seeds folder. */
function synthetic(n: number): SeedsInput {
  const articles = syntheticArticles(n);
  return {
    seeds: articles.map((a) => ({ file: a.file, text: a.text })),
    sources: articles.map((a, i) => ({ value: a.source, line: i + 1 })),
    outlets: parseYamlList('outlets.yaml', read('outlets.yaml'), OutletSchema),
    actors: parseYamlList('actors.yaml', read('actors.yaml'), ActorSchema),
    annotations: [],
  };
}

const input = synthetic(count);
buildContent(synthetic(5)); // warm-up: JIT and module initialisation
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const files = buildContent(input);
  times.push(performance.now() - start);
  if (files.size !== count + 2) throw new Error(`expected ${count + 2} files, got ${files.size}`);
}
const best = Math.min(...times);
const bytes = input.seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
console.log(
  `normalize: ${count} articles (${(bytes / 1024).toFixed(0)} KiB of text), best of ${runs} runs`,
);
console.log(`  total      ${best.toFixed(0)} ms`);
console.log(`  per article ${(best / count).toFixed(2)} ms`);
console.log(`  throughput ${(bytes / 1024 / (best / 1000)).toFixed(0)} KiB/s`);
