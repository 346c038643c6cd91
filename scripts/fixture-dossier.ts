/**
 * Builds a dossier other than the project's own (the hostile fixture, a dossier of PolNeAR
 * articles) from a seeds folder, through the same normalizer and atomic build, into its own
 * output folder, without touching content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const TSX = join(ROOT, 'node_modules/.bin/tsx');

/**
 * A build of a fixture dossier (DOSSIER_CONTENT) rewrites .astro/content-modules.mjs with the
 * fixture's paths. Returns a function that puts the project's version back, unless another
 * build rewrote it since (then it no longer names the fixture's folder).
 */
export function keepContentModules(fixtureDir: string): () => void {
  const path = join(ROOT, '.astro', 'content-modules.mjs');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  return () => {
    if (
      before !== null &&
      existsSync(path) &&
      readFileSync(path, 'utf8').includes(encodeURIComponent(basename(fixtureDir)))
    )
      writeFileSync(path, before);
  };
}

/**
 * Normalizes `seeds` into `content` and builds the site into `out`, each stage on the
 * project's Node, printing its time; says which stage failed. Returns whether both passed.
 */
export function buildFixtureDossier(
  label: string,
  seeds: string,
  content: string,
  out: string,
): boolean {
  const step = (name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) => {
    const started = performance.now();
    const { status } = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    if (status !== 0) console.error(`${label}: ${name} failed (exit code ${status})`);
    else
      console.log(
        `${label}: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    return status === 0;
  };
  return (
    step('normalize', [TSX, 'scripts/normalize.ts', '--seeds', seeds, '--out', content]) &&
    step('build', [TSX, 'scripts/build.ts'], {
      DOSSIER_SEEDS: seeds,
      DOSSIER_CONTENT: content,
      DOSSIER_OUT: out,
    })
  );
}
