/**
 * `npm run audit`: the production gates that need real tools, over the built sites.
 *
 *   - Nu Html Checker (vnu.jar): zero errors on every page of dist/ and dist-base/.
 *   - linkinator: zero broken internal links, #fragments included, in both builds, each
 *     served by `astro preview` (dist-base/ under /dossier/); external links are skipped.
 *   - Lighthouse (mobile, Debian's Chromium): performance, accessibility, best practices
 *     and SEO each at least 0.98 on home, an article, the timeline, who said what, an actor
 *     page and search.
 *
 * Expects both builds: `npm run build && npm run build:base`. It audits a copy of them, made
 * at its start, so a rebuild during the run cannot mix two builds. Prints a summary table
 * and exits 1 when any gate fails (2 when it could not run at all).
 *
 *   npm run audit -- --only vnu,links     some of the tools
 *   npm run audit -- --runs 1             Lighthouse once a page, not three times (the median
 *                                         run by performance is kept: Lighthouse's advice, as
 *                                         the performance score varies with the machine's load)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, runLighthouse, type LighthouseResult } from './lighthouse';
import { countFragmentLinks, runLinks } from './links';
import { startPreview, stopAll, type Preview } from './serve';
import { markdownTable, seconds } from './table';
import { htmlFiles, runVnu } from './vnu';

const THRESHOLD = 0.98;
const TOOLS = ['vnu', 'links', 'lighthouse'] as const;
type Tool = (typeof TOOLS)[number];

interface Build {
  name: string;
  /** the build's folder in the project, e.g. dist */
  dir: string;
  base: string;
  /** the copy that is audited */
  snapshot?: string;
}
const BUILDS: Build[] = [
  { name: 'root', dir: 'dist', base: '/' },
  { name: 'base path', dir: 'dist-base', base: '/dossier/' },
];

interface Row {
  tool: string;
  target: string;
  ok: boolean;
  figures: string;
  /** what failed, precisely, one line each */
  failures: string[];
  ms: number;
  /** instead of ms, when one run served several rows */
  time?: string;
}

