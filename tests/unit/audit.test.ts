/**
 * The pure parts of `npm run audit` (scripts/audit/): its options, what it reads from a
 * build, the gates' verdicts and failure lines, and the report. The gates themselves run
 * real tools and are not run here.
 */
import { describe, expect, it } from 'vitest';
import { canonicalOrigin, pagesToScore } from '../../scripts/audit/builds.ts';
import {
  lighthouseOutcome,
  linkFailure,
  medianByPerformance,
  vnuFailure,
  vnuRows,
  type Row,
} from '../../scripts/audit/gates.ts';
import type { LighthouseResult } from '../../scripts/audit/lighthouse.ts';
import { chromiumPath, parseOptions } from '../../scripts/audit/options.ts';
import { renderReport } from '../../scripts/audit/report.ts';

describe('parseOptions', () => {
  it.each([
    [[], { runs: 3, tools: ['vnu', 'links', 'lighthouse'] }],
    [['--runs', '1'], { runs: 1, tools: ['vnu', 'links', 'lighthouse'] }],
    [['--only', 'vnu, links'], { runs: 3, tools: ['vnu', 'links'] }],
    [['--only', 'lighthouse', '--runs', '5'], { runs: 5, tools: ['lighthouse'] }],
  ])('%j', (args, { runs, tools }) => {
    const options = parseOptions(args);
    expect(options).toEqual({ runs, tools: new Set(tools) });
  });

  it.each([
    [['--runs', '0'], '--runs wants a whole number of at least 1, not "0".'],
    [['--runs', '1.5'], '--runs wants a whole number of at least 1, not "1.5".'],
    [['--runs', 'x'], '--runs wants a whole number of at least 1, not "x".'],
    [['--only', 'vnu,axe'], 'Unknown tool "axe" in --only: choose among vnu, links, lighthouse.'],
  ])('%j is refused', (args, error) => {
    expect(parseOptions(args)).toEqual({ error });
  });
});

describe('chromiumPath', () => {
  it.each([
    [{ CHROME_PATH: '/a', CHROMIUM_PATH: '/b' }, '/a'],
    [{ CHROMIUM_PATH: '/b' }, '/b'],
    [{}, '/usr/bin/chromium'],
  ])('%j', (env, path) => expect(chromiumPath(env)).toBe(path));
});

describe('canonicalOrigin', () => {
  it.each([
    ['<link rel="canonical" href="https://example.org/dossier/">', 'https://example.org'],
    ['<link rel="canonical" href="http://127.0.0.1:4321/a/">', 'http://127.0.0.1:4321'],
    ['<link rel="canonical" href="not a url">', undefined],
    ['<link rel="stylesheet" href="https://example.org/s.css">', undefined],
  ])('%s', (html, origin) => expect(canonicalOrigin(html)).toBe(origin));
});

describe('pagesToScore', () => {
  it.each([
    [['rfi', 'ap'], ['putin', 'macron'], 'articles/ap/', 'actors/macron/'],
    [['b'], ['zelensky', 'putin'], 'articles/b/', 'actors/putin/'],
  ])('articles %j, actors %j', (articles, actors, article, actor) => {
    expect(pagesToScore('dist', articles, actors).map((p) => p.path)).toEqual([
      '',
      article,
      'timeline/',
      'who-said-what/',
      actor,
      'search/',
    ]);
  });

  it('says which page is missing', () => {
    const pages = pagesToScore('dist', [], []);
    expect(pages.filter((p) => p.path === undefined)).toEqual([
      { name: 'article', missing: 'no article page in dist/articles/' },
      { name: 'actor', missing: 'no actor page in dist/actors/' },
    ]);
  });
});

describe('failure lines', () => {
  it.each([
    [
      {
        file: 'dist/a/index.html',
        page: '/a/',
        line: 3,
        column: 7,
        message: 'Bad',
        extract: ' <p\n  x> ',
      },
      'dist/a/index.html:3:7 (/a/): Bad — “<p x>”',
    ],
    [{ file: 'dist/index.html', page: '/', message: 'Bad' }, 'dist/index.html:?:? (/): Bad'],
  ])('vnu %#', (error, line) => expect(vnuFailure(error)).toBe(line));

  const origin = 'http://127.0.0.1:4550';
  it.each([
    [
      { url: `${origin}/a/#q-1`, status: 200, parent: `${origin}/b/`, text: 'a quote' },
      '/a/#q-1 (HTTP 200, no element with that id) linked from /b/ as “a quote”',
    ],
    [
      { url: `${origin}/gone/`, status: 404, parent: `${origin}/` },
      '/gone/ (HTTP 404) linked from /',
    ],
    [{ url: `${origin}/x/` }, '/x/ (no answer) linked from ?'],
  ])('link %#', (link, line) => expect(linkFailure(link, origin)).toBe(line));
});

