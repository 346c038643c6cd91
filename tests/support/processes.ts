/**
 * For the tests that run the project's scripts as the user would: a child process on the
 * project's own Node, and a fingerprint of a folder to prove a failed run left it as it was.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

import { ROOT } from '../../scripts/fixture-dossier.ts';

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
export function runNode(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeout?: number; cwd?: string } = {},
): Promise<Run> {
  const { env = {}, timeout = 60_000, cwd = ROOT } = options;
  return new Promise((done) => {
    execFile(
      process.execPath,
      args,
      {
        cwd,
        encoding: 'utf8',
        timeout,
        maxBuffer: 32 * 1024 * 1024,
        env: { ...process.env, ...env },
      },
      (error, stdout, stderr) => {
        done({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout: stripVTControlCharacters(stdout),
          stderr: stripVTControlCharacters(stderr),
        });
      },
    );
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
