import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the built
 * site served by `astro preview`: once at the root (dist/), once built with
 * BASE_PATH=/dossier/ (dist-base/), and the hostile dossier of tests/fixtures/hostile/,
 * which its server builds first (tests/e2e/hostile-site.ts, into dist-hostile/) and only
 * the `hostile` project tests, and the dossier of PolNeAR's dev split (`npm run eval:site`,
 * into dist-polnear/), which only the `polnear` project tests.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOSTILE = /hostile\.spec\.ts$/;
const POLNEAR = /polnear\.spec\.ts$/;
/** The public corpus is kept beside the project (../shared/corpora/polnear), not in it: without it, its project does not run. */
const CORPUS = process.env.POLNEAR_DIR ?? '../shared/corpora/polnear';
const withCorpus = existsSync(CORPUS);

/**
 * Whether `--project` selects this project (all are selected without it). Playwright starts
 * every webServer whatever projects run, and the hostile one builds a site first: each server
 * is only listed when a project that needs it runs.
 */
function selected(project: string): boolean {
  const filters: string[] = [];
  // `--project a b` takes every value up to the next option, like Playwright; `--project=a` one.
  let taking = false;
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('-')) taking = arg === '--project';
    if (arg.startsWith('--project=')) filters.push(arg.slice('--project='.length));
    else if (taking && arg !== '--project') filters.push(arg);
  }
  const matches = (filter: string) =>
    new RegExp(`^${filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`, 'i').test(
      project,
    );
  return filters.length === 0 || filters.some(matches);
}

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'root', testIgnore: [HOSTILE, POLNEAR], use: { baseURL: 'http://127.0.0.1:4321/' } },
    {
      name: 'base-path',
      testIgnore: [HOSTILE, POLNEAR],
      use: { baseURL: 'http://127.0.0.1:4322/dossier/' },
    },
    { name: 'hostile', testMatch: HOSTILE, use: { baseURL: 'http://127.0.0.1:4323/' } },
    ...(withCorpus
      ? [{ name: 'polnear', testMatch: POLNEAR, use: { baseURL: 'http://127.0.0.1:4324/' } }]
      : []),
  ],
  webServer: [
    ...(selected('root')
      ? [
          {
            command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4321',
            url: 'http://127.0.0.1:4321/',
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    ...(selected('base-path')
      ? [
          {
            command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4322',
            url: 'http://127.0.0.1:4322/dossier/',
            reuseExistingServer: !process.env.CI,
            env: { BASE_PATH: '/dossier/', DOSSIER_OUT: './dist-base' },
          },
        ]
      : []),
    ...(selected('hostile')
      ? [
          {
            command:
              'tsx tests/e2e/hostile-site.ts && astro preview --ignore-lock --host 127.0.0.1 --port 4323',
            url: 'http://127.0.0.1:4323/',
            // The build of the hostile dossier (its 1 MB article included) comes first.
            timeout: 300_000,
            reuseExistingServer: !process.env.CI,
            env: { DOSSIER_OUT: './dist-hostile' },
          },
        ]
      : []),
    ...(withCorpus && selected('polnear')
      ? [
          {
            command: `tsx scripts/eval/site.ts --corpus ${CORPUS} --out dist-polnear && astro preview --ignore-lock --host 127.0.0.1 --port 4324`,
            url: 'http://127.0.0.1:4324/',
            timeout: 300_000,
            reuseExistingServer: !process.env.CI,
            env: { DOSSIER_OUT: './dist-polnear' },
          },
        ]
      : []),
  ],
});
