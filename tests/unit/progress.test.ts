import { describe, expect, it } from 'vitest';
import {
  createReporter,
  formatProgress,
  formatSeconds,
  formatSummary,
} from '../../scripts/progress.ts';

describe('formatting', () => {
  it.each([
    [0, '0.0 s'],
    [49, '0.0 s'],
    [2_149, '2.1 s'],
    [61_000, '61.0 s'],
    [-5, '0.0 s'],
  ])('%d ms reads “%s”', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });

  it.each([
    [
      { task: 'normalize', done: 340, total: 1000, unit: 'articles', elapsedMs: 2_100 },
      'normalize: 340/1000 articles, 2.1 s',
    ],
    [
      { task: 'normalize', stage: 'read', done: 0, total: 5, unit: 'articles', elapsedMs: 0 },
      'normalize: read 0/5 articles, 0.0 s',
    ],
    [
      { task: 'search index', stage: 'add', done: 9, total: 10, unit: 'pages', elapsedMs: 12_345 },
      'search index: add 9/10 pages, 12.3 s',
    ],
  ])('progress %#', (state, text) => {
    expect(formatProgress(state)).toBe(text);
  });

  it.each([
    [
      { task: 'normalize', stage: 'read', total: 1000, unit: 'articles', elapsedMs: 4_200 },
      '',
      'normalize: read 1000 articles in 4.2 s',
    ],
    [
      { task: 'normalize', stage: 'read', total: 1000, unit: 'articles', elapsedMs: 4_200 },
      '998 from the cache',
      'normalize: read 1000 articles in 4.2 s, 998 from the cache',
    ],
    [
      { task: 'search index', total: 3, unit: 'files', elapsedMs: 100 },
      '',
      'search index: 3 files in 0.1 s',
    ],
  ])('summary %#', (state, note, text) => {
    expect(formatSummary(state, note)).toBe(text);
  });
});

/** A reporter on a fake stream and clock. */
function harness(tty: boolean) {
  let t = 0;
  const written: string[] = [];
  const reporter = createReporter({
    task: 'normalize',
    stream: { write: (s: string) => written.push(s), isTTY: tty },
    now: () => t,
    intervalMs: 100,
  });
  return { reporter, written, advance: (ms: number) => (t += ms) };
}

describe('the reporter', () => {
  it('on a terminal, redraws one line in place at most every interval, and ends it with the summary', () => {
    const { reporter, written, advance } = harness(true);
    reporter.start('read', 3, 'articles');
    reporter.tick(0);
    advance(50);
    reporter.tick(1); // too soon: not drawn
    advance(60);
    reporter.tick(2);
    advance(10);
    reporter.tick(3); // the last one is always drawn
    reporter.end('1 from the cache');
    expect(written).toEqual([
      '\r\u001b[2Knormalize: read 0/3 articles, 0.0 s',
      '\r\u001b[2Knormalize: read 2/3 articles, 0.1 s',
      '\r\u001b[2Knormalize: read 3/3 articles, 0.1 s',
      '\r\u001b[2Knormalize: read 3 articles in 0.1 s, 1 from the cache\n',
    ]);
  });

  it('off a terminal, prints only one summary line per stage', () => {
    const { reporter, written, advance } = harness(false);
    reporter.start('load', 2, 'seeds');
    reporter.tick(0);
    reporter.tick(1);
    advance(300);
    reporter.start('read', 2, 'articles'); // ends the stage before
    reporter.tick(1);
    advance(1_000);
    reporter.end();
    reporter.end(); // nothing left to end
    expect(written).toEqual([
      'normalize: load 2 seeds in 0.3 s\n',
      'normalize: read 2 articles in 1.0 s\n',
    ]);
  });

  it('drops a failed stage without a summary, clearing its line on a terminal', () => {
    const tty = harness(true);
    tty.reporter.start('read', 5, 'articles');
    tty.reporter.tick(1);
    tty.reporter.abort();
    expect(tty.written.at(-1)).toBe('\r\u001b[2K');
    const plain = harness(false);
    plain.reporter.start('read', 5, 'articles');
    plain.reporter.abort();
    plain.reporter.end();
    expect(plain.written).toEqual([]);
  });
});
