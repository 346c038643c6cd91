/**
 * `tsx tests/e2e/hostile-site.ts`: builds the hostile dossier that the `hostile` Playwright
 * project serves (its webServer runs this, then `astro preview` on dist-hostile/). The
 * fixtures of tests/fixtures/hostile/ go into a temporary seeds folder with the real
 * outlets.yaml and actors.yaml, the 1 MB article is written there, and the dossier goes
 * through the same normalizer and atomic build as the real one, into dist-hostile/.
 * Exits non-zero, naming the stage, if either fails.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureDossier, keepContentModules } from '../../scripts/fixture-dossier';
import { FIXTURE, HUGE_FILE, hugeArticle, OUT, ROOT } from './hostile-fixture';

const work = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
const restoreModules = keepContentModules(work);
const seeds = join(work, 'seeds');
const content = join(work, 'content');

try {
  cpSync(FIXTURE, seeds, { recursive: true });
  for (const file of ['outlets.yaml', 'actors.yaml'])
    copyFileSync(join(ROOT, 'seeds', file), join(seeds, file));
  writeFileSync(
    join(seeds, HUGE_FILE),
    hugeArticle(readFileSync(join(FIXTURE, 'hostile.txt'), 'utf8')),
  );
  process.exitCode = buildFixtureDossier('hostile site', seeds, content, join(ROOT, OUT)) ? 0 : 1;
} finally {
  restoreModules();
  rmSync(work, { recursive: true, force: true });
}
