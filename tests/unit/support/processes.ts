/**
 * For the tests that run the project's scripts as the user would: a child process on the
 * project's own Node, and a fingerprint of a folder to prove a failed run left it as it was.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <args>` in the project folder with extra environment variables; never rejects.
 * Its output comes back as the words a reader sees: Astro's logger colours it when the
 * environment says CI, even into a pipe.
 */
export function runNode(args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeout?: number; cwd?: string } = {}): Promise<Run> {
  const { env = {}, timeout = 60_000, cwd = ROOT } = options;
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, encoding: 'utf8', timeout, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) });
    });
  });
}

/** Every file under `dir`, by relative path, with the SHA-256 of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/**
 * A build of a fixture dossier (DOSSIER_CONTENT) rewrites .astro/content-modules.mjs with the
 * fixture's paths. Returns a function that puts the project's version back, unless another
 * build rewrote it since (then it no longer names the fixture's folder).
 */
export function keepContentModules(fixtureDir: string): () => void {
  const path = join(ROOT, '.astro', 'content-modules.mjs');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  return () => {
    if (before !== null && existsSync(path) && readFileSync(path, 'utf8').includes(encodeURIComponent(basename(fixtureDir)))) writeFileSync(path, before);
  };
}
