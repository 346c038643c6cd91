/**
 * Lighthouse (the `lighthouse` CLI, in Debian's Chromium, headless) on one page of a served
 * build: the mobile preset (Lighthouse's default form factor, with simulated throttling),
 * the four categories performance, accessibility, best practices and SEO.
 * Nothing leaves the machine: the pages load only their own files (their
 * Content-Security-Policy allows 'self' alone) and background networking is off.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The score every category must reach on every page. */
export const THRESHOLD = 0.98;

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

export interface LighthouseResult {
  name: string;
  url: string;
  /** HTTP status of the page itself */
  status: number;
  /** 0–1 per category; null when Lighthouse could not score it */
  scores: Record<Category, number | null>;
  /** the scored audits that did not pass fully, per category, e.g. "color-contrast (0)" */
  shortfalls: Partial<Record<Category, string[]>>;
  runtimeError?: string;
  /** Lighthouse's measure of this machine's CPU speed during the run (a fast desktop scores over 1000) */
  benchmarkIndex?: number;
  /** the machine's 1-minute load average when the run started */
  load: number;
  warnings: string[];
  reportPath: string;
}

/** The parts of Lighthouse's JSON report (its "LHR") that the audit reads, checked on reading. */
const LhrSchema = z.object({
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  runWarnings: z.array(z.string()).optional(),
  environment: z.object({ benchmarkIndex: z.number().optional() }).optional(),
  categories: z.record(
    z.string(),
    z.object({
      score: z.number().nullable(),
      auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
    }),
  ),
  audits: z.record(
    z.string(),
    z.object({
      score: z.number().nullable(),
      scoreDisplayMode: z.string(),
      title: z.string(),
      displayValue: z.string().optional(),
    }),
  ),
});

const lighthouseCli = join(
  createRequire(import.meta.url).resolve('lighthouse/package.json'),
  '..',
  'cli',
  'index.js',
);

export async function runLighthouse(
  name: string,
  url: string,
  outDir: string,
  chromePath: string,
): Promise<LighthouseResult> {
  const load = loadavg()[0] ?? 0;
  const res = await fetch(url);
  await res.arrayBuffer();
  const outputPath = join(outDir, name);
  const args = [
    lighthouseCli,
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--output=json',
    '--output=html',
    `--output-path=${outputPath}`,
    '--disable-full-page-screenshot',
    '--quiet',
  ];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
    (done, fail) => {
      // process.execPath: the project's Node (Lighthouse 13 needs Node 22.19 or newer).
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stderr }));
    },
  );
  const reportPath = `${outputPath}.report.json`;
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch {
    throw new Error(`lighthouse ${url} exited ${code} without a report:\n${stderr.trim()}`);
  }
  const lhr = LhrSchema.parse(report);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
  ) as Record<Category, number | null>;
  const shortfalls: Partial<Record<Category, string[]>> = {};
  for (const c of CATEGORIES) {
    const misses = (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .map(
        ({ id, audit }) =>
          `${id} (${audit?.score}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`,
      );
    if (misses.length) shortfalls[c] = misses;
  }
  return {
    name,
    url,
    status: res.status,
    scores,
    shortfalls,
    runtimeError: lhr.runtimeError
      ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
      : undefined,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    load,
    warnings: lhr.runWarnings ?? [],
    reportPath,
  };
}
