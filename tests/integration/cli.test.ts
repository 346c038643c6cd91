/**
 * The normalizer CLI end to end on bad input: every case runs `scripts/normalize.ts` on a
 * fresh temporary copy of seeds/ with one thing broken, over an output folder that already
 * holds a good content/. The run must fail, say where (file, line, field) and what to do,
 * and leave the output folder exactly as it was, with no temporary sibling behind.
 * Also: `--check` on fresh and stale output, determinism, and the repository's own content/.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'scripts/normalize.ts');
const REAL_SEEDS = join(ROOT, 'seeds');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The summary line of a stage, which a run off a terminal writes to stderr: `normalize: read 5 articles in 0.4 s, 5 from the cache`. */
const SUMMARY = /^normalize: [a-z ]+ \d+ [a-z]+ in \d+\.\d s(, .*)?$/u;
const onlySummaries = (stderr: string) =>
  stderr.split('\n').filter((l) => l !== '' && !SUMMARY.test(l));

/** Runs the CLI with its cache in the test's own folder (by default, one all cases share). */
function normalize(args: readonly string[], cwd = ROOT, cache = join(work, 'cache')): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [TSX, CLI, ...args],
      {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, DOSSIER_NORMALIZE_CACHE: cache },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** 1-based line of the first line of `text` for which `test` holds; fails loudly if none. */
function lineWhere(text: string, test: (line: string) => boolean): number {
  const i = text.split('\n').findIndex(test);
  if (i < 0) throw new Error('test setup: line not found');
  return i + 1;
}

const realSources = readFileSync(join(REAL_SEEDS, 'sources.yaml'), 'utf8');
const realAnnotations = readFileSync(join(REAL_SEEDS, 'annotations.yaml'), 'utf8');
const entryLine = (file: string) => lineWhere(realSources, (l) => l === `- file: ${file}`);
/** Line of `field:` inside the sources.yaml entry of `file`. */
const fieldLine = (file: string, field: string) => {
  const lines = realSources.split('\n');
  const from = entryLine(file);
  const i = lines.findIndex((l, n) => n >= from && l.startsWith(`  ${field}:`));
  if (i < 0) throw new Error('test setup: field not found');
  return i + 1;
};

const SEED = {
  a: '000_800bbab324c9b634.txt',
  b: '001_92eb473591c3eeba.txt',
  c: '002_014e4383e5f50a03.txt',
  d: '003_17951a71eb2adf55.txt',
  e: '004_a0c97072d9ecc899.txt',
} as const;
const SLUG_D = 'macron-faces-a-calculating-and-unbending-putin-in-moscow';

