/**
 * `npm run bench:normalize [-- --articles 500]`: runs the normalizer (in process, one
 * core) over many synthetic copies of the seeds and prints the time per article.
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ActorSchema, AnnotationSchema, OutletSchema, SourceEntrySchema, type SourceEntry } from '../../src/schemas';
import { buildContent, type SeedsInput } from '../normalize/build-content';
import { parseYamlList, type Located } from '../normalize/inputs';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.articles);
const runs = Number(values.runs);

const seedsDir = 'seeds';
const read = (name: string) => readFileSync(join(seedsDir, name), 'utf8');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file, text: read(file) }));
const sources = parseYamlList('sources.yaml', read('sources.yaml'), SourceEntrySchema) as Located<SourceEntry>[];

/** `count` articles: the seeds again and again, each copy with its own file and slug. */
function synthetic(n: number): SeedsInput {
  const copies = Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const source = sources.find((s) => s.value.file === seed.file)!;
    const file = `synthetic-${String(i).padStart(5, '0')}.txt`;
    return {
      seed: { file, text: seed.text },
      source: { value: { ...source.value, file, slug: `copy-${i}` }, line: i + 1 },
    };
  });
  return {
    seeds: copies.map((c) => c.seed),
    sources: copies.map((c) => c.source),
    outlets: parseYamlList('outlets.yaml', read('outlets.yaml'), OutletSchema),
    actors: parseYamlList('actors.yaml', read('actors.yaml'), ActorSchema),
    annotations: parseYamlList('annotations.yaml', read('annotations.yaml'), AnnotationSchema).slice(0, 0),
  };
}

const input = synthetic(count);
buildContent(synthetic(seeds.length)); // warm-up: JIT and module initialisation
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const files = buildContent(input);
  times.push(performance.now() - start);
  if (files.size !== count + 2) throw new Error(`expected ${count + 2} files, got ${files.size}`);
}
const best = Math.min(...times);
const bytes = input.seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
console.log(`normalize: ${count} articles (${(bytes / 1024).toFixed(0)} KiB of text), best of ${runs} runs`);
console.log(`  total      ${best.toFixed(0)} ms`);
console.log(`  per article ${(best / count).toFixed(2)} ms`);
console.log(`  throughput ${((bytes / 1024) / (best / 1000)).toFixed(0)} KiB/s`);
