import { createHash } from 'node:crypto';
import type { Actor, Landmark, SourceEntry } from '../../src/schemas';
import type { Directory } from './entities/types';
import type { LocatedAnnotation } from './drafts';

/**
 * What `build-content.ts` keeps between runs so that an unchanged article is not read again.
 * Pure: the keys are hashes of everything an article's reading depends on, and the store is
 * passed in (`scripts/normalize-cache.ts` keeps it on disk).
 *
 * An article is read once alone (its first reading depends only on its seed, its sources
 * entry, its corrections, the gazetteer, the landmarks and the normalizer's version: the
 * key), and again, for an article that names someone by surname alone, with the dossier's
 * directory of full names, which spans articles. That second reading is cached with the
 * directory entries it looked up, and reused only while the directory gives the same answers.
 */

/** One reading of an article, as much of it as the cross-article steps need, and its files once written. */
export interface CachedReading {
  slug: string;
  /** The front matter (an `Article`) and body of the reading; dropped once `files` are written. */
  frontmatter?: unknown;
  body?: string;
  extracted: Actor[];
  /** Its `content/` files, path and text, once written. */
  files?: Array<[string, string]>;
}

export interface CachedArticle {
  first: CachedReading;
  /** The second reading, with each directory entry (by surname) it looked up and what it found; `whole` when it read the whole directory. */
  second?: {
    lookups: Array<[string, DirectoryValue | null]>;
    whole?: string;
    reading: CachedReading;
  };
}

type DirectoryValue = Directory extends ReadonlyMap<string, infer V> ? V : never;

export interface ArticleCache {
  get(key: string): CachedArticle | undefined;
  set(key: string, entry: CachedArticle): void;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The part of every article's key that the whole dossier shares: the normalizer's version, the gazetteer, the landmarks. */
export function sharedKey(
  version: string,
  gazetteer: readonly Actor[],
  landmarks: readonly Landmark[],
): string {
  return sha256(JSON.stringify([version, gazetteer, landmarks]));
}

/** An article's key: the shared part, its seed text, its sources entry and its corrections (with their lines, which error messages cite). */
export function articleKey(
  shared: string,
  text: string,
  source: SourceEntry,
  annotations: readonly LocatedAnnotation[],
): string {
  return sha256(JSON.stringify([shared, sha256(text), source, annotations]));
}

/** A fingerprint of the whole directory, for a reading that iterated it. */
export function directoryFingerprint(directory: Directory): string {
  return sha256(JSON.stringify([...directory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** Does the directory still give every answer the cached second reading got? */
export function sameLookups(
  second: NonNullable<CachedArticle['second']>,
  directory: Directory,
): boolean {
  if (second.whole !== undefined) return second.whole === directoryFingerprint(directory);
  return second.lookups.every(
    ([surname, found]) => JSON.stringify(directory.get(surname) ?? null) === JSON.stringify(found),
  );
}

/** A view of a directory that records what is looked up in it. */
export class RecordingDirectory implements ReadonlyMap<string, DirectoryValue> {
  readonly lookups = new Map<string, DirectoryValue | null>();
  whole = false;
  constructor(private readonly inner: Directory) {}
  get size(): number {
    this.whole = true;
    return this.inner.size;
  }
  get(key: string): DirectoryValue | undefined {
    const found = this.inner.get(key);
    this.lookups.set(key, found ?? null);
    return found;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  forEach(
    fn: (value: DirectoryValue, key: string, map: ReadonlyMap<string, DirectoryValue>) => void,
  ): void {
    this.whole = true;
    this.inner.forEach((v, k) => fn(v, k, this));
  }
  entries(): MapIterator<[string, DirectoryValue]> {
    this.whole = true;
    return this.inner.entries();
  }
  keys(): MapIterator<string> {
    this.whole = true;
    return this.inner.keys();
  }
  values(): MapIterator<DirectoryValue> {
    this.whole = true;
    return this.inner.values();
  }
  [Symbol.iterator](): MapIterator<[string, DirectoryValue]> {
    return this.entries();
  }
}
