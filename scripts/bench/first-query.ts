/**
 * The bytes of a first search: everything the search page fetches from `pagefind/` for
 * one query opened in a fresh browser (`/search/?q=…`): Pagefind's script and wasm, its
 * metadata, the index chunks and filter files the query needs, the fragments of the
 * results it shows (the first screen, 10 results), and the spelling vocabulary if the
 * query fetches it. Measured in Debian's Chromium (playwright-core, no cache) against a
 * static server that gzips text as a web host does; Pagefind's own index files are
 * already compressed. `firstQuery()` is what `npm run bench` prints as a column;
 * `serveSite()` is shared with scripts/bench/search.ts.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.csv', '.txt']);

/** A static server for a built site on a free port: directories serve index.html, text is gzipped unless `raw`. */
export function serveSite(dir: string, raw = false): Promise<Server> {
  const rootDir = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(rootDir, path));
    if (!file.startsWith(rootDir + sep) && file !== rootDir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    const gzip =
      !raw &&
      COMPRESSIBLE.has(ext) &&
      /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export interface FirstQuery {
  query: string;
  /** Response bodies fetched from `pagefind/`, as transferred (gzip for text). */
  bytes: number;
  /** The same bodies decoded. */
  decodedBytes: number;
  /** Files fetched from `pagefind/`. */
  files: number;
  /** Fetched files by kind: `js`, `wasm`, `meta`, `index`, `filter`, `fragment`, `other`. */
  byKind: Record<string, { files: number; bytes: number }>;
  /** The results shown on the first screen, and the page's status line. */
  shown: number;
  status: string;
}

/** One response a page received, measured by the DevTools protocol. */
export interface Transfer {
  url: string;
  /** Bytes received: response headers and the (compressed) body. */
  wire: number;
  /** The body as sent: compressed when the server compressed it. */
  body: number;
  /** The body once decompressed. */
  decoded: number;
}

type Context = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newContext']>>;
type Page = Awaited<ReturnType<Context['newPage']>>;

/**
 * Records every response `page` receives, with the cache off; `take()` returns those
 * finished since the last call. Shared with scripts/bench/search.ts.
 */
export async function trackTransfers(
  context: Context,
  page: Page,
): Promise<{ take(): Transfer[] }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const headers = new Map<string, number>();
  const decoded = new Map<string, number>();
  let transfers: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  // At responseReceived, encodedDataLength counts what arrived so far: the headers.
  cdp.on('Network.responseReceived', (e) => headers.set(e.requestId, e.response.encodedDataLength));
  cdp.on('Network.dataReceived', (e) =>
    decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength),
  );
  cdp.on('Network.loadingFinished', (e) =>
    transfers.push({
      url: urls.get(e.requestId) ?? '?',
      wire: e.encodedDataLength,
      body: e.encodedDataLength - (headers.get(e.requestId) ?? 0),
      decoded: decoded.get(e.requestId) ?? 0,
    }),
  );
  return {
    take() {
      const taken = transfers;
      transfers = [];
      return taken;
    },
  };
}

function kindOf(url: string): string {
  const name = url.replace(/^.*\/pagefind\//u, '').replace(/\?.*$/u, '');
  if (name.endsWith('.js')) return 'js';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') return 'meta';
  return name.split('/')[0] === name ? 'other' : name.split('/')[0]!;
}

/**
 * Opens `/search/?q=<query>` of the built site in `site` in a fresh Chromium page (cache
 * off) and returns what it fetched from `pagefind/` until the results are shown and the
 * network is idle.
 */
export async function firstQuery(
  site: string,
  query = 'Macron',
  options: { chromium?: string } = {},
): Promise<FirstQuery> {
  if (!existsSync(join(site, 'pagefind', 'pagefind.js')))
    throw new Error(`${site}/pagefind/pagefind.js is missing: build the site and its index first.`);
  const server = await serveSite(site);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: options.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const network = await trackTransfers(context, page);
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => (document.querySelector('#search-status')?.textContent ?? '') !== '',
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForLoadState('networkidle');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const shown = await page.locator('#search-results > li').count();
    await context.close();
    const mine = network.take().filter((t) => t.url.includes('/pagefind/'));
    const byKind: FirstQuery['byKind'] = {};
    for (const t of mine) {
      const k = (byKind[kindOf(t.url)] ??= { files: 0, bytes: 0 });
      k.files++;
      k.bytes += t.body;
    }
    return {
      query,
      bytes: mine.reduce((n, t) => n + t.body, 0),
      decodedBytes: mine.reduce((n, t) => n + t.decoded, 0),
      files: mine.length,
      byKind,
      shown,
      status,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// `tsx scripts/bench/first-query.ts <site> [query…]`: prints the figures for each query.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [site = 'dist', ...queries] = process.argv.slice(2);
  for (const query of queries.length ? queries : ['Macron']) {
    const r = await firstQuery(site, query);
    const kinds = Object.entries(r.byKind)
      .map(([k, v]) => `${k} ${v.files} / ${(v.bytes / 1024).toFixed(1)} KiB`)
      .join(', ');
    console.log(
      `${query}: ${(r.bytes / 1024).toFixed(1)} KiB gzip in ${r.files} files (${kinds}); ${r.shown} shown; ${r.status}`,
    );
  }
}
