/**
 * `npm run eval [-- --corpus DIR] [--split dev|train|test] [--examples N] [--cause TEXT]`
 *
 * Scores the extractor on an annotated corpus (PolNeAR; default ../shared/corpora/polnear,
 * dev split) and on the five seeds' gold: direct-quotation recall, precision and speaker
 * accuracy, the same for indirect attributions, per publisher, then every error grouped
 * by cause with the text around it. Prints figures; asserts nothing (the tests hold the
 * floors).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ActorSchema } from '../src/schemas';
import { parseYamlList } from './normalize/inputs';
import { InputError } from './normalize/errors';
import { EvalInputError } from './eval/errors';
import { formatErrors, formatFigures } from './eval/report';
import { readPolnear, readReferents, scoreSplit } from './eval/run';
import { scoreSeeds, SEEDS_GOLD } from './eval/seeds';
import { readFileSync } from 'node:fs';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/polnear' },
    split: { type: 'string', default: 'dev' },
    examples: { type: 'string', default: '3' },
    cause: { type: 'string' },
    'no-seeds': { type: 'boolean', default: false },
  },
});

try {
  const started = performance.now();
  const gazetteer = parseYamlList(
    'seeds/actors.yaml',
    readFileSync('seeds/actors.yaml', 'utf8'),
    ActorSchema,
  ).map((a) => a.value);
  const examples = Number(args.examples);
  if (!args['no-seeds']) {
    const seeds = scoreSeeds('seeds', SEEDS_GOLD);
    console.log(seeds.report);
  }
  const corpus = resolve(args.corpus);
  const articles = readPolnear(corpus, args.split);
  const referents = readReferents(
    join('tests', 'fixtures', 'eval', `polnear-${args.split}.referents.tsv`),
  );
  const scores = scoreSplit(articles, gazetteer, referents);
  console.log(
    formatFigures(
      `PolNeAR ${args.split} (${articles.length} articles, ${referents.size} hand-checked pronoun referents)`,
      scores,
    ),
  );
  console.log(formatErrors(scores, examples, args.cause));
  console.log(`\n${Math.round(performance.now() - started)} ms`);
} catch (error) {
  if (error instanceof EvalInputError || error instanceof InputError) {
    console.error(`eval: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