describe('vnuRows', () => {
  const builds = [
    { name: 'root', dir: 'dist', base: '/' },
    { name: 'base path', dir: 'dist-base', base: '/dossier/' },
  ];
  it('a row per build from one run', () => {
    const rows = vnuRows(
      builds,
      [
        { dir: '/tmp/x/dist', label: 'dist', files: 12, errors: [] },
        {
          dir: '/tmp/x/dist-base',
          label: 'dist-base',
          files: 12,
          errors: [{ file: 'f', page: '/', message: 'm' }],
        },
      ],
      undefined,
      2500,
    );
    expect(rows.map((r) => [r.target, r.ok, r.figures, r.failures, r.time])).toEqual([
      ['dist/', true, '12 pages, 0 errors', [], '2.5 s (one run, 2 builds)'],
      ['dist-base/', false, '12 pages, 1 errors', ['f:?:? (/): m'], '2.5 s (one run, 2 builds)'],
    ]);
  });
  it('failed rows when the checker could not run', () => {
    const rows = vnuRows(builds, undefined, new Error('no java'), 10);
    expect(rows.map((r) => [r.ok, r.figures, r.failures])).toEqual([
      [false, 'could not run', ['no java']],
      [false, 'could not run', ['no java']],
    ]);
  });
});

function run(performance: number | null, over: Partial<LighthouseResult> = {}): LighthouseResult {
  return {
    name: 'home',
    url: 'http://127.0.0.1:4550/',
    status: 200,
    scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
    shortfalls: {},
    load: 0.5,
    warnings: [],
    reportPath: '/tmp/lh/home.report.json',
    ...over,
  };
}

describe('medianByPerformance', () => {
  it.each([
    [[0.99], 0.99],
    [[0.99, 0.9, 1], 0.99],
    [[0.9, 1], 0.9],
    [[null, 1, 0.95], 0.95],
  ])('%j', (scores, kept) => {
    expect(medianByPerformance(scores.map((s) => run(s)))?.scores.performance).toBe(kept);
  });
  it('none of no runs', () => expect(medianByPerformance([])).toBeUndefined());
});

describe('lighthouseOutcome', () => {
  it.each([
    [
      run(1),
      [run(1)],
      true,
      [],
      'performance 1.00, accessibility 1.00, best-practices 1.00, seo 1.00',
    ],
    [
      run(0.97, { shortfalls: { performance: ['total-blocking-time (0.5)'] } }),
      [run(1), run(0.97), run(0.9)],
      false,
      ['performance 0.97 < 0.98: total-blocking-time (0.5)'],
      'performance 0.97, accessibility 1.00, best-practices 1.00, seo 1.00 (median of 0.90 0.97 1.00)',
    ],
    [
      run(null, { status: 404, runtimeError: 'NO_FCP' }),
      [run(null)],
      false,
      ['/x/ answers HTTP 404', 'runtime error: NO_FCP', 'performance: not scored'],
      'performance —, accessibility 1.00, best-practices 1.00, seo 1.00',
    ],
  ])('%#', (kept, all, ok, failures, figures) => {
    expect(lighthouseOutcome(kept, '/x/', all)).toEqual({ ok, failures, figures });
  });
});

describe('renderReport', () => {
  const pass: Row = {
    tool: 'Links',
    target: 'dist/',
    ok: true,
    figures: '3 pages',
    failures: [],
    ms: 1200,
  };
  const fail: Row = {
    tool: 'Nu Html Checker',
    target: 'dist-base/',
    ok: false,
    figures: '1 errors',
    failures: ['f:1:1 (/): m'],
    ms: 0,
    time: '2.0 s (one run, 2 builds)',
  };

  it('every check passed', () => {
    const text = renderReport({ rows: [pass], lighthouse: [], ms: 4000, cores: 2 });
    expect(text).toBe(
      [
        '\n## Audit\n',
        '| Tool  | Target | Result | Figures | Time  |',
        '|-------|--------|--------|---------|-------|',
        '| Links | dist/  | pass   | 3 pages | 1.2 s |',
        '\nAll 1 checks passed in 4.0 s.',
      ].join('\n'),
    );
  });

  it('lists the failures after the table', () => {
    const text = renderReport({ rows: [pass, fail], lighthouse: [], ms: 0, cores: 2 });
    expect(text).toContain('FAIL');
    expect(text).toContain('2.0 s (one run, 2 builds)');
    expect(
      text.endsWith(
        '\n## Failures\n\nNu Html Checker — dist-base/:\n  - f:1:1 (/): m\n\n1 of 2 checks failed in 0.0 s.',
      ),
    ).toBe(true);
  });

  it.each([
    [run(1, { benchmarkIndex: 1500, load: 1 }), false],
    [run(1, { benchmarkIndex: 800, load: 1 }), true],
    [run(1, { load: 3 }), true],
  ])('Lighthouse table, with a warning on a slow or busy machine %#', (result, warned) => {
    const text = renderReport({ rows: [pass], lighthouse: [result], ms: 0, cores: 2 });
    expect(text).toContain('## Lighthouse (mobile), each score at least 0.98');
    expect(text).toContain('Full reports: /tmp/lh/*.report.html');
    expect(text.includes('This machine was slow or busy')).toBe(warned);
  });
});
