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
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS, missingBuild, snapshotBuilds, type Build } from './builds';
import { linksGate, lighthouseGate, previewGate, vnuGate, type Row } from './gates';
import type { LighthouseResult } from './lighthouse';
import { chromiumPath, parseOptions } from './options';
import { renderReport } from './report';
import { stopAll, type Preview } from './serve';

/** the folder of the build copies, once made */
let work: string | undefined;

function fail(message: string): never {
  console.error(message);
  if (work) rmSync(work, { recursive: true, force: true });
  process.exit(2);
}

const options = parseOptions(process.argv.slice(2));
if ('error' in options) fail(options.error);
const { runs, tools } = options;
const started = Date.now();

const missing = missingBuild(BUILDS);
if (missing) fail(missing);
const chromePath = chromiumPath(process.env);
if (tools.has('lighthouse') && !existsSync(chromePath)) {
  fail(
    `Lighthouse needs Chromium at ${chromePath} (or set CHROME_PATH): run \`bash scripts/ensure-chromium.sh\` or \`apt-get install -y chromium\`.`,
  );
}

work = mkdtempSync(join(tmpdir(), 'dossier-audit-'));
const copyFailure = snapshotBuilds(BUILDS, work);
if (copyFailure) fail(copyFailure);
const workDir = work;
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

async function main(): Promise<void> {
  if (tools.has('vnu')) await vnuGate(rows, BUILDS);

  if (!tools.has('links') && !tools.has('lighthouse')) return;
  const previews = new Map<Build, Preview>();
  try {
    for (const b of BUILDS) {
      if (!tools.has('links') && b.base !== '/') continue;
      await previewGate(rows, previews, b);
    }

    if (tools.has('links')) {
      for (const b of BUILDS) {
        const p = previews.get(b);
        if (p) await linksGate(rows, b, p);
      }
    }

    const root = BUILDS[0];
    const p = root && previews.get(root);
    if (tools.has('lighthouse') && root && p)
      await lighthouseGate(rows, lighthouseResults, root, p, { runs, chromePath });
  } finally {
    await Promise.all([...previews.values()].map((p) => p.stop()));
    await stopAll();
  }
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

console.log(
  renderReport({
    rows,
    lighthouse: lighthouseResults,
    ms: Date.now() - started,
    cores: availableParallelism(),
  }),
);
rmSync(workDir, { recursive: true, force: true });
process.exit(rows.some((r) => !r.ok) ? 1 : 0);
