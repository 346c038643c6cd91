/**
 * `tsx tests/e2e/hostile-site.ts`: builds the hostile dossier that the `hostile` Playwright
 * project serves (its webServer runs this, then `astro preview` on dist-hostile/). The
 * fixtures of tests/fixtures/hostile/ go into a temporary seeds folder with the real
 * outlets.yaml and actors.yaml, the 1 MB article is written there, and the dossier goes
 * through the same normalizer and atomic build as the real one, into dist-hostile/.
 * Exits non-zero, naming the stage, if either fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepContentModules, TSX } from '../unit/support/processes';
import { FIXTURE, HUGE_FILE, hugeArticle, OUT, ROOT } from './hostile-fixture';

const work = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
const restoreModules = keepContentModules(work);
const seeds = join(work, 'seeds');
const content = join(work, 'content');

/** Runs one stage on the project's Node; says which failed. */
function step(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): boolean {
  const started = performance.now();
  const { status } = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (status !== 0) console.error(`hostile site: ${name} failed (exit code ${status})`);
  else console.log(`hostile site: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

try {
  cpSync(FIXTURE, seeds, { recursive: true });
  for (const file of ['outlets.yaml', 'actors.yaml']) copyFileSync(join(ROOT, 'seeds', file), join(seeds, file));
  writeFileSync(join(seeds, HUGE_FILE), hugeArticle(readFileSync(join(FIXTURE, 'hostile.txt'), 'utf8')));
  const built =
    step('normalize', [TSX, 'scripts/normalize.ts', '--seeds', seeds, '--out', content]) &&
    step('build', [TSX, 'scripts/build.ts'], { DOSSIER_SEEDS: seeds, DOSSIER_CONTENT: content, DOSSIER_OUT: join(ROOT, OUT) });
  process.exitCode = built ? 0 : 1;
} finally {
  restoreModules();
  rmSync(work, { recursive: true, force: true });
}
