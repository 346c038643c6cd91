/**
 * `npm run normalize [-- --check | --watch] [--no-cache] [--seeds DIR] [--out DIR]`
 *
 * Reads seeds/, builds content/ with the pure pipeline in scripts/normalize/, and swaps
 * it in only when everything succeeded: on any error the message names the file, line and
 * field, the exit code is 1, and content/ is left exactly as it was. With --check, writes
 * nothing and exits 1 when content/ differs from what seeds/ would give.
 *
 * An article whose inputs and normalizer have not changed since an earlier run is taken from
 * the cache (`normalize-cache.ts`; `DOSSIER_NORMALIZE_CACHE` moves it) instead of being read
 * again, and a YAML list's entries are parsed only when their text is not in the cache (adding
 * an entry to sources.yaml parses that entry); the output is the same byte for byte. Files of
 * content/ that do not change are linked, not written again (`write-folder.ts`). --no-cache reads every article. --check
 * compares what it generates with the files on disk either way, and writes no cache.
 * Progress goes to stderr: a line updated in place on a terminal, else a line per stage.
 * --watch keeps running and builds content/ again after every change to seeds/ (`npm run dev`).
 */
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ActorSchema,
  AnnotationSchema,
  LandmarkSchema,
  OutletSchema,
  SourceEntrySchema,
} from '../src/schemas';
import {
  DEFAULT_CACHE_DIR,
  normalizerVersion,
  openDiskCache,
  type DiskCache,
} from './normalize-cache';
import { sha256 } from './normalize/article-cache';
import { buildContent, GENERATED_NOTE, type SeedsInput } from './normalize/build-content';
import { InputError } from './normalize/errors';
import { decodeSeed, parseYamlList, parseYamlListKnown, type Located } from './normalize/inputs';
import { createReporter } from './progress';
import { writeFolder } from './write-folder';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
  },
});
const seedsDir = resolve(args.seeds);
const outDir = resolve(args.out);

/** A YAML list of seeds/, parsed and validated; with the cache, only its entries that are not in the cache are parsed (errors are never cached). */
function readYaml<T>(
  name: string,
  schema: Parameters<typeof parseYamlList>[2],
  required: boolean,
  store: DiskCache | undefined,
) {
  const path = join(seedsDir, name);
  if (!existsSync(path)) {
    if (!required) return [];
    throw new InputError(
      `seeds/${name}`,
      null,
      null,
      'the file is missing',
      'Create it (see README, "Adding an article")',
    );
  }
  const text = decodeSeed(`seeds/${name}`, readFileSync(path));
  if (!store) return parseYamlList(`seeds/${name}`, text, schema) as T;
  const kept = store.getInput(name);
  const known = new Map(
    kept && typeof kept === 'object'
      ? (Object.entries(kept) as Array<[string, Located<unknown>]>)
      : [],
  );
  const { items, entries } = parseYamlListKnown(`seeds/${name}`, text, schema, known, sha256);
  if (entries.size !== known.size || [...entries.keys()].some((k) => !known.has(k)))
    store.setInput(name, Object.fromEntries(entries));
  return items as T;
}

type Cache = { store: DiskCache; version: string } | null;

const progress = createReporter({ task: 'normalize' });
const STAGES = { read: 'read', reread: 'second reading' } as const;

