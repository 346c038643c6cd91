import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPolnear, readReferents, scoreSplit } from '../../scripts/eval/run.ts';
import { scoreSeeds, SEEDS_GOLD } from '../../scripts/eval/seeds.ts';
import { tally } from '../../scripts/eval/tally.ts';
import { parseYamlList } from '../../scripts/normalize/inputs.ts';
import { ActorSchema } from '../../src/schemas/index.ts';

/**
 * The extractor's quality, held at its level: the five seeds against their hand-written
 * gold, and the PolNeAR dev split above floors set from measured results (`npm run eval`
 * prints the same figures). A change to the normalizer that loses quality fails here.
 * Raise a floor when the extractor improves. Lower one only for a trade measured on train
 * and recorded in docs/benchmarks.md, "Who said it, measured" (2026-12-01: dev precision 0.953 → 0.948
 * for recall 0.946 → 0.954 and speakers 0.833 → 0.848; since raised, with dev at precision
 * 0.952, recall 0.954, speakers 0.901).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = process.env.POLNEAR_DIR ?? `${root}../shared/corpora/polnear`;

describe('the five seeds against their gold (tests/fixtures/eval/seeds-gold.yaml)', () => {
  const { withCorrections, extractorAlone } = scoreSeeds(`${root}seeds`, `${root}${SEEDS_GOLD}`);

  it('finds every full quotation, with the reviewed corrections and without', () => {
    expect(withCorrections.fullFound).toBe(withCorrections.full);
    expect(extractorAlone.fullFound).toBeGreaterThanOrEqual(extractorAlone.full - 2);
  });

  it('gives the right speaker to the statements it finds', () => {
    expect(withCorrections.speakersRight / withCorrections.found).toBeGreaterThanOrEqual(0.98);
    expect(extractorAlone.speakersRight / extractorAlone.found).toBeGreaterThanOrEqual(0.95);
  });

  it('dates the statements the text dates, and sets no wrong date', () => {
    expect(withCorrections.datedRight / withCorrections.dated).toBeGreaterThanOrEqual(0.95);
    expect(extractorAlone.datedRight / extractorAlone.dated).toBeGreaterThanOrEqual(0.9);
    expect(extractorAlone.datedWrong).toBe(0);
    expect(withCorrections.datedWrong).toBe(0);
    expect(extractorAlone.datedWhereNone).toBeLessThanOrEqual(1);
  });

  it('counts no narration as a statement: every statement it gives is in the gold', () => {
    expect(
      withCorrections.correctStatements / withCorrections.predictedStatements,
    ).toBeGreaterThanOrEqual(0.98);
  });
});

// The corpus is public research data kept beside the project (../shared/corpora/polnear), not in it.
describe.skipIf(!existsSync(corpus))('PolNeAR dev, direct quotations', () => {
  const gazetteer = parseYamlList(
    'seeds/actors.yaml',
    readFileSync(`${root}seeds/actors.yaml`, 'utf8'),
    ActorSchema,
  ).map((a) => a.value);
  const figures = tally(
    scoreSplit(
      readPolnear(corpus, 'dev'),
      gazetteer,
      readReferents(`${root}tests/fixtures/eval/polnear-dev.referents.tsv`),
    ),
  ).direct;

  it.each<[keyof typeof figures, number]>([
    ['recall', 0.95],
    ['precision', 0.95],
    ['speakerAccuracy', 0.9],
  ])('%s stays at or above %d', (figure, floor) => {
    expect(figures[figure]).toBeGreaterThanOrEqual(floor);
  });
});
