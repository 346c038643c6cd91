/**
 * `npm run bench:search [-- --synthetic 1000] [--site dist] [--raw] [--runs 3] [--no-cold]`: measures the
 * search page in real Chromium (Debian's /usr/bin/chromium, through playwright-core)
 * against a built site served locally, and prints, for each query typed:
 * - the bytes of Pagefind files transferred (wire bytes, headers included, from the
 *   DevTools protocol) and their decoded size; the first query also pays for pagefind.js,
 *   the WebAssembly and the meta index, loaded when the page opens;
 * - the time from the keystroke (the input event) to the results in the page, and from
 *   the last Pagefind file arriving to the results.
 *
 * The site is served by a tiny static server that gzips text files as any web host does
 * (Pagefind's own index files are already compressed); `--raw` serves them uncompressed,
 * as `astro preview` does.
 *
 * With `--synthetic N`, it first builds a dossier of N synthetic articles in a temporary
 * folder (the normalizer, in process, on copies of the seeds; then `astro build` with
 * DOSSIER_CONTENT, DOSSIER_SEEDS and DOSSIER_OUT, and scripts/index-search.ts on that output), and
 * measures that. A benchmark: it prints figures and asserts nothing.
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
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ActorSchema } from '../../src/schemas/actor';
import { OutletSchema } from '../../src/schemas/outlet';
import { buildContent } from '../normalize/build-content';
import { parseYamlList } from '../normalize/inputs';
import { serveSite, trackTransfers, type Transfer } from './first-query';
import { syntheticArticles } from './synthetic';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    synthetic: { type: 'string' },
    site: { type: 'string', default: 'dist' },
    queries: {
      type: 'string',
      default:
        'until the end|torturing me|dig a ditch|Poutine|Kouleba|Kiev|Macron|negotiations|xqzjv',
    },
    raw: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    cold: { type: 'boolean', default: true },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const root = resolve('.');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const queries = values
  .queries!.split('|')
  .map((q) => q.trim())
  .filter(Boolean);

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
function buildSynthetic(n: number, work: string): string {
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

interface Row {
  query: string;
  results: number;
  requests: number;
  wire: number;
  body: number;
  decoded: number;
  /** From the input event to the results in the page. */
  typedMs: number;
  /** From the last Pagefind file of this query arriving to the results in the page; null when none was fetched. */
  afterFileMs: number | null;
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/** Opens the search page in a fresh browser context and types the queries one after another. */
async function session(
  browser: Browser,
  origin: string,
  list: readonly string[],
  errors: string[],
): Promise<{ rows: Row[]; page: Transfer[]; preloaded: Transfer[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const network = await trackTransfers(context, page);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/search/`);
    await page.waitForLoadState('networkidle');
    const loaded = network.take();
    const pageFiles = loaded.filter((t) => !t.url.includes('/pagefind/'));
    const preloaded = loaded.filter((t) => t.url.includes('/pagefind/'));
    await page.evaluate(() => {
      const w = window as unknown as { __bench: { typed: number; rendered: number } };
      w.__bench = { typed: 0, rendered: 0 };
      document
        .querySelector('#search-q')!
        .addEventListener('input', () => (w.__bench.typed = performance.now()), { capture: true });
      document.addEventListener(
        'search:rendered',
        (e) => (w.__bench.rendered = (e as CustomEvent<{ at: number }>).detail.at),
      );
    });
    const rows: Row[] = [];
    for (const [i, query] of list.entries()) {
      await page.evaluate(
        () => ((window as unknown as { __bench: { rendered: number } }).__bench.rendered = 0),
      );
      const since = await page.evaluate(() => performance.now());
      await page.fill('#search-q', query);
      await page.waitForFunction(
        () => (window as unknown as { __bench: { rendered: number } }).__bench.rendered > 0,
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
      const timing = await page.evaluate((t0) => {
        const w = window as unknown as { __bench: { typed: number; rendered: number } };
        const ends = performance
          .getEntriesByType('resource')
          .filter((r) => r.name.includes('/pagefind/') && r.startTime >= t0)
          .map((r) => (r as PerformanceResourceTiming).responseEnd);
        return {
          typed: w.__bench.typed,
          rendered: w.__bench.rendered,
          lastFile: ends.length ? Math.max(...ends) : null,
        };
      }, since);
      const fetched = network.take();
      const mine = (i === 0 ? [...preloaded, ...fetched] : fetched).filter((t) =>
        t.url.includes('/pagefind/'),
      );
      if (values.verbose)
        for (const t of mine)
          console.log(
            `  ${query}: ${t.url.replace(/^.*\/pagefind\//u, '')} ${t.body} B body, ${t.wire} B with headers, ${t.decoded} B decoded`,
          );
      const status = (await page.locator('#search-status').textContent()) ?? '';
      rows.push({
        query,
        // "12 results…", or "More than 10 results…" when the search has more than the pages read so far.
        results: Number(/^(?:More than )?(\d+) result/u.exec(status)?.[1] ?? 0),
        requests: mine.length,
        wire: mine.reduce((n, t) => n + t.wire, 0),
        body: mine.reduce((n, t) => n + t.body, 0),
        decoded: mine.reduce((n, t) => n + t.decoded, 0),
        typedMs: timing.rendered - timing.typed,
        afterFileMs:
          timing.lastFile === null ? null : Math.max(0, timing.rendered - timing.lastFile),
      });
    }
    return { rows, page: pageFiles, preloaded };
  } finally {
    await context.close();
  }
}

