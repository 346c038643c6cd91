/**
 * `npm run bench [-- --sizes 5,100,1000,10000]`: builds synthetic dossiers of each size in a
 * temporary folder (normalize, site build, search index) and, beside each, a bare Astro 7
 * site with the same number of plain MDX pages: the baseline a user would otherwise start
 * from. Prints time per stage, marginal milliseconds per article, peak memory, output and
 * index sizes, files in `dist/` (and per article), the largest HTML page (raw and gzip), the
 * ratio to the baseline, and how the figures stand against issue #13's goals. A benchmark:
 * it prints figures, asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { astroBuildArgs, searchIndexArgs } from '../build-stages';
import { firstQuery } from './first-query';
import { syntheticArticles, writeSyntheticSeeds } from './synthetic';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,100,1000' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const root = resolve('.');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Run {
  seconds: number;
  peakMiB: number;
}

/** Runs a command under GNU time, returning wall seconds and peak resident memory. */
function timed(command: string, args: string[], env: Record<string, string> = {}, cwd = root): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kib] = last.split(' ').map(Number);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
  return { seconds: seconds ?? NaN, peakMiB: (kib ?? NaN) / 1024 };
}

/** The files below `dir`, with their sizes. */
function filesOf(dir: string): Array<{ path: string; bytes: number }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({
      path: join(e.parentPath, e.name),
      bytes: statSync(join(e.parentPath, e.name)).size,
    }));
}

const folderBytes = (dir: string) => filesOf(dir).reduce((n, f) => n + f.bytes, 0);

/**
 * The largest HTML page of a built site by its gzip size, as a host serves it: the 50
 * largest raw pages are compressed (a page's gzip size follows its raw size closely enough
 * that the largest is among them), so a 10,000-article site is not compressed whole.
 */
