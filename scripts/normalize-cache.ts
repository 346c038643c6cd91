/**
 * The normalizer's cache on disk (`node_modules/.cache/dossier-normalize/`, or
 * `DOSSIER_NORMALIZE_CACHE`): one JSON file per article key, in a folder per normalizer
 * version, so a new version starts afresh and the folders of older ones are removed. What
 * goes in an entry and when it is valid is `normalize/article-cache.ts`'s business; this
 * module only reads and writes files, and computes the version.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ArticleCache, CachedArticle } from './normalize/article-cache';

const ROOT = resolve(import.meta.dirname, '..');
/** Where the normalizer's code starts: everything it imports, followed from here, is part of its version. */
const ENTRY = join(ROOT, 'scripts', 'normalize', 'build-content.ts');

export const DEFAULT_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'dossier-normalize');

/** Static imports and re-exports (`import … from '…'`, `import '…'`, `export … from '…'`) and dynamic `import('…')`. */
const IMPORT =
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'|^\s*import\s*'([^']+)'|\bimport\('([^']+)'\)/gmu;

/** The project's source files `entry` imports, directly or not, and the packages they import. */
export function codeOf(entry: string): { files: Map<string, string>; packages: Set<string> } {
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (files.has(path)) continue;
    const text = readFileSync(path, 'utf8');
    files.set(path, text);
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (spec!.startsWith('.')) {
        const base = resolve(dirname(path), spec!);
        const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
          (p) => p.endsWith('.ts') && existsSync(p),
        );
        if (!found)
          throw new Error(
            `normalize-cache: cannot resolve ${spec} imported by ${relative(ROOT, path)}`,
          );
        queue.push(found);
      } else if (!spec!.startsWith('node:')) {
        const parts = spec!.split('/');
        packages.add(spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  }
  return { files, packages };
}

function installedVersion(name: string): string {
  const manifest = join(ROOT, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return 'missing';
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
}

/**
 * The normalizer's version: a hash of its source files (build-content.ts and all it imports,
 * the pipeline's steps and src/schemas among them), of the installed version of each package
 * they import, and of Node's version (regular expressions and Unicode tables come with it).
 */
export function normalizerVersion(entry = ENTRY): string {
  const { files, packages } = codeOf(entry);
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort())
    hash.update(`${relative(ROOT, path)}\0${files.get(path)}\0`);
  for (const name of [...packages].sort()) hash.update(`${name}@${installedVersion(name)}\n`);
  hash.update(process.version);
  return hash.digest('hex');
}

export interface DiskCache extends ArticleCache {
  /**
   * What is kept of an input file of `seeds/` between runs, under its name (for a YAML list,
   * its entries read and validated, by the hash of their text: `inputs.ts`,
   * `parseYamlListKnown`). The folder is the normalizer's version, schemas included.
   */
  getInput(name: string): unknown;
  setInput(name: string, value: unknown): void;
  /** Writes the entries set since it was opened; with `readOnly`, writes nothing. */
  flush(): { written: number };
  hits: number;
  misses: number;
}

/** The cache of one normalizer version in `dir`. Entries that cannot be read back count as absent. */
export function openDiskCache(dir: string, version: string, readOnly = false): DiskCache {
  const folder = join(dir, version.slice(0, 16));
  const pending = new Map<string, CachedArticle>();
  const pendingInputs = new Map<string, unknown>();
  const inputPath = (name: string) =>
    join(folder, `input-${name.replace(/[^A-Za-z0-9._-]/gu, '_')}.json`);
  const cache: DiskCache = {
    hits: 0,
    misses: 0,
    get(key) {
      const path = join(folder, `${key}.json`);
      try {
        const entry = JSON.parse(readFileSync(path, 'utf8')) as {
          key?: string;
          entry?: CachedArticle;
        };
        if (entry.key === key && entry.entry) {
          cache.hits++;
          return entry.entry;
        }
      } catch {
        // Absent, truncated or unreadable: read the article again.
      }
      cache.misses++;
      return undefined;
    },
    set(key, entry) {
      pending.set(key, entry);
    },
    getInput(name) {
      try {
        const kept = JSON.parse(readFileSync(inputPath(name), 'utf8')) as {
          name?: string;
          value?: unknown;
        };
        if (kept.name === name && kept.value !== undefined) return kept.value;
      } catch {
        // Absent or unreadable: parse the file again.
      }
      return undefined;
    },
    setInput(name, value) {
      pendingInputs.set(name, value);
    },
    flush() {
      if (readOnly || pending.size + pendingInputs.size === 0) return { written: 0 };
      mkdirSync(folder, { recursive: true });
      // Older versions' folders can never be read again.
      for (const other of readdirSync(dir))
        if (join(dir, other) !== folder) rmSync(join(dir, other), { recursive: true, force: true });
      const write = (path: string, text: string) => {
        const tmp = `${path}.tmp-${process.pid}`;
        writeFileSync(tmp, text);
        renameSync(tmp, path);
      };
      for (const [key, entry] of pending)
        write(join(folder, `${key}.json`), JSON.stringify({ key, entry }));
      for (const [name, value] of pendingInputs)
        write(inputPath(name), JSON.stringify({ name, value }));
      const written = pending.size + pendingInputs.size;
      pending.clear();
      pendingInputs.clear();
      return { written };
    },
  };
  return cache;
}
