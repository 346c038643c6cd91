/**
 * `npm run build` is atomic: `scripts/build.ts` builds into a temporary sibling of the output
 * folder and swaps it in only when the Astro build and the search index both succeeded. On
 * broken content (a frontmatter field Astro's schema refuses, an outlet that does not exist)
 * it must fail, say where, and leave the previous build byte for byte as it was, with no
 * temporary folder behind; broken seeds stop the normalize-then-build chain before any of it.
 * Each case runs over an output folder that holds a sentinel tree standing for a good build.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepContentModules, ROOT, TSX } from '../../scripts/fixture-dossier.ts';
import { runNode, snapshot } from '../support/processes.ts';

const BUILD = join(ROOT, 'scripts/build.ts');
const INDEX = join(ROOT, 'scripts/index-search.ts');
/** An Astro build takes seconds alone, and much longer on a loaded machine. */
const TIMEOUT = 240_000;
const ARTICLE = 'facing-putin-macron-says-he-hopes-to-start-a-de-escalation';

let work: string;
let restoreModules: () => void;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-build-'));
  restoreModules = keepContentModules(work);
});

afterAll(() => {
  if (!work) return;
  restoreModules();
  rmSync(work, { recursive: true, force: true });
});

/** A case folder with a copy of content/ and an output folder holding a previous "build". */
function caseDir(name: string): { dir: string; content: string; out: string } {
  const dir = join(work, name);
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  mkdirSync(join(out, 'articles', ARTICLE), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous build</title>\n');
  writeFileSync(
    join(out, 'articles', ARTICLE, 'index.html'),
    '<p>the previous build of this article</p>\n',
  );
  return { dir, content, out };
}

/** Replaces exactly one occurrence of `from` in a file (fails if absent, so a case cannot silently test nothing). */
function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: “${from}” not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/** A `dist.tmp-*` or `dist.old-*` folder left beside the output. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('dist.'));

const build = (content: string, out: string) =>
  runNode([TSX, BUILD], {
    env: { DOSSIER_CONTENT: content, DOSSIER_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: TIMEOUT,
  });

describe(
  'broken content stops the build and leaves the previous build as it was',
  { timeout: TIMEOUT },
  () => {
    it.each([
      {
        name: 'a frontmatter field the schema refuses (published: 2022-13-45)',
        field: '"published":"2022-02-07"',
        broken: '"published":"2022-13-45"',
        // Astro's message names the file and the field.
        says: [
          new RegExp(`content/articles/${ARTICLE}\\.mdx`),
          /published: write the date as YYYY-MM-DD/,
        ],
        stage: /the astro build stage failed \(exit code 1\)/,
      },
      {
        name: 'an outlet that does not exist (Astro only logs it, and exits 0)',
        field: '"outlet":"rfi"',
        broken: '"outlet":"le-monde"',
        says: [
          new RegExp(
            `entry "${ARTICLE}" in collection "articles" \\(field: outlet\\) references "le-monde" in collection "outlets", but that entry does not exist`,
          ),
        ],
        stage:
          /the astro build stage logged 1 error \(above\), so it failed even though it exited 0/,
      },
    ])('$name', async ({ name, field, broken, says, stage }) => {
      const { dir, content, out } = caseDir(name.replace(/[^a-z0-9]+/gi, '-'));
      edit(join(content, 'articles', `${ARTICLE}.mdx`), field, broken);
      const before = snapshot(out);

      const run = await build(content, out);

      expect(run.code, run.stdout + run.stderr).not.toBe(0);
      for (const pattern of says) expect(run.stderr).toMatch(pattern);
      expect(run.stderr).toMatch(stage);
      expect(run.stderr).toContain(`${out}/ was left as it was.`);
      expect(run.stdout).not.toMatch(/replaced by the new build/);
      expect(snapshot(out)).toEqual(before);
      expect(leftovers(dir)).toEqual([]);
    });
  },
);

describe('broken seeds stop the normalize-then-build chain', { timeout: TIMEOUT }, () => {
  it('an empty seed file: normalize names it and exits 1, the build never starts, content/ and dist/ are untouched', async () => {
    const { dir, content, out } = caseDir('empty-seed');
    const seeds = join(dir, 'seeds');
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    const seed = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
    rmSync(join(seeds, seed), { force: true });
    writeFileSync(join(seeds, seed), '');
    const [contentBefore, outBefore] = [snapshot(content), snapshot(out)];

    // The chain as a shell runs it: `normalize && build`.
    const run = await runNode(
      [
        '-e',
        `
      const { spawnSync } = require('node:child_process');
      const step = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status;
      const status = step([${JSON.stringify(TSX)}, 'scripts/normalize.ts', '--seeds', ${JSON.stringify(seeds)}, '--out', ${JSON.stringify(content)}]);
      process.exit(status === 0 ? step([${JSON.stringify(TSX)}, ${JSON.stringify(BUILD)}]) : status);
    `,
      ],
      { env: { DOSSIER_CONTENT: content, DOSSIER_OUT: out } },
    );

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`normalize: seeds/${seed}: the seed text is empty.`);
    expect(run.stderr).toMatch(/Nothing was written\./);
    expect(run.stdout + run.stderr).not.toMatch(/build:|\[build\]/);
    expect(snapshot(content)).toEqual(contentBefore);
    expect(snapshot(out)).toEqual(outBefore);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('a good build replaces the previous one whole', { timeout: TIMEOUT }, () => {
  it('the new site and its search index take the place of the old folder, and nothing is left beside it', async () => {
    const { dir, content, out } = caseDir('good');

    const run = await build(content, out);

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/build: astro build done in [\d.]+ s/);
    expect(run.stdout).toMatch(/build: search index done in [\d.]+ s/);
    expect(run.stdout).toContain(`build: ${out}/ replaced by the new build.`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('previous build');
    expect(readFileSync(join(out, 'articles', ARTICLE, 'index.html'), 'utf8')).toContain(
      'id="p-1"',
    );
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(out, '_headers'))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    // The dev server's integrations stay out of a build, even under a test runner's NODE_ENV,
    // where the content sync's own Vite server runs their setup hooks: the dev normalizer would
    // rewrite content/ from seeds/ while the build reads it.
    expect(process.env.NODE_ENV).toBe('test');
    expect(run.stdout + run.stderr).not.toMatch(/dossier-dev-(?:content|search)/);

    // An article page gone from the site: the index step names it and exits 1, with no
    // unhandled rejection from the pages already sent to Pagefind.
    const slugs = readdirSync(join(out, 'articles'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(out, 'articles', d.name, 'index.html')))
      .map((d) => d.name);
    rmSync(join(out, 'articles', slugs.at(-1)!, 'index.html'));
    const index = await runNode(['--import', 'tsx', INDEX, '--site', out], { timeout: TIMEOUT });
    expect(index.code).toBe(1);
    expect(index.stderr).toMatch(
      new RegExp(`search index: .*articles/${slugs.at(-1)}/index\\.html is missing`),
    );
    expect(index.stderr).not.toMatch(/Unhandled|Node\.js v|^\s+at /mu);
  });
});
