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
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveSite } from './first-query';
import { buildSynthetic } from './search-dossier';
import { session, type Row } from './search-session';

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
const queries = values.queries
  .split('|')
  .map((q) => q.trim())
  .filter(Boolean);

const kib = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

async function measure(site: string): Promise<void> {
  if (!existsSync(join(site, 'pagefind', 'pagefind.js')))
    throw new Error(`${site}/pagefind/pagefind.js is missing: run "npm run build" first.`);
  const server = await serveSite(site, values.raw);
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
    for (let r = 0; r < runs; r++)
      sessions.push(await session(browser, origin, queries, errors, values.verbose));
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
        cold.push((await session(browser, origin, [query], errors, values.verbose)).rows[0]!);
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
  let site = values.site;
  if (values.synthetic) {
    work = mkdtempSync(join(tmpdir(), 'dossier-search-bench-'));
    site = buildSynthetic(Number(values.synthetic), work);
  }
  await measure(site);
} finally {
  if (work && !values.keep) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
}
