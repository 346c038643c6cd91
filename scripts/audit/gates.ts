/**
 * The audit's gates, each adding rows to the report: the Nu Html Checker over every build,
 * linkinator over each served build, Lighthouse over the pages of the root build. An
 * exception is a failed row, not a crash, so the other gates still run. The verdicts and
 * failure lines are pure functions. For scripts/audit/run.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snap, lighthousePages, siteOrigin, type Build } from './builds';
import { CATEGORIES, runLighthouse, THRESHOLD, type LighthouseResult } from './lighthouse';
import { countFragmentLinks, runLinks, type BrokenLink } from './links';
import { startPreview, type Preview } from './serve';
import { score, seconds } from './table';
import { htmlFiles, runVnu, type VnuError, type VnuResult } from './vnu';

export interface Row {
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
export type Outcome = Omit<Row, 'tool' | 'target' | 'ms'>;

/** Runs one gate; an exception is a failed row, not a crash, so the other gates still run. */
export async function step(
  rows: Row[],
  tool: string,
  target: string,
  body: () => Promise<Outcome>,
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

/** One Nu Html Checker error as a line: where, on which page, what, and the markup quoted. */
export function vnuFailure(e: VnuError): string {
  return `${e.file}:${e.line ?? '?'}:${e.column ?? '?'} (${e.page}): ${e.message}${e.extract ? ` — “${e.extract.replace(/\s+/g, ' ').trim()}”` : ''}`;
}

/** A row per build from one Nu Html Checker run over all of them (or its error). */
export function vnuRows(
  builds: readonly Build[],
  results: readonly VnuResult[] | undefined,
  error: unknown,
  ms: number,
): Row[] {
  return builds.map((b) => {
    const r = results?.find((x) => x.label === b.dir);
    return r
      ? {
          tool: 'Nu Html Checker',
          target: `${b.dir}/`,
          ok: r.errors.length === 0,
          figures: `${r.files} pages, ${r.errors.length} errors`,
          failures: r.errors.map(vnuFailure),
          ms,
          time: `${seconds(ms)} (one run, ${builds.length} builds)`,
        }
      : {
          tool: 'Nu Html Checker',
          target: `${b.dir}/`,
          ok: false,
          figures: 'could not run',
          failures: [String(error instanceof Error ? error.message : error)],
          ms,
        };
  });
}

export async function vnuGate(rows: Row[], builds: readonly Build[]): Promise<void> {
  let results: VnuResult[] | undefined;
  let error: unknown;
  const t0 = Date.now();
  process.stderr.write(`… Nu Html Checker: ${builds.map((b) => b.dir + '/').join(', ')}\n`);
  try {
    results = await runVnu(builds.map((b) => ({ dir: snap(b), label: b.dir })));
  } catch (e) {
    error = e;
  }
  rows.push(...vnuRows(builds, results, error, Date.now() - t0));
}

/** Starts `astro preview` on a build, as a row of its own. */
export async function previewGate(
  rows: Row[],
  previews: Map<Build, Preview>,
  b: Build,
): Promise<void> {
  await step(rows, 'astro preview', `${b.dir}/ at ${b.base}`, async () => {
    const p = await startPreview(snap(b), b.base);
    previews.set(b, p);
    return { ok: true, figures: `answered at ${p.url}`, failures: [] };
  });
}

/** One broken link as a line, its URLs shown relative to the server's origin. */
export function linkFailure(l: BrokenLink, origin: string): string {
  const show = (u?: string) => (u ? u.replace(origin, '') : '?');
  return `${show(l.url)} (${l.status ? `HTTP ${l.status}` : 'no answer'}${l.status === 200 ? ', no element with that id' : ''}) linked from ${show(l.parent)}${l.text ? ` as “${l.text}”` : ''}`;
}

export async function linksGate(rows: Row[], b: Build, p: Preview): Promise<void> {
  await step(rows, 'Links (linkinator)', `${b.dir}/ at ${b.base}`, async () => {
    const r = await runLinks(p, siteOrigin(b));
    const fragments = countFragmentLinks(
      htmlFiles(snap(b)).map((f) => readFileSync(f, 'utf8')),
      b.base,
    );
    return {
      ok: r.broken.length === 0,
      figures: `${r.pages} pages crawled, ${r.links} URLs (${r.ok} ok; skipped: ${r.external} external, ${r.nonHttp} not http), ${fragments} #fragment links verified, ${r.broken.length} broken`,
      failures: r.broken.map((l) => linkFailure(l, p.origin)),
    };
  });
}

/** Runs in order of performance score, unscored first. */
const byPerformance = (all: readonly LighthouseResult[]) =>
  [...all].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));

/** The median run by performance, as Lighthouse advises for variable machines. */
export function medianByPerformance(
  all: readonly LighthouseResult[],
): LighthouseResult | undefined {
  const sorted = byPerformance(all);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The verdict on one page from the run kept (`r`) among all its runs: each category at
 * least THRESHOLD, the page answering 200, no runtime error. `where` is the page's path;
 * the figures list every run's performance score, lowest first.
 */
export function lighthouseOutcome(
  r: LighthouseResult,
  where: string,
  all: readonly LighthouseResult[],
): Outcome {
  const low = CATEGORIES.filter((c) => (r.scores[c] ?? 0) < THRESHOLD);
  const failures = [
    ...(r.status !== 200 ? [`${where} answers HTTP ${r.status}`] : []),
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
      (all.length > 1
        ? ` (median of ${byPerformance(all)
            .map((x) => score(x.scores.performance))
            .join(' ')})`
        : ''),
    failures,
  };
}

/** Lighthouse `runs` times on every page of the root build; the kept runs go to `results`. */
export async function lighthouseGate(
  rows: Row[],
  results: LighthouseResult[],
  root: Build,
  p: Preview,
  { runs, chromePath }: { runs: number; chromePath: string },
): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'dossier-lighthouse-'));
  process.stderr.write(`Lighthouse reports (JSON and HTML) go to ${outDir}\n`);
  for (const page of lighthousePages(root)) {
    const { path } = page;
    await step(rows, 'Lighthouse', `${root.base}${path ?? ''} (${page.name})`, async () => {
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
      const r = medianByPerformance(all);
      if (!r) throw new Error('no Lighthouse run');
      results.push(r);
      return lighthouseOutcome(r, `${root.base}${path}`, all);
    });
  }
}