function largestPage(dist: string): { path: string; rawKiB: number; gzipKiB: number } {
  const pages = filesOf(dist)
    .filter((f) => f.path.endsWith('.html'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 50);
  const sized = pages
    .map((p) => ({ ...p, gzip: gzipSync(readFileSync(p.path)).length }))
    .sort((a, b) => b.gzip - a.gzip);
  const top = sized[0];
  if (!top) return { path: '-', rawKiB: 0, gzipKiB: 0 };
  const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return { path: top.path.slice(dist.length), rawKiB: kib(top.bytes), gzipKiB: kib(top.gzip) };
}

/** A bare Astro 7 site with `n` MDX pages holding the same article texts. */
function writeBaseline(dir: string, n: number): void {
  mkdirSync(join(dir, 'src', 'pages', 'articles'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  for (const [i, a] of syntheticArticles(n).entries()) {
    const body = a.text.replace(/[{}<>]/g, (c) => `\\${c}`);
    writeFileSync(
      join(dir, 'src', 'pages', 'articles', `a-${i}.mdx`),
      `---\ntitle: ${JSON.stringify(a.source.title)}\n---\n\n# ${a.source.title}\n\n${body}\n`,
    );
  }
}

/** The first searches measured at each size; the column is the heaviest one. */
const FIRST_QUERIES = ['Macron', 'war', 'until the end'];

const rows: Array<Record<string, string | number>> = [];
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
try {
  for (const n of sizes) {
    const dir = join(work, `n${n}`);
    writeSyntheticSeeds(join(dir, 'seeds'), n);
    const env = {
      DOSSIER_CONTENT: join(dir, 'content'),
      DOSSIER_SEEDS: join(dir, 'seeds'),
      DOSSIER_OUT: join(dir, 'dist'),
      // A cache of its own, empty: the normalizer reads every article, as on a first run,
      // whatever earlier runs left in the project's cache.
      DOSSIER_NORMALIZE_CACHE: join(dir, 'normalize-cache'),
    };
    const normalize = timed(
      bin('tsx'),
      ['scripts/normalize.ts', '--seeds', env.DOSSIER_SEEDS, '--out', env.DOSSIER_CONTENT],
      env,
    );
    // The stages of `npm run build`, with its Node flags, timed one by one.
    const build = timed(process.execPath, astroBuildArgs(root), env);
    const index = timed(process.execPath, searchIndexArgs(root, env.DOSSIER_OUT), env);
    const baselineDir = join(dir, 'baseline');
    writeBaseline(baselineDir, n);
    const baseline = timed(bin('astro'), ['build', '--root', baselineDir], {}, baselineDir);
    const total = normalize.seconds + build.seconds + index.seconds;
    const files = filesOf(env.DOSSIER_OUT).length;
    // The heaviest of three first searches (a name, a common word, a phrase), in Chromium.
    const searches = [];
    for (const q of FIRST_QUERIES) searches.push(await firstQuery(env.DOSSIER_OUT, q));
    const heaviest = searches.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const largest = largestPage(env.DOSSIER_OUT);
    rows.push({
      articles: n,
      'normalize s': normalize.seconds,
      'build s': build.seconds,
      'index s': index.seconds,
      'total s': Math.round(total * 100) / 100,
      'baseline s': baseline.seconds,
      // The site build (what `npm run build` runs) against the baseline's, then every stage.
      'build ratio': Math.round(((build.seconds + index.seconds) / baseline.seconds) * 100) / 100,
      'total ratio': Math.round((total / baseline.seconds) * 100) / 100,
      'peak MiB': Math.round(Math.max(normalize.peakMiB, build.peakMiB, index.peakMiB)),
      'baseline MiB': Math.round(baseline.peakMiB),
      'dist MiB': Math.round((folderBytes(env.DOSSIER_OUT) / 2 ** 20) * 10) / 10,
      'index MiB': Math.round((folderBytes(join(env.DOSSIER_OUT, 'pagefind')) / 2 ** 20) * 10) / 10,
      'dist files': files,
      'files per article': Math.round((files / n) * 100) / 100,
      'largest page KiB': largest.rawKiB,
      'largest page gzip KiB': largest.gzipKiB,
      'largest page': largest.path,
      'first query KiB': Math.round((heaviest.bytes / 1024) * 10) / 10,
    });
    console.error(`done: ${n} articles`);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}

const columns = Object.keys(rows[0] ?? {});
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}`,
);
console.log(`| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${columns.map((c) => r[c]).join(' | ')} |`);
const marginals: number[] = [];
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1]!;
  const b = rows[i]!;
  const marginal =
    ((Number(b['total s']) - Number(a['total s'])) / (Number(b.articles) - Number(a.articles))) *
    1000;
  const base =
    ((Number(b['baseline s']) - Number(a['baseline s'])) /
      (Number(b.articles) - Number(a.articles))) *
    1000;
  const growth =
    marginals.length > 0
      ? `, ${(marginal / marginals.at(-1)!).toFixed(2)}× the previous step's`
      : '';
  marginals.push(marginal);
  console.log(
    `marginal ${a.articles}→${b.articles}: ${marginal.toFixed(1)} ms per article (baseline ${base.toFixed(1)} ms)${growth}`,
  );
}

// Issue #13's goals (set for 1,000 articles and more), each beside its figure: a reading aid, not an assertion.
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
for (const r of rows.filter((row) => Number(row.articles) >= 1000)) {
  const peakRatio = Number(r['peak MiB']) / Number(r['baseline MiB']);
  const goals = [
    `build ${r['build ratio']}× baseline (≤ 1.5: ${verdict(Number(r['build ratio']) <= 1.5)})`,
    `peak ${peakRatio.toFixed(2)}× baseline (≤ 1.5: ${verdict(peakRatio <= 1.5)})`,
    `${r['files per article']} files per article (≤ 2.5: ${verdict(Number(r['files per article']) <= 2.5)})`,
    `largest page ${r['largest page gzip KiB']} KiB gzip (< 100: ${verdict(Number(r['largest page gzip KiB']) < 100)})`,
  ];
  console.log(`goals at ${r.articles}: ${goals.join('; ')}`);
}
// The first search's budget: 100 KB for the five-article dossier, 300 KB (Pagefind's own promise) at any size.
for (const r of rows) {
  const budget = Number(r.articles) <= 5 ? 100 : 300;
  console.log(
    `goal, first query at ${r.articles}: ${r['first query KiB']} KiB gzip (< ${budget}: ${verdict(Number(r['first query KiB']) < budget)})`,
  );
}
if (marginals.length >= 2) {
  const growth = marginals.at(-1)! / marginals.at(-2)!;
  console.log(
    `goal, linear growth: the last step's marginal cost is ${growth.toFixed(2)}× the one before (≤ 1.25: ${verdict(growth <= 1.25)})`,
  );
}
