/**
 * `npm run eval:site [-- --corpus DIR] [--split dev] [--out dist-polnear]`: the dossier a
 * new editor would get from the articles of a PolNeAR split, added as the README says (a
 * text file and a sources entry each, the publishers as outlets, the project's gazetteer),
 * normalized and built like the real one into its own folder. Serve it with
 * `npx astro preview --outDir dist-polnear`. Shows what the extractor makes of news nobody
 * tuned it for: every speaker found an actor, with their statements.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { buildFixtureDossier, keepContentModules, ROOT } from '../fixture-dossier';
import { EvalInputError } from './errors';
import { readPolnear } from './polnear';
import { sourceEntryOf } from './run';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/polnear' },
    split: { type: 'string', default: 'dev' },
    out: { type: 'string', default: 'dist-polnear' },
  },
});

/** The seven publishers of PolNeAR as the outlets of the dossier. */
const PUBLISHERS: Record<string, { name: string; kind: string; homepage: string }> = {
  breitbart: { name: 'Breitbart', kind: 'online', homepage: 'https://www.breitbart.com/' },
  'huff-post': { name: 'HuffPost', kind: 'online', homepage: 'https://www.huffpost.com/' },
  nyt: { name: 'The New York Times', kind: 'newspaper', homepage: 'https://www.nytimes.com/' },
  politico: { name: 'Politico', kind: 'online', homepage: 'https://www.politico.com/' },
  'usa-today': { name: 'USA Today', kind: 'newspaper', homepage: 'https://www.usatoday.com/' },
  'wash-post': {
    name: 'The Washington Post',
    kind: 'newspaper',
    homepage: 'https://www.washingtonpost.com/',
  },
  'west-journal': {
    name: 'Western Journal',
    kind: 'online',
    homepage: 'https://www.westernjournal.com/',
  },
};

const work = mkdtempSync(join(tmpdir(), 'dossier-polnear-'));
const restoreModules = keepContentModules(work);
try {
  const articles = readPolnear(resolve(args.corpus), args.split);
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  for (const a of articles) writeFileSync(join(seeds, `${a.name}.txt`), a.text);
  const sources = articles.map((a) => {
    const { notes, ...entry } = sourceEntryOf(a);
    return {
      ...entry,
      published_evidence: `PolNeAR ${args.split} split, metadata.tsv (${a.publisher})`,
      ...(notes.length ? { notes } : {}),
    };
  });
  writeFileSync(join(seeds, 'sources.yaml'), stringify(sources));
  const publishers = [...new Set(articles.map((a) => a.publisher))].sort();
  const unknown = publishers.find((p) => !PUBLISHERS[p]);
  if (unknown)
    throw new EvalInputError(
      join(args.corpus, 'metadata.tsv'),
      null,
      `publisher “${unknown}” is not one of PolNeAR’s seven`,
      'Add it to PUBLISHERS in scripts/eval/site.ts',
    );
  writeFileSync(
    join(seeds, 'outlets.yaml'),
    stringify(publishers.map((id) => ({ id, ...PUBLISHERS[id], country: 'US', language: 'en' }))),
  );
  copyFileSync(join(ROOT, 'seeds', 'actors.yaml'), join(seeds, 'actors.yaml'));
  process.exitCode = buildFixtureDossier(
    'PolNeAR dossier',
    seeds,
    join(work, 'content'),
    resolve(ROOT, args.out),
  )
    ? 0
    : 1;
  if (process.exitCode === 0)
    console.log(
      `PolNeAR dossier: ${articles.length} articles in ${args.out}/. Serve it with: npx astro preview --outDir ${args.out}`,
    );
} catch (error) {
  if (!(error instanceof EvalInputError)) throw error;
  console.error(`eval:site: ${error.message}`);
  process.exitCode = 1;
} finally {
  restoreModules();
  rmSync(work, { recursive: true, force: true });
}
