/**
 * The normalizer's cache never changes its output: for each edit of a dossier, a run that
 * starts from the cache of the run before gives the same files, byte for byte, as a run
 * without a cache, and reads again only what the edit touched. The cache is kept in memory
 * through JSON, as the disk keeps it (`scripts/normalize-cache.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleCache, CachedArticle } from '../../scripts/normalize/article-cache.ts';
import { buildContent, type SeedsInput } from '../../scripts/normalize/build-content.ts';
import { parseYamlList } from '../../scripts/normalize/inputs.ts';
import {
  ActorSchema,
  AnnotationSchema,
  LandmarkSchema,
  OutletSchema,
  SourceEntrySchema,
  type SourceEntry,
} from '../../src/schemas/index.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const read = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

const real: SeedsInput = {
  seeds: readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: read(file) })),
  sources: parseYamlList('sources.yaml', read('sources.yaml'), SourceEntrySchema),
  outlets: parseYamlList('outlets.yaml', read('outlets.yaml'), OutletSchema),
  actors: parseYamlList('actors.yaml', read('actors.yaml'), ActorSchema),
  annotations: parseYamlList('annotations.yaml', read('annotations.yaml'), AnnotationSchema),
  landmarks: parseYamlList('landmarks.yaml', read('landmarks.yaml'), LandmarkSchema),
};

/** A short article of its own, for edits that add articles. */
function extra(
  file: string,
  text: string,
  over: Partial<SourceEntry> = {},
): { seed: SeedsInput['seeds'][number]; source: SeedsInput['sources'][number] } {
  const source: SourceEntry = {
    file,
    outlet: 'ap',
    published: '2022-03-10',
    published_confidence: 'high',
    published_evidence: 'Printed.',
    language: 'en',
    notes: [],
    ...over,
  };
  return { seed: { file, text }, source: { value: SourceEntrySchema.parse(source), line: 1 } };
}

function add(input: SeedsInput, ...articles: ReturnType<typeof extra>[]): SeedsInput {
  return {
    ...input,
    seeds: [...input.seeds, ...articles.map((a) => a.seed)],
    sources: [...input.sources, ...articles.map((a) => a.source)],
  };
}

const SURNAME_ALONE = extra(
  'x-surname.txt',
  'A talk in Vienna\n\n“We will keep talking to everyone,” Hallworth said after the meeting in Vienna on Tuesday.\n\nThe talks will go on, Hallworth added.\n',
);
const fullName = (n: number, first: string) =>
  extra(
    `x-full-${first}-${n}.txt`,
    `Report ${first} ${n}\n\n“Diplomacy is slow work,” said ${first} Hallworth, a diplomat, on Monday.\n\n${first} Hallworth spoke to reporters in Geneva.\n`,
    { published: `2022-03-${String(11 + n).padStart(2, '0')}` },
  );

/** A cache in memory that, like the disk, keeps entries as JSON, and counts what it is asked. */
function memoryCache(): ArticleCache & {
  hits: number;
  misses: number;
  store: Map<string, string>;
} {
  const store = new Map<string, string>();
  const cache = {
    store,
    hits: 0,
    misses: 0,
    get(key: string) {
      const text = store.get(key);
      if (text === undefined) cache.misses++;
      else cache.hits++;
      return text === undefined ? undefined : (JSON.parse(text) as CachedArticle);
    },
    set(key: string, entry: CachedArticle) {
      store.set(key, JSON.stringify(entry));
    },
  };
  return cache;
}

const VERSION = 'test-version-1';