/** the folder of the build copies, once made */
let work: string | undefined;
const { values } = parseArgs({
  options: { only: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  fail(`--runs wants a whole number of at least 1, not "${values.runs}".`);
const only = new Set((values.only ?? TOOLS.join(',')).split(',').map((s) => s.trim()));
for (const t of only)
  if (!TOOLS.includes(t as Tool))
    fail(`Unknown tool "${t}" in --only: choose among ${TOOLS.join(', ')}.`);
const wanted = (t: Tool) => only.has(t);

function fail(message: string): never {
  console.error(message);
  if (work) rmSync(work, { recursive: true, force: true });
  process.exit(2);
}
const started = Date.now();

for (const b of BUILDS) {
  if (!existsSync(join(b.dir, 'index.html'))) {
    fail(
      `The audit checks the built sites, and ${b.dir}/index.html is missing.\nRun \`npm run build && npm run build:base\` first, then \`npm run audit\`.`,
    );
  }
}
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (wanted('lighthouse') && !existsSync(chromePath)) {
  fail(
    `Lighthouse needs Chromium at ${chromePath} (or set CHROME_PATH): run \`bash scripts/ensure-chromium.sh\` or \`apt-get install -y chromium\`.`,
  );
}

work = mkdtempSync(join(tmpdir(), 'dossier-audit-'));
for (const b of BUILDS) {
  b.snapshot = join(work, b.dir);
  try {
    cpSync(b.dir, b.snapshot, { recursive: true });
  } catch (e) {
    fail(
      `Could not copy ${b.dir}/ (${e instanceof Error ? e.message : e}): is a build running? Try again once it is finished.`,
    );
  }
  if (!existsSync(join(b.snapshot, 'index.html')))
    fail(
      `${b.dir}/ changed while it was being copied (a build running?): try again once it is finished.`,
    );
}
const workDir = work;
const snap = (b: Build) => b.snapshot ?? b.dir;
const onSignal = (signal: NodeJS.Signals) => {
  console.error(`\n${signal}: stopping the preview servers…`);
  void stopAll().finally(
    () => (rmSync(workDir, { recursive: true, force: true }), process.exit(130)),
  );
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const rows: Row[] = [];
const lighthouseResults: LighthouseResult[] = [];

/** Runs one gate; an exception is a failed row, not a crash, so the other gates still run. */
async function step(
  tool: string,
  target: string,
  body: () => Promise<Omit<Row, 'tool' | 'target' | 'ms'>>,
): Promise<void> {
  const t0 = Date.now();
  process.stderr.write(`… ${tool}: ${target}\n`);
  try {
    rows.push({ tool, target, ...(await body()), ms: Date.now() - t0 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    rows.push({
      tool,
      target,
      ok: false,
      figures: 'could not run',
      failures: [message],
      ms: Date.now() - t0,
    });
  }
}

/** The origin of the build's own absolute URLs (SITE_URL at build time), from its canonical link. */
function siteOrigin(b: Build): string | undefined {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(
    readFileSync(join(snap(b), 'index.html'), 'utf8'),
  )?.[1];
  try {
    return href ? new URL(href).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The pages Lighthouse scores, as paths under the base. */
function lighthousePages(b: Build): { name: string; path?: string; missing?: string }[] {
  const firstDir = (sub: string, prefer?: string) => {
    const dirs = existsSync(join(snap(b), sub))
      ? readdirSync(join(snap(b), sub), { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(snap(b), sub, e.name, 'index.html')))
          .map((e) => e.name)
          .sort()
      : [];
    return prefer && dirs.includes(prefer) ? prefer : dirs[0];
  };
  const article = firstDir('articles');
  const actor = firstDir('actors', 'macron');
  return [
    { name: 'home', path: '' },
    article
      ? { name: 'article', path: `articles/${article}/` }
      : { name: 'article', missing: `no article page in ${b.dir}/articles/` },
    { name: 'timeline', path: 'timeline/' },
    { name: 'who said what', path: 'who-said-what/' },
    actor
      ? { name: 'actor', path: `actors/${actor}/` }
      : { name: 'actor', missing: `no actor page in ${b.dir}/actors/` },
    { name: 'search', path: 'search/' },
  ];
}

const cores = availableParallelism();
const score = (s: number | null) => (s === null ? '—' : s.toFixed(2));

async function main(): Promise<void> {
  if (wanted('vnu')) {
    let results: Awaited<ReturnType<typeof runVnu>> | undefined;
    let error: unknown;
    const t0 = Date.now();
    process.stderr.write(`… Nu Html Checker: ${BUILDS.map((b) => b.dir + '/').join(', ')}\n`);
    try {
      results = await runVnu(BUILDS.map((b) => ({ dir: snap(b), label: b.dir })));
    } catch (e) {
      error = e;
    }
    const ms = Date.now() - t0;
    for (const b of BUILDS) {
      const r = results?.find((x) => x.label === b.dir);
      rows.push(
        r
          ? {
              tool: 'Nu Html Checker',
              target: `${b.dir}/`,
              ok: r.errors.length === 0,
              figures: `${r.files} pages, ${r.errors.length} errors`,
              failures: r.errors.map(
                (e) =>
                  `${e.file}:${e.line ?? '?'}:${e.column ?? '?'} (${e.page}): ${e.message}${e.extract ? ` — “${e.extract.replace(/\s+/g, ' ').trim()}”` : ''}`,
              ),
              ms,
              time: `${seconds(ms)} (one run, ${BUILDS.length} builds)`,
            }
          : {
              tool: 'Nu Html Checker',
              target: `${b.dir}/`,
              ok: false,
              figures: 'could not run',
              failures: [String(error instanceof Error ? error.message : error)],
              ms,
            },
      );
    }
  }

  if (!wanted('links') && !wanted('lighthouse')) return;
  const previews = new Map<Build, Preview>();
  try {
    for (const b of BUILDS) {
      if (!wanted('links') && b.base !== '/') continue;
      await step('astro preview', `${b.dir}/ at ${b.base}`, async () => {
        const p = await startPreview(snap(b), b.base);
        previews.set(b, p);
        return { ok: true, figures: `answered at ${p.url}`, failures: [] };
      });
    }

    if (wanted('links')) {
      for (const b of BUILDS) {
        const p = previews.get(b);
        if (!p) continue;
        await step('Links (linkinator)', `${b.dir}/ at ${b.base}`, async () => {
          const r = await runLinks(p, siteOrigin(b));
          const fragments = countFragmentLinks(
            htmlFiles(snap(b)).map((f) => readFileSync(f, 'utf8')),
            b.base,
          );
          const show = (u?: string) => (u ? u.replace(p.origin, '') : '?');
          return {
            ok: r.broken.length === 0,
            figures: `${r.pages} pages crawled, ${r.links} URLs (${r.ok} ok; skipped: ${r.external} external, ${r.nonHttp} not http), ${fragments} #fragment links verified, ${r.broken.length} broken`,
            failures: r.broken.map(
              (l) =>
                `${show(l.url)} (${l.status ? `HTTP ${l.status}` : 'no answer'}${l.status === 200 ? ', no element with that id' : ''}) linked from ${show(l.parent)}${l.text ? ` as “${l.text}”` : ''}`,
            ),
          };
        });
      }
    }

    const root = BUILDS[0];
    const p = root && previews.get(root);
    if (wanted('lighthouse') && root && p) {
      const outDir = mkdtempSync(join(tmpdir(), 'dossier-lighthouse-'));
      process.stderr.write(`Lighthouse reports (JSON and HTML) go to ${outDir}\n`);
      for (const page of lighthousePages(root)) {
        const { path } = page;
        await step('Lighthouse', `${root.base}${path ?? ''} (${page.name})`, async () => {
          if (path === undefined)
            return { ok: false, figures: 'no page to score', failures: [page.missing ?? ''] };
          const all: LighthouseResult[] = [];
          for (let i = 1; i <= runs; i++) {
            all.push(
              await runLighthouse(
                `${page.name.replaceAll(' ', '-')}${runs > 1 ? `-${i}` : ''}`,
                p.url + path,
                outDir,
                chromePath,
              ),
            );
          }
          // The median run by performance, as Lighthouse advises for variable machines.
          all.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
          const r = all[Math.floor((all.length - 1) / 2)];
          if (!r) throw new Error('no Lighthouse run');
          lighthouseResults.push(r);
          const low = CATEGORIES.filter((c) => (r.scores[c] ?? 0) < THRESHOLD);
          const failures = [
            ...(r.status !== 200 ? [`${root.base}${page.path} answers HTTP ${r.status}`] : []),
            ...(r.runtimeError ? [`runtime error: ${r.runtimeError}`] : []),
            ...low.map((c) =>
              r.scores[c] === null
                ? `${c}: not scored`
                : `${c} ${score(r.scores[c])} < ${THRESHOLD}: ${(r.shortfalls[c] ?? ['no scored audit below 1']).join(', ')}`,
            ),
          ];
          return {
            ok: failures.length === 0,
            figures:
              CATEGORIES.map((c) => `${c} ${score(r.scores[c])}`).join(', ') +
              (runs > 1
                ? ` (median of ${all.map((x) => score(x.scores.performance)).join(' ')})`
                : ''),
            failures,
          };
        });
      }
    }
  } finally {
    await Promise.all([...previews.values()].map((p) => p.stop()));
    await stopAll();
  }
}

function cleanUp(): void {
  rmSync(workDir, { recursive: true, force: true });
}

await main().catch((e) =>
  rows.push({
    tool: 'audit',
    target: '—',
    ok: false,
    figures: 'crashed',
    failures: [String(e instanceof Error ? e.stack : e)],
    ms: 0,
  }),
);

console.log('\n## Audit\n');
console.log(
  markdownTable(
    ['Tool', 'Target', 'Result', 'Figures', 'Time'],
    rows.map((r) => [r.tool, r.target, r.ok ? 'pass' : 'FAIL', r.figures, r.time ?? seconds(r.ms)]),
  ),
);
if (lighthouseResults.length) {
  console.log(`\n## Lighthouse (mobile), each score at least ${THRESHOLD}\n`);
  console.log(
    markdownTable(
      [
        'Page',
        'Path',
        'Performance',
        'Accessibility',
        'Best practices',
        'SEO',
        'CPU benchmark',
        'Load',
      ],
      lighthouseResults.map((r) => [
        r.name.replace(/-\d+$/, '').replaceAll('-', ' '),
        decodeURI(new URL(r.url).pathname),
        ...CATEGORIES.map(
          (c) => `${score(r.scores[c])}${(r.scores[c] ?? 0) < THRESHOLD ? ' ✗' : ''}`,
        ),
        r.benchmarkIndex === undefined ? '—' : String(Math.round(r.benchmarkIndex)),
        `${r.load.toFixed(1)}/${cores}`,
      ]),
    ),
  );
  console.log(
    '\nCPU benchmark: Lighthouse’s benchmarkIndex of this machine at the start of the run (its mobile preset slows the CPU 4× and assumes a fast desktop, over 1000).' +
      ' Load: the 1-minute load average over the number of cores when the run started.',
  );
  if (lighthouseResults.some((r) => (r.benchmarkIndex ?? Infinity) < 1000 || r.load > cores)) {
    console.log(
      'This machine was slow or busy during some runs: that lowers the performance score (total blocking time, speed index) of the very same pages.' +
        ' Audit on an idle machine before reading a performance failure as a fault of the site.',
    );
  }
  const dir = lighthouseResults[0]?.reportPath.replace(/\/[^/]+$/, '');
  console.log(`\nFull reports: ${dir}/*.report.html`);
}
const failed = rows.filter((r) => !r.ok);
if (failed.length) {
  console.log('\n## Failures\n');
  for (const r of failed) {
    console.log(`${r.tool} — ${r.target}:`);
    for (const f of r.failures) console.log(`  - ${f}`);
  }
}
console.log(
  `\n${failed.length ? `${failed.length} of ${rows.length} checks failed` : `All ${rows.length} checks passed`} in ${seconds(Date.now() - started)}.`,
);
cleanUp();
process.exit(failed.length ? 1 : 0);
