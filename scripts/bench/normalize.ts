/**
 * `npm run bench:normalize [-- --articles 500]`: runs the normalizer (in process, one
 * core) over many synthetic copies of the seeds and prints the time per article.
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ActorSchema, OutletSchema } from '../../src/schemas';
import { buildContent, type SeedsInput } from '../normalize/build-content';
import { parseYamlList } from '../normalize/inputs';
import { syntheticArticles } from './synthetic';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.articles);
const runs = Number(values.runs);

const read = (name: string) => readFileSync(join('seeds', name), 'utf8');

/** `n` synthetic articles in memory, as the CLI would read them from a seeds folder. */
function synthetic(n: number): SeedsInput {
  const articles = syntheticArticles(n);
  return {
    seeds: articles.map((a) => ({ file: a.file, text: a.text })),
    sources: articles.map((a, i) => ({ value: a.source, line: i + 1 })),
    outlets: parseYamlList('outlets.yaml', read('outlets.yaml'), OutletSchema),
    actors: parseYamlList('actors.yaml', read('actors.yaml'), ActorSchema),
    annotations: [],
  };
}

const input = synthetic(count);
buildContent(synthetic(5)); // warm-up: JIT and module initialisation
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