const edits: ReadonlyArray<{
  name: string;
  before: SeedsInput;
  after: SeedsInput;
  version?: string;
  misses: number;
}> = [
  { name: 'nothing changed', before: real, after: real, misses: 0 },
  { name: 'an article added', before: real, after: add(real, SURNAME_ALONE), misses: 1 },
  {
    name: 'a seed edited',
    before: real,
    after: {
      ...real,
      seeds: real.seeds.map((s, i) =>
        i === 1 ? { ...s, text: s.text.replace('Putin', 'Poutine') } : s,
      ),
    },
    misses: 1,
  },
  {
    name: 'its sources entry edited (the title, hence the slug)',
    before: real,
    after: {
      ...real,
      sources: real.sources.map((s, i) =>
        i === 2 ? { ...s, value: { ...s.value, title: 'Another title' } } : s,
      ),
    },
    misses: 1,
  },
  {
    name: 'a correction moved to another line of annotations.yaml',
    before: real,
    after: {
      ...real,
      annotations: real.annotations.map((a, i) => (i === 0 ? { ...a, line: a.line + 1 } : a)),
    },
    misses: 1,
  },
  {
    name: 'actors.yaml edited (every article depends on the gazetteer)',
    before: real,
    after: {
      ...real,
      actors: real.actors.map((a) =>
        a.value.id === 'putin'
          ? { ...a, value: { ...a.value, aliases: [...a.value.aliases, 'V. V. Putin'] } }
          : a,
      ),
    },
    misses: 5,
  },
  {
    name: 'the normalizer’s version changed',
    before: real,
    after: real,
    version: 'test-version-2',
    misses: 5,
  },
  // The directory of full names spans articles: a second reading is reused only while the names it looked up still resolve the same.
  {
    name: 'a full name added for a surname another article uses alone',
    before: add(real, SURNAME_ALONE),
    after: add(real, SURNAME_ALONE, fullName(1, 'Ann')),
    misses: 1,
  },
  {
    name: 'the surname’s full name changed by two more articles naming someone else',
    before: add(real, SURNAME_ALONE, fullName(1, 'Ann')),
    after: add(
      real,
      SURNAME_ALONE,
      fullName(1, 'Ann'),
      fullName(2, 'Bob'),
      fullName(3, 'Bob'),
      fullName(4, 'Bob'),
    ),
    misses: 3,
  },
  {
    name: 'the surname left ambiguous (its earlier second reading no longer applies)',
    before: add(real, SURNAME_ALONE, fullName(1, 'Ann')),
    after: add(real, SURNAME_ALONE, fullName(1, 'Ann'), fullName(2, 'Bob')),
    misses: 1,
  },
];

const full = (input: SeedsInput) => buildContent(input);

describe.each(edits)(
  'with the cache of the run before, $name',
  ({ before, after, version = VERSION, misses }) => {
    it('gives exactly the files of a run without a cache, reading again only what changed', () => {
      const cache = memoryCache();
      const first = buildContent(before, { cache: { store: cache, version: VERSION } });
      expect(first).toEqual(full(before));
      cache.hits = 0;
      cache.misses = 0;
      const cached = buildContent(after, { cache: { store: cache, version } });
      expect([...cached]).toEqual([...full(after)]);
      expect(cache.misses).toBe(misses);
      // A third run finds everything.
      cache.misses = 0;
      expect([...buildContent(after, { cache: { store: cache, version } })]).toEqual([...cached]);
      expect(cache.misses).toBe(0);
    });
  },
);

describe('the directory cases above test what they say', () => {
  const slugOf = 'a-talk-in-vienna';
  const text = (input: SeedsInput) =>
    buildContent(input).get(`article-data/${slugOf}.json`) &&
    buildContent(input).get(`articles/${slugOf}.mdx`);
  it('the article with the surname alone reads differently with each directory', () => {
    const alone = text(add(real, SURNAME_ALONE));
    const ann = text(add(real, SURNAME_ALONE, fullName(1, 'Ann')));
    const bob = text(
      add(
        real,
        SURNAME_ALONE,
        fullName(1, 'Ann'),
        fullName(2, 'Bob'),
        fullName(3, 'Bob'),
        fullName(4, 'Bob'),
      ),
    );
    expect(alone).toBeDefined();
    expect(new Set([alone, ann, bob]).size).toBe(3);
    expect(ann).toContain('ann-hallworth');
    expect(bob).toContain('bob-hallworth');
  });
});