const kib = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

async function measure(site: string): Promise<void> {
  if (!existsSync(join(site, 'pagefind', 'pagefind.js')))
    throw new Error(`${site}/pagefind/pagefind.js is missing: run "npm run build" first.`);
  const server = await serveSite(site, values.raw!);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: values.chromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const errors: string[] = [];
  try {
    const runs = Math.max(1, Number(values.runs));
    const sessions: Array<Awaited<ReturnType<typeof session>>> = [];
    for (let r = 0; r < runs; r++) sessions.push(await session(browser, origin, queries, errors));
    const first = sessions[0]!;
    console.log(
      `\nsite ${site}, served ${values.raw ? 'uncompressed (as astro preview does)' : 'with gzip for text files (as a web host does)'}; Chromium ${browser.version()}`,
    );
    console.log(
      `the page itself (HTML, CSS, search script): ${kib(first.page.reduce((n, t) => n + t.body, 0))} KiB body (${kib(first.page.reduce((n, t) => n + t.decoded, 0))} KiB decoded)`,
    );
    console.log(
      `Pagefind files loaded on opening the page, counted in the first query: ${first.preloaded.map((t) => `${t.url.replace(/^.*\/pagefind\//u, '').replace(/\?.*$/u, '')} ${kib(t.body)} KiB`).join(', ')}`,
    );
    console.log(
      'KiB body: response bodies as transferred (compressed); +headers: with the HTTP/1.1 response headers; decoded: uncompressed.',
    );
    console.log(`\nqueries typed one after another in one page (times: median of ${runs} runs):`);
    console.table(
      first.rows.map((row, i) => ({
        query: i === 0 ? `${row.query} (first)` : row.query,
        results: row.results,
        requests: row.requests,
        'KiB body': kib(row.body),
        'KiB +headers': kib(row.wire),
        'KiB decoded': kib(row.decoded),
        'keystroke→results ms': median(sessions.map((s) => s.rows[i]!.typedMs)).toFixed(0),
        'last file→results ms': sessions.every((s) => s.rows[i]!.afterFileMs === null)
          ? '(nothing fetched)'
          : median(sessions.map((s) => s.rows[i]!.afterFileMs ?? 0)).toFixed(0),
      })),
    );
    if (values.cold) {
      console.log(
        '\neach query as the first of a fresh page (Pagefind runtime and index included):',
      );
      const cold: Row[] = [];
      for (const query of queries)
        cold.push((await session(browser, origin, [query], errors)).rows[0]!);
      console.table(
        cold.map((row) => ({
          query: row.query,
          results: row.results,
          requests: row.requests,
          'KiB body': kib(row.body),
          'KiB +headers': kib(row.wire),
          'KiB decoded': kib(row.decoded),
          'keystroke→results ms': row.typedMs.toFixed(0),
          'last file→results ms': row.afterFileMs === null ? '-' : row.afterFileMs.toFixed(0),
        })),
      );
    }
    if (errors.length) console.log(`console errors: ${[...new Set(errors)].join(' | ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

let work: string | null = null;
try {
  let site = values.site!;
  if (values.synthetic) {
    work = mkdtempSync(join(tmpdir(), 'dossier-search-bench-'));
    site = buildSynthetic(Number(values.synthetic), work);
  }
  await measure(site);
} finally {
  if (work && !values.keep) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
}