/** Replaces exactly one occurrence of `from` in a seeds file (fails if absent, so a case cannot silently test nothing). */
function edit(seeds: string, name: string, from: string, to: string): void {
  const path = join(seeds, name);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: “${from}” not in ${name}`);
  writeFileSync(path, text.replace(from, to));
}

let work: string;
let goodSeeds: string;
let goodContent: string;
let goodSnapshot: Record<string, string>;

/** A case folder: a copy of the good seeds (to break) and of the good content (to protect). */
function caseDir(name: string): { dir: string; seeds: string; out: string } {
  const dir = join(work, name.replace(/[^a-z0-9]+/gi, '-'));
  const seeds = join(dir, 'seeds');
  const out = join(dir, 'content');
  cpSync(goodSeeds, seeds, { recursive: true });
  cpSync(goodContent, out, { recursive: true });
  return { dir, seeds, out };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'normalize-cli-'));
  goodSeeds = join(work, 'good', 'seeds');
  goodContent = join(work, 'good', 'content');
  cpSync(REAL_SEEDS, goodSeeds, { recursive: true });
  const run = await normalize(['--seeds', goodSeeds, '--out', goodContent]);
  expect(onlySummaries(run.stderr)).toEqual([]);
  expect(run.code).toBe(0);
  goodSnapshot = snapshot(goodContent);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface BadCase {
  name: string;
  /** Breaks one thing in the seeds copy. */
  breaks: (seeds: string) => void;
  /** Where the message must point: `file[:line][ (field)]`, exactly as the CLI prints it. */
  where: string | ((seeds: string) => string);
  problem: RegExp;
  /** What the message tells the editor to do. */
  fix: RegExp;
}

const badCases: readonly BadCase[] = [
  {
    name: 'no seeds folder at all',
    breaks: (s) => rmSync(s, { recursive: true }),
    where: (s) => s,
    problem: /the seeds folder does not exist/,
    fix: /pass --seeds <folder/,
  },
  {
    name: 'an empty seed file',
    breaks: (s) => writeFileSync(join(s, SEED.c), ''),
    where: `seeds/${SEED.c}`,
    problem: /the seed text is empty/,
    fix: /Paste the article text into the file/,
  },
  {
    name: 'a seed of blank lines only',
    breaks: (s) => writeFileSync(join(s, SEED.c), '\n  \n\t\n\n'),
    where: `seeds/${SEED.c}`,
    problem: /the seed text is empty/,
    fix: /Paste the article text into the file/,
  },
  {
    name: 'a binary seed (random bytes, many NULs)',
    breaks: (s) => {
      const bytes = new Uint8Array(4096);
      let x = 12345;
      for (let i = 0; i < bytes.length; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        bytes[i] = i % 4 === 0 ? 0 : x >>> 24;
      }
      writeFileSync(join(s, SEED.b), bytes);
    },
    where: `seeds/${SEED.b}`,
    problem: /looks binary/,
    fix: /Save the article as plain UTF-8 text/,
  },
  {
    name: 'a non-UTF-8 seed (latin-1 “café” in the middle of line 3)',
    breaks: (s) => {
      const path = join(s, SEED.a);
      const lines = readFileSync(path, 'utf8').split('\n');
      const third = Buffer.from(lines[2]!, 'utf8');
      const mid = third.indexOf(0x20, third.length >> 1);
      const broken = Buffer.concat([
        third.subarray(0, mid),
        Buffer.from(' caf\xe9', 'latin1'),
        third.subarray(mid),
      ]);
      writeFileSync(
        path,
        Buffer.concat([
          Buffer.from(lines.slice(0, 2).join('\n') + '\n'),
          broken,
          Buffer.from('\n' + lines.slice(3).join('\n')),
        ]),
      );
    },
    where: `seeds/${SEED.a}:3`,
    problem: /not valid UTF-8/,
    fix: /Re-save the file as UTF-8/,
  },
  {
    name: 'a seed without an entry in sources.yaml',
    breaks: (s) =>
      writeFileSync(
        join(s, '005_unlisted.txt'),
        'A perfectly good article.\n\nWith two paragraphs.\n',
      ),
    where: 'seeds/005_unlisted.txt',
    problem: /this seed has no entry in seeds\/sources\.yaml/,
    fix: /Add an entry with at least file, outlet, published/,
  },
  {
    name: 'a sources.yaml entry whose file does not exist',
    breaks: (s) => unlinkSync(join(s, SEED.d)),
    where: `seeds/sources.yaml:${entryLine(SEED.d)} (file)`,
    problem: new RegExp(`there is no seeds/${SEED.d}`),
    fix: /Add the text file, or correct the file name, or remove the entry/,
  },
  {
    name: 'a duplicate slug (two entries with the same title)',
    breaks: (s) =>
      edit(
        s,
        'sources.yaml',
        '  title: "What are the telephone exchanges between Emmanuel Macron and Vladimir Putin for?"',
        '  title: "Putin’s snub of Macron in their last call before the invasion"',
      ),
    where: `seeds/sources.yaml:${fieldLine(SEED.b, 'title')} (slug)`,
    problem: new RegExp(
      `${SEED.b} gets the slug “putins-snub-of-macron-in-their-last-call-before-the-invasion”, already used by ${SEED.a}`,
    ),
    fix: /Give one of them a distinct `slug:` or `title:`/,
  },
  {
    name: 'an invalid date (2022-02-30)',
    breaks: (s) =>
      edit(s, 'sources.yaml', '  published: 2022-03-07\n', '  published: 2022-02-30\n'),
    where: `seeds/sources.yaml:${fieldLine(SEED.c, 'published')} (published)`,
    problem: new RegExp(`in the entry for ${SEED.c}, .*YYYY-MM-DD`),
    fix: /Correct the value/,
  },
  {
    name: 'a missing required field',
    breaks: (s) =>
      edit(
        s,
        'sources.yaml',
        '  published_confidence: high\n  published_evidence: "“this Monday',
        '  published_evidence: "“this Monday',
      ),
    where: `seeds/sources.yaml:${entryLine(SEED.e)} (published_confidence)`,
    problem: /the required field "published_confidence" is missing/,
    fix: /Add the required field "published_confidence"/,
  },
  {
    name: 'a field of the wrong type',
    breaks: (s) =>
      edit(
        s,
        'sources.yaml',
        '  language: en\n  original_language: es\n',
        '  language: [en]\n  original_language: es\n',
      ),
    where: `seeds/sources.yaml:${fieldLine(SEED.a, 'language')} (language)`,
    problem: /expected string, received array/,
    fix: /Correct the value/,
  },
  {
    name: 'an unknown field (a misspelt optional one)',
    breaks: (s) => edit(s, 'sources.yaml', '  author: Barbara Surk\n', '  autor: Barbara Surk\n'),
    where: `seeds/sources.yaml:${fieldLine(SEED.c, 'author')} (autor)`,
    problem: /unknown field "autor"/,
    fix: /Remove it, or correct its name/,
  },
  {
    name: 'an unknown outlet',
    breaks: (s) => edit(s, 'sources.yaml', '  outlet: rfi\n', '  outlet: le-monde\n'),
    where: `seeds/sources.yaml:${fieldLine(SEED.e, 'outlet')} (outlet)`,
    problem: /unknown outlet “le-monde”/,
    fix: /Use one of abc-es, franceinfo, ap, kyiv-post, rfi, or define it in seeds\/outlets\.yaml/,
  },
  {
    name: 'an annotation whose quote is not in the text',
    breaks: (s) =>
      edit(s, 'annotations.yaml', '  quote: "convergence terms"', '  quote: "divergence terms"'),
    where: `seeds/annotations.yaml:${lineWhere(realAnnotations, (l) => l === '  quote: "convergence terms"')} (quote)`,
    problem: new RegExp(`the words “divergence terms” are not in the cleaned text of ${SEED.e}`),
    fix: /Copy the words exactly as the article page shows them/,
  },
  {
    name: 'an annotation naming an unknown speaker',
    breaks: (s) => edit(s, 'annotations.yaml', '  speaker: kuleba\n', '  speaker: nobody-known\n'),
    where: `seeds/annotations.yaml:${lineWhere(realAnnotations, (l) => l === '  speaker: kuleba')} (speaker)`,
    problem: /no actor has the id “nobody-known”/,
    fix: /Use an id from seeds\/actors\.yaml, or add the person there/,
  },
  {
    name: 'invalid YAML syntax (an unclosed quote)',
    breaks: (s) => edit(s, 'sources.yaml', '  outlet: franceinfo\n', '  outlet: "franceinfo\n'),
    where: `seeds/sources.yaml:${fieldLine(SEED.b, 'outlet')}`,
    problem: /invalid YAML/,
    fix: /Fix the syntax/,
  },
  {
    name: 'invalid YAML syntax (a nested mapping)',
    breaks: (s) => edit(s, 'outlets.yaml', '  name: Kyiv Post\n', '  name: Kyiv: Post\n'),
    where: `seeds/outlets.yaml:${lineWhere(readFileSync(join(REAL_SEEDS, 'outlets.yaml'), 'utf8'), (l) => l === '  name: Kyiv Post')}`,
    problem: /invalid YAML/,
    fix: /Fix the syntax/,
  },
];

/** Each spawn costs a second or more of CPU; under load, several. */
const SPAWN_TIMEOUT = 60_000;

describe.concurrent(
  'bad input stops the CLI and leaves content/ as it was',
  { timeout: SPAWN_TIMEOUT },
  () => {
    it.each(badCases)('$name', async ({ name, breaks, where, problem, fix }) => {
      const { dir, seeds, out } = caseDir(name);
      breaks(seeds);
      expect(snapshot(out)).toEqual(goodSnapshot);
      const siblings = readdirSync(dir).sort();
      const position = typeof where === 'function' ? where(seeds) : where;

      const run = await normalize(['--seeds', seeds, '--out', out]);

      expect(run.code).not.toBe(0);
      // `file[:line][ (field)]: problem. fix` — the position is exact, nothing more and nothing less.
      const message = run.stderr
        .split('\n')
        .find((l) => l.startsWith('normalize: ') && !SUMMARY.test(l));
      expect(message, run.stderr).toBeDefined();
      expect(
        message!.startsWith(`normalize: ${position}: `),
        `${message} should start with “normalize: ${position}: ”`,
      ).toBe(true);
      expect(message).toMatch(problem);
      expect(message).toMatch(fix);
      expect(run.stderr).toMatch(/Nothing was written\./);
      expect(run.stdout).toBe('');
      expect(snapshot(out)).toEqual(goodSnapshot);
      // No `content.tmp-*` or `content.old-*` left beside it.
      expect(readdirSync(dir).sort()).toEqual(siblings);
    });
  },
);

describe.concurrent('--check', { timeout: SPAWN_TIMEOUT }, () => {
  const checkCases: ReadonlyArray<{
    name: string;
    change: (c: { seeds: string; out: string }) => void;
    stale: readonly string[];
  }> = [
    { name: 'fresh output passes', change: () => {}, stale: [] },
    {
      name: 'one seed character changed makes its article stale',
      change: ({ seeds }) => edit(seeds, SEED.d, 'nearly six hours', 'nearly six hourz'),
      // Its MDX (the claim's words) and its data file (the seed's hash).
      stale: [`articles/${SLUG_D}.mdx`, `article-data/${SLUG_D}.json`],
    },
    {
      name: 'a deleted output file is reported',
      change: ({ out }) => unlinkSync(join(out, 'outlets.json')),
      stale: ['outlets.json'],
    },
    {
      name: 'an edited output file is reported',
      change: ({ out }) =>
        writeFileSync(
          join(out, 'articles', `${SLUG_D}.mdx`),
          readFileSync(join(out, 'articles', `${SLUG_D}.mdx`), 'utf8') + ' ',
        ),
      stale: [`articles/${SLUG_D}.mdx`],
    },
    {
      name: 'an extra output file is reported',
      change: ({ out }) => writeFileSync(join(out, 'articles', 'leftover.mdx'), 'x'),
      stale: ['articles/leftover.mdx (should not exist)'],
    },
  ];

  it.each(checkCases)('$name', async ({ name, change, stale }) => {
    const { dir, seeds, out } = caseDir(`check ${name}`);
    change({ seeds, out });
    const before = snapshot(out);

    const run = await normalize(['--seeds', seeds, '--out', out, '--check']);

    if (stale.length === 0) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(
        `content/ is up to date (${Object.keys(goodSnapshot).length} files)`,
      );
    } else {
      expect(run.code).not.toBe(0);
      const listed = run.stderr.match(/stale against seeds\/: (.*)\.\n/)?.[1];
      expect(listed, run.stderr).toBe(stale.join(', '));
      expect(run.stderr).toMatch(/Run `npm run normalize`/);
    }
    // --check never writes.
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['content', 'seeds']);
  });
});

describe.concurrent('determinism and the real project', { timeout: SPAWN_TIMEOUT }, () => {
  it('two runs give byte-identical output, into a new folder and over an existing one', async () => {
    const dir = join(work, 'again');
    const fresh = join(dir, 'fresh');
    const over = join(dir, 'over');
    cpSync(goodContent, over, { recursive: true });
    writeFileSync(join(over, 'articles', 'leftover.mdx'), 'x');
    const [a, b] = await Promise.all([
      normalize(['--seeds', goodSeeds, '--out', fresh]),
      normalize(['--seeds', goodSeeds, '--out', over]),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(a.stdout).toMatch(new RegExp(`^Wrote ${Object.keys(goodSnapshot).length} files to `));
    expect(snapshot(fresh)).toEqual(goodSnapshot);
    // Writing replaces the folder: a file that is no longer generated does not survive.
    expect(snapshot(over)).toEqual(goodSnapshot);
    expect(readdirSync(dir).sort()).toEqual(['fresh', 'over']);
  });

  it('the repository’s content/ is up to date with its seeds/', async () => {
    const run = await normalize(['--check']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/content\/ is up to date/);
    expect(snapshot(join(ROOT, 'content'))).toEqual(goodSnapshot);
  });
});

describe.concurrent('the cache', { timeout: SPAWN_TIMEOUT }, () => {
  const fresh = (name: string) => {
    const dir = join(work, `cache-${name}`);
    return { dir, cache: join(dir, 'cache'), out: join(dir, 'content') };
  };
  /** The cache's article entries (it also keeps the YAML lists' entries, one `input-<name>.json` per file). */
  const entries = (cache: string) =>
    readdirSync(cache, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('input-'))
      .map((e) => join(e.parentPath, e.name));

  it('a second run takes every article from it and writes the same files; each stage says its time', async () => {
    const { cache, out } = fresh('second');
    const cold = await normalize(['--seeds', goodSeeds, '--out', out], ROOT, cache);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stderr).toMatch(/^normalize: read 5 articles in \d+\.\d s, 0 from the cache$/mu);
    expect(onlySummaries(cold.stderr)).toEqual([]);
    expect(entries(cache)).toHaveLength(5);
    const warm = await normalize(['--seeds', goodSeeds, '--out', out], ROOT, cache);
    expect(warm.stderr).toMatch(/^normalize: read 5 articles in \d+\.\d s, 5 from the cache$/mu);
    // Nothing changed: every file is linked from the content/ of the run before, none written.
    expect(warm.stderr).toMatch(
      /^normalize: write (\d+) files in \d+\.\d s, 0 written, \1 unchanged$/mu,
    );
    expect(snapshot(out)).toEqual(goodSnapshot);
  });

  it('--no-cache reads every article, gives the same files and leaves no cache', async () => {
    const { dir, cache, out } = fresh('none');
    const run = await normalize(['--seeds', goodSeeds, '--out', out, '--no-cache'], ROOT, cache);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/from the cache/u);
    expect(snapshot(out)).toEqual(goodSnapshot);
    expect(readdirSync(dir)).toEqual(['content']);
  });

  it('--check writes no cache', async () => {
    const { dir, cache } = fresh('check');
    const run = await normalize(
      ['--seeds', goodSeeds, '--out', goodContent, '--check'],
      ROOT,
      cache,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/0 from the cache/u);
    expect(existsSync(dir)).toBe(false);
  });

  it('--check is not fooled by a cache warm with the old seed: an edited seed is still stale', async () => {
    const { dir, cache, out } = fresh('stale');
    const seeds = join(dir, 'seeds');
    cpSync(goodSeeds, seeds, { recursive: true });
    expect((await normalize(['--seeds', seeds, '--out', out], ROOT, cache)).code).toBe(0);
    edit(seeds, SEED.d, 'nearly six hours', 'nearly six hourz');
    const run = await normalize(['--seeds', seeds, '--out', out, '--check'], ROOT, cache);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/4 from the cache/u);
    expect(run.stderr).toContain(
      `stale against seeds/: articles/${SLUG_D}.mdx, article-data/${SLUG_D}.json.`,
    );
  });

  it('an entry that cannot be read back (truncated) is read again, with the same output', async () => {
    const { cache, out } = fresh('truncated');
    expect((await normalize(['--seeds', goodSeeds, '--out', out], ROOT, cache)).code).toBe(0);
    for (const path of entries(cache))
      writeFileSync(path, readFileSync(path, 'utf8').slice(0, 100));
    const run = await normalize(['--seeds', goodSeeds, '--out', out], ROOT, cache);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/0 from the cache/u);
    expect(snapshot(out)).toEqual(goodSnapshot);
  });
});
