/**
 * `npm run normalize [-- --check] [--seeds DIR] [--out DIR]`
 *
 * Reads seeds/, builds content/ with the pure pipeline in scripts/normalize/, and swaps
 * it in only when everything succeeded: on any error the message names the file, line and
 * field, the exit code is 1, and content/ is left exactly as it was. With --check, writes
 * nothing and exits 1 when content/ differs from what seeds/ would give.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ActorSchema, AnnotationSchema, LandmarkSchema, OutletSchema, SourceEntrySchema } from '../src/schemas';
import { buildContent, GENERATED_NOTE } from './normalize/build-content';
import { InputError } from './normalize/errors';
import { decodeSeed, parseYamlList } from './normalize/inputs';

const { values: args } = parseArgs({
  options: { check: { type: 'boolean', default: false }, seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'content' } },
});
const seedsDir = resolve(args.seeds);
const outDir = resolve(args.out);

function readYaml<T>(name: string, schema: Parameters<typeof parseYamlList>[2], required: boolean) {
  const path = join(seedsDir, name);
  if (!existsSync(path)) {
    if (!required) return [];
    throw new InputError(`seeds/${name}`, null, null, 'the file is missing', 'Create it (see README, "Adding an article")');
  }
  const text = decodeSeed(`seeds/${name}`, readFileSync(path));
  return parseYamlList(`seeds/${name}`, text, schema) as T;
}

function generate(): Map<string, string> {
  if (!existsSync(seedsDir)) throw new InputError(args.seeds, null, null, 'the seeds folder does not exist', 'Run from the project folder, or pass --seeds <folder holding the seed texts and YAML files>');
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: decodeSeed(`seeds/${file}`, readFileSync(join(seedsDir, file))) }));
  const files = buildContent({
    seeds,
    sources: readYaml('sources.yaml', SourceEntrySchema, true),
    outlets: readYaml('outlets.yaml', OutletSchema, true),
    actors: readYaml('actors.yaml', ActorSchema, true),
    annotations: readYaml('annotations.yaml', AnnotationSchema, false),
    landmarks: readYaml('landmarks.yaml', LandmarkSchema, false),
  });
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
  const differing = [...files].filter(([path, text]) => !existsSync(join(outDir, path)) || readFileSync(join(outDir, path), 'utf8') !== text).map(([p]) => p);
  const extra = existing.filter((p) => !files.has(p));
  return [...differing, ...extra.map((p) => `${p} (should not exist)`)];
}

/** Writes everything into a sibling folder, then swaps it with the old one. */
function writeAtomically(files: Map<string, string>): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

try {
  const started = performance.now();
  const files = generate();
  if (args.check) {
    const diff = stale(files);
    if (diff.length > 0) {
      console.error(`content/ is stale against seeds/: ${diff.join(', ')}.\nRun \`npm run normalize\` and commit the result.`);
      process.exit(1);
    }
    console.log(`content/ is up to date (${files.size} files).`);
  } else {
    writeAtomically(files);
    console.log(`Wrote ${files.size} files to ${relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms.`);
  }
} catch (error) {
  if (error instanceof InputError) {
    console.error(`normalize: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
}
