/**
 * `npm run eval:dates [-- --corpus DIR] [--draw train:150]`: our date finder (`findDates`)
 * against chrono-node, a general natural-language date parser, on every sentence of the
 * five seeds and of PolNeAR train and dev, each resolved against its article's
 * publication date. Prints what each finds, where they agree, what only one finds (the
 * chrono-only phrases by class), the time each takes, and both scored on the hand-judged
 * sample of their disagreements (`tests/fixtures/eval/dates-sample.yaml`). `--draw
 * SPLIT:N` prints a fresh sample of N disagreements to judge, drawn with a fixed seed.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EvalInputError } from './errors';
import { readArticles, readSample } from './dates/input';
import { report } from './dates/report';
import { draw } from './dates/sample';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/polnear' },
    draw: { type: 'string' },
  },
});

try {
  const articles = readArticles(resolve(args.corpus));
  if (args.draw) console.log(draw(articles, args.draw));
  else console.log(report(articles, readSample()));
} catch (error) {
  if (!(error instanceof EvalInputError)) throw error;
  console.error(`eval:dates: ${error.message}`);
  process.exitCode = 1;
}
