/**
 * `npm run bench:dev-reload [-- --port 4322 --runs 3]`: how long `npm run dev` takes to show
 * an edit. It starts the dev server in a copy of the project in a temporary folder (the
 * project's seeds/, content/ and .astro/ are never touched), edits one article's
 * seed text `--runs` times, then the outlet's name in outlets.yaml, and prints the time from
 * each write to the first response of the article's page that carries the new text. A
 * benchmark, not a test: it prints figures and asserts nothing (it fails only on a timeout).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4322' },
    runs: { type: 'string', default: '3' },
  },
});
const origin = `http://127.0.0.1:${args.port}`;
/** Longer than this and the edit did not arrive: the run fails. */
const TIMEOUT_MS = 30_000;

/** Polls `url` every 50 ms until its body includes `text`; the ms from `since`. */
async function waitFor(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await fetch(url)
      .then((response) => response.text())
      .catch(() => '');
    const ms = performance.now() - since;
    if (body.includes(text)) return ms;
    if (ms > TIMEOUT_MS)
      throw new Error(`"${text}" did not appear in ${url} within ${TIMEOUT_MS} ms`);
    await sleep(50);
  }
}

/** Writes `next` to `path` and returns the ms until `marker` is served in `url`. */
async function timeEdit(path: string, next: string, url: string, marker: string): Promise<number> {
  const since = performance.now();
  writeFileSync(path, next);
  return waitFor(url, marker, since);
}

// A copy of the project (its node_modules linked), so that the dev server's own state in
// .astro/, which remembers each entry's file, is the copy's and not the project's.
const tmp = mkdtempSync(join(tmpdir(), 'dossier-dev-reload-'));
const SKIP = new Set([
  'node_modules',
  '.git',
  '.astro',
  'dist',
  'test-results',
  'playwright-report',
]);
cpSync(ROOT, tmp, {
  recursive: true,
  filter: (path) => path === ROOT || !SKIP.has(relative(ROOT, path).split(sep)[0]!),
});
symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));
const seeds = join(tmp, 'seeds');
const content = join(tmp, 'content');
// Its own process group, so that stopping it stops the normalizer and Vite with it. Set,
// DOSSIER_CONTENT gives it a cache of its own too (astro.config.mjs), out of node_modules.
const server = spawn(
  process.execPath,
  [join(ROOT, 'node_modules/.bin/astro'), 'dev', '--host', '127.0.0.1', '--port', args.port],
  {
    cwd: tmp,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOSSIER_SEEDS: seeds, DOSSIER_CONTENT: content },
  },
);
let log = '';
server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));

try {
  const started = performance.now();
  while (!log.includes('search index ready')) {
    if (server.exitCode !== null || performance.now() - started > 120_000)
      throw new Error(`the dev server did not get ready:\n${log}`);
    await sleep(100);
  }
  console.log(
    `dev server ready, search index made, in ${Math.round(performance.now() - started)} ms`,
  );

  const slug = readdirSync(join(content, 'article-data'))
    .sort()[0]!
    .replace(/\.json$/u, '');
  const url = `${origin}/articles/${slug}/`;
  const data = JSON.parse(readFileSync(join(content, 'article-data', `${slug}.json`), 'utf8')) as {
    seed: string;
  };
  const seedPath = join(seeds, data.seed);
  const original = readFileSync(seedPath, 'utf8');
  // A word added to a paragraph of the body, away from the title lines the slug comes from.
  const paragraphs = original.split('\n\n');
  const middle = Math.floor(paragraphs.length / 2);
  await waitFor(url, '</html>', performance.now());

  const seedTimes: number[] = [];
  for (let run = 1; run <= Number(args.runs); run++) {
    const marker = `Zqxbench${run}x${Date.now()}`;
    const edited = paragraphs.map((p, i) =>
      i === middle ? p.replace(/^(\S+)/u, `$1 ${marker}`) : p,
    );
    seedTimes.push(await timeEdit(seedPath, edited.join('\n\n'), url, marker));
    await sleep(1500);
  }
  writeFileSync(seedPath, original);

  const outletsPath = join(seeds, 'outlets.yaml');
  const outlets = readFileSync(outletsPath, 'utf8');
  const mdx = readFileSync(join(content, 'articles', `${slug}.mdx`), 'utf8');
  const outlet = /"outlet":"([^"]+)"/u.exec(mdx)?.[1];
  const marker = `Zqxoutlet${Date.now()}`;
  const renamed = outlets.replace(
    new RegExp(`(- id: ${outlet}\\n  name: )([^\\n]+)`, 'u'),
    `$1$2 ${marker}`,
  );
  const yamlTime = renamed === outlets ? null : await timeEdit(outletsPath, renamed, url, marker);

  const ms = (t: number) => `${Math.round(t)} ms`;
  console.log(`seed text edited, shown in the article page: ${seedTimes.map(ms).join(', ')}`);
  console.log(
    `outlets.yaml edited, shown in the article page: ${yamlTime === null ? `(outlet "${outlet}" not found)` : ms(yamlTime)}`,
  );
} finally {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
