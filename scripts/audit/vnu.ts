/**
 * The Nu Html Checker (vnu.jar, the W3C validator's engine, from the npm package vnu-jar),
 * run once over every built site: `java -jar vnu.jar --errors-only --skip-non-html
 * --format json <dir>…`. Offline: it checks documents against its bundled schemas.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';

export interface VnuError {
  /** the file, relative to the project, e.g. dist/about/index.html */
  file: string;
  /** the page's path on the site, e.g. /about/ */
  page: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

export interface VnuResult {
  /** the folder checked */
  dir: string;
  /** the name to report its files under (e.g. dist, for a snapshot of dist/ elsewhere) */
  label: string;
  files: number;
  errors: VnuError[];
}

/** One message of vnu.jar's JSON report (`--format json`), checked on reading. */
const VnuReportSchema = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      firstColumn: z.number().optional(),
      lastColumn: z.number().optional(),
      message: z.string().optional(),
      extract: z.string().optional(),
    }),
  ),
});

export const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Every *.html file under dir (what --skip-non-html leaves to check). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** dist/about/index.html -> /about/ ; dist/404.html -> /404.html */
export function pageOf(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

export async function runVnu(
  targets: { dir: string; label: string }[],
  java = process.env.JAVA ?? 'java',
): Promise<VnuResult[]> {
  const dirs = targets.map((t) => t.dir);
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
    (done, fail) => {
      const child = spawn(
        java,
        ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs],
        {
          stdio: ['ignore', 'inherit', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', (e: NodeJS.ErrnoException) =>
        fail(
          e.code === 'ENOENT'
            ? new Error(
                `The Nu Html Checker needs Java 11 or newer: "${java}" was not found (install a JRE, e.g. apt-get install -y default-jre-headless, or set JAVA).`,
              )
            : e,
        ),
      );
      child.on('close', (code) => done({ code, stderr }));
    },
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(stderr);
  } catch {
    throw new Error(`vnu.jar exited ${code} without a JSON report:\n${stderr.trim()}`);
  }
  const report = VnuReportSchema.parse(parsed);
  const results = targets.map((t) => ({
    ...t,
    abs: resolve(t.dir) + sep,
    files: htmlFiles(t.dir).length,
    errors: [] as VnuError[],
  }));
  for (const m of report.messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?');
    const target = results.find((r) => file.startsWith(r.abs)) ?? results[0];
    if (!target) continue;
    target.errors.push({
      file: file.startsWith(target.abs) ? join(target.label, relative(target.dir, file)) : file,
      page: file.startsWith(target.abs) ? pageOf(target.dir, file) : file,
      line: m.lastLine,
      column: m.firstColumn ?? m.lastColumn,
      message:
        m.type === 'error' ? (m.message ?? '') : `${m.subType ?? 'error'}: ${m.message ?? ''}`,
      extract: m.extract,
    });
  }
  if (code !== 0 && report.messages.length === 0)
    throw new Error(`vnu.jar exited ${code}:\n${stderr.trim()}`);
  return results.map(({ dir, label, files, errors }) => ({ dir, label, files, errors }));
}
