/**
 * Synthetic dossiers for benchmarks: `n` articles made from the seeds, each copy with its
 * own file name, slug, and a publication date moved on by one day every five copies, so
 * relative dates resolve to different days as they would across a real year of articles.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { SourceEntrySchema, type SourceEntry } from '../../src/schemas';
import { parseYamlList } from '../normalize/inputs';

export interface SyntheticArticle {
  file: string;
  text: string;
  source: SourceEntry;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function syntheticArticles(n: number, seedsDir = 'seeds'): SyntheticArticle[] {
  const read = (name: string) => readFileSync(join(seedsDir, name), 'utf8');
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const sources = parseYamlList('sources.yaml', read('sources.yaml'), SourceEntrySchema).map(
    (s) => s.value,
  );
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const source = sources.find((s) => s.file === seed)!;
    const file = `synthetic-${String(i).padStart(5, '0')}.txt`;
    const copy = Math.floor(i / seeds.length);
    return {
      file,
      text: read(seed),
      source: {
        ...source,
        file,
        slug: `copy-${i}`,
        title: `${source.title ?? seed} (${copy + 1})`,
        published: addDays(source.published, copy),
      },
    };
  });
}

/** Writes a seeds folder of `n` synthetic articles, with the real outlets and gazetteer and no corrections. */
export function writeSyntheticSeeds(dir: string, n: number, seedsDir = 'seeds'): void {
  mkdirSync(dir, { recursive: true });
  const articles = syntheticArticles(n, seedsDir);
  for (const a of articles) writeFileSync(join(dir, a.file), a.text);
  const entries = articles.map(({ source }) =>
    Object.fromEntries(
      Object.entries(source).filter(
        ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
      ),
    ),
  );
  writeFileSync(join(dir, 'sources.yaml'), stringify(entries, { aliasDuplicateObjects: false }));
  for (const f of ['outlets.yaml', 'actors.yaml']) copyFileSync(join(seedsDir, f), join(dir, f));
}