function generate(cache: Cache): Map<string, string> {
  if (!existsSync(seedsDir))
    throw new InputError(
      args.seeds,
      null,
      null,
      'the seeds folder does not exist',
      'Run from the project folder, or pass --seeds <folder holding the seed texts and YAML files>',
    );
  const names = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  progress.start('load', names.length, 'seeds');
  const seeds = names.map((file, i) => {
    progress.tick(i);
    return { file, text: decodeSeed(`seeds/${file}`, readFileSync(join(seedsDir, file))) };
  });
  progress.end();
  let stage = '';
  const files = buildContent(
    {
      seeds,
      sources: readYaml('sources.yaml', SourceEntrySchema, true, cache?.store),
      outlets: readYaml('outlets.yaml', OutletSchema, true, cache?.store),
      actors: readYaml('actors.yaml', ActorSchema, true, cache?.store),
      annotations: readYaml('annotations.yaml', AnnotationSchema, false, cache?.store),
      landmarks: readYaml('landmarks.yaml', LandmarkSchema, false, cache?.store),
    },
    {
      ...(cache ? { cache } : {}),
      progress: (name, done, total) => {
        if (name !== stage) {
          if (stage === 'read' && cache) progress.end(`${cache.store.hits} from the cache`);
          progress.start(STAGES[name], total, 'articles');
          stage = name;
        }
        progress.tick(done);
      },
    },
  );
  progress.end();
  files.set('README.md', `# content/\n\n${GENERATED_NOTE}\n`);
  return files;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function stale(files: Map<string, string>): string[] {
  const existing = listFiles(outDir);
  const differing = [...files]
    .filter(
      ([path, text]) =>
        !existsSync(join(outDir, path)) || readFileSync(join(outDir, path), 'utf8') !== text,
    )
    .map(([p]) => p);
  const extra = existing.filter((p) => !files.has(p));
  return [...differing, ...extra.map((p) => `${p} (should not exist)`)];
}

/** One run: generates content/ from seeds/ and swaps it in, or with --check compares it. */
function run(cache: Cache): void {
  const started = performance.now();
  if (cache) cache.store.hits = 0;
  const files = generate(cache);
  if (args.check) {
    const diff = stale(files);
    if (diff.length > 0) {
      console.error(
        `content/ is stale against seeds/: ${diff.join(', ')}.\nRun \`npm run normalize\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`content/ is up to date (${files.size} files).`);
  } else {
    progress.start('write', files.size, 'files');
    const { written, linked } = writeFolder(outDir, files);
    progress.end(`${written} written, ${linked} unchanged`);
    cache?.store.flush();
    console.log(
      `Wrote ${files.size} files to ${relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms.`,
    );
  }
}

/** What a failed run says: an input error names the file and field; anything else is a bug, with its stack. */
function report(error: unknown): void {
  progress.abort();
  if (error instanceof InputError)
    console.error(`normalize: ${error.message}\nNothing was written.`);
  else console.error(error);
}

/**
 * Reads the first article once more, without the cache, and drops the result: with every
 * article in the cache, a --watch run reads none, so the first edit would otherwise wait for
 * the extractor's code to compile and its word lists to load. An error here is the real
 * run's to report.
 */
function warmUp(cache: Cache): void {
  const [file] = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (!file) return;
  const store = cache?.store;
  const ofFile = <T extends { file: string }>(items: ReadonlyArray<Located<T>>) =>
    items.filter((item) => item.value.file === file);
  try {
    const input: SeedsInput = {
      seeds: [{ file, text: decodeSeed(`seeds/${file}`, readFileSync(join(seedsDir, file))) }],
      sources: readYaml('sources.yaml', SourceEntrySchema, true, store),
      outlets: readYaml('outlets.yaml', OutletSchema, true, store),
      actors: readYaml('actors.yaml', ActorSchema, true, store),
      annotations: readYaml('annotations.yaml', AnnotationSchema, false, store),
      landmarks: readYaml('landmarks.yaml', LandmarkSchema, false, store),
    };
    buildContent({
      ...input,
      sources: ofFile(input.sources),
      annotations: ofFile(input.annotations),
    });
  } catch {
    // The same input fails the watch's runs, which say why.
  }
}

/**
 * --watch (`npm run dev` runs it): a run now, then one after every change to seeds/, with
 * the normalizer loaded once, so an edited seed reaches content/ in a fraction of a second.
 * A failed run is reported and content/ is left as it was; the watch goes on. A change to
 * the normalizer's own code needs a restart.
 */
function watchSeeds(cache: Cache): void {
  let timer: NodeJS.Timeout | undefined;
  const again = () => {
    try {
      run(cache);
    } catch (error) {
      report(error);
    }
  };
  again();
  warmUp(cache);
  // An editor's save is often a few events (a write, a rename): one run after the last.
  watch(seedsDir, () => {
    clearTimeout(timer);
    timer = setTimeout(again, 20);
  });
  // Started by the dev server (integrations/dev-content.mjs): stop when it does.
  process.on('disconnect', () => process.exit(0));
  console.log(`normalize: watching ${relative(process.cwd(), seedsDir) || '.'}/ for changes.`);
}

const version = args['no-cache'] ? '' : normalizerVersion();
const cache: Cache = args['no-cache']
  ? null
  : {
      store: openDiskCache(
        process.env.DOSSIER_NORMALIZE_CACHE ?? DEFAULT_CACHE_DIR,
        version,
        args.check,
      ),
      version,
    };
if (args.watch) {
  if (args.check) throw new Error('--watch writes content/: it cannot be used with --check.');
  watchSeeds(cache);
} else {
  try {
    run(cache);
  } catch (error) {
    report(error);
    process.exit(1);
  }
}
