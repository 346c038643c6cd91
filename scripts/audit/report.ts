/**
 * The audit's report, as printed at the end of `npm run audit`: a row per check, the
 * Lighthouse scores page by page with the machine's speed and load, then every failure.
 * Pure; scripts/audit/run.ts prints it.
 */
import type { Row } from './gates';
import { CATEGORIES, THRESHOLD, type LighthouseResult } from './lighthouse';
import { markdownTable, score, seconds } from './table';

export interface Report {
  rows: readonly Row[];
  lighthouse: readonly LighthouseResult[];
  /** how long the whole audit took */
  ms: number;
  /** the machine's cores, against which the load is read */
  cores: number;
}

function lighthouseSection(results: readonly LighthouseResult[], cores: number): string[] {
  const lines = [
    `\n## Lighthouse (mobile), each score at least ${THRESHOLD}\n`,
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
      results.map((r) => [
        r.name.replace(/-\d+$/, '').replaceAll('-', ' '),
        decodeURI(new URL(r.url).pathname),
        ...CATEGORIES.map(
          (c) => `${score(r.scores[c])}${(r.scores[c] ?? 0) < THRESHOLD ? ' ✗' : ''}`,
        ),
        r.benchmarkIndex === undefined ? '—' : String(Math.round(r.benchmarkIndex)),
        `${r.load.toFixed(1)}/${cores}`,
      ]),
    ),
    '\nCPU benchmark: Lighthouse’s benchmarkIndex of this machine at the start of the run (its mobile preset slows the CPU 4× and assumes a fast desktop, over 1000).' +
      ' Load: the 1-minute load average over the number of cores when the run started.',
  ];
  if (results.some((r) => (r.benchmarkIndex ?? Infinity) < 1000 || r.load > cores)) {
    lines.push(
      'This machine was slow or busy during some runs: that lowers the performance score (total blocking time, speed index) of the very same pages.' +
        ' Audit on an idle machine before reading a performance failure as a fault of the site.',
    );
  }
  const dir = results[0]?.reportPath.replace(/\/[^/]+$/, '');
  lines.push(`\nFull reports: ${dir}/*.report.html`);
  return lines;
}

export function renderReport({ rows, lighthouse, ms, cores }: Report): string {
  const lines = [
    '\n## Audit\n',
    markdownTable(
      ['Tool', 'Target', 'Result', 'Figures', 'Time'],
      rows.map((r) => [
        r.tool,
        r.target,
        r.ok ? 'pass' : 'FAIL',
        r.figures,
        r.time ?? seconds(r.ms),
      ]),
    ),
  ];
  if (lighthouse.length) lines.push(...lighthouseSection(lighthouse, cores));
  const failed = rows.filter((r) => !r.ok);
  if (failed.length) {
    lines.push('\n## Failures\n');
    for (const r of failed) {
      lines.push(`${r.tool} — ${r.target}:`);
      for (const f of r.failures) lines.push(`  - ${f}`);
    }
  }
  lines.push(
    `\n${failed.length ? `${failed.length} of ${rows.length} checks failed` : `All ${rows.length} checks passed`} in ${seconds(ms)}.`,
  );
  return lines.join('\n');
}
