/**
 * The synthetic dossier `npm run bench:search -- --synthetic N` measures: N synthetic
 * articles through the normalizer in process, then `astro build` and the search index on
 * that output, in a folder of its own. For scripts/bench/search.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ActorSchema, OutletSchema } from '../../src/schemas';
import { buildContent } from '../normalize/build-content';
import { parseYamlList } from '../normalize/inputs';
import { syntheticArticles } from './synthetic';

const root = resolve('.');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${(result.stderr || result.stdout).slice(-3000)}`,
    );
  return (performance.now() - started) / 1000;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * Writes a synthetic dossier of `n` articles: the seed texts (the site publishes them) and
 * the content/ the normalizer makes of them, run in process.
 */
function writeSyntheticContent(n: number, seedsDir: string, dir: string): void {
  const read = (name: string) => readFileSync(join('seeds', name), 'utf8');
  const articles = syntheticArticles(n);
  mkdirSync(seedsDir, { recursive: true });
  for (const a of articles) writeFileSync(join(seedsDir, a.file), a.text);
  const files = buildContent({
    seeds: articles.map((a) => ({ file: a.file, text: a.text })),
    sources: articles.map((a, i) => ({ value: a.source, line: i + 1 })),
    outlets: parseYamlList('outlets.yaml', read('outlets.yaml'), OutletSchema),
    actors: parseYamlList('actors.yaml', read('actors.yaml'), ActorSchema),
    annotations: [],
  });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Builds a synthetic dossier of `n` articles; returns its dist folder. */
export function buildSynthetic(n: number, work: string): string {
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const started = performance.now();
  writeSyntheticContent(n, seeds, content);
  const normalizeS = (performance.now() - started) / 1000;
  const buildS = run(bin('astro'), ['build'], {
    DOSSIER_CONTENT: content,
    DOSSIER_SEEDS: seeds,
    DOSSIER_OUT: dist,
  });
  const indexS = run(bin('tsx'), ['scripts/index-search.ts', '--site', dist]);
  const articles = readdirSync(join(content, 'articles')).length;
  const claims = (JSON.parse(readFileSync(join(dist, 'data', 'claims.json'), 'utf8')) as unknown[])
    .length;
  console.log(
    `synthetic dossier: ${articles} articles, ${claims} quotations; normalize ${normalizeS.toFixed(1)} s, astro build ${buildS.toFixed(1)} s, search index ${indexS.toFixed(1)} s; index ${(folderBytes(join(dist, 'pagefind')) / 1024).toFixed(0)} KiB on disk`,
  );
  return dist;
}
