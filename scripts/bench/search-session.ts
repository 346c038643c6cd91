/**
 * One session of `npm run bench:search`: the search page opened in a fresh Chromium
 * context, the queries typed one after another, and for each the Pagefind bytes it cost and
 * the time to its results. For scripts/bench/search.ts.
 */
import type { chromium } from 'playwright-core';
import { trackTransfers, type Transfer } from './first-query';

export interface Row {
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

export type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/**
 * Opens the search page in a fresh browser context and types the queries one after another;
 * `verbose` prints every Pagefind file each query fetched.
 */
export async function session(
  browser: Browser,
  origin: string,
  list: readonly string[],
  errors: string[],
  verbose: boolean,
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
      if (verbose)
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
