/**
 * What eval:dates reads: every sentence of the seeds and of PolNeAR train and dev with its
 * article's publication date, and the hand-judged sample of disagreements
 * (tests/fixtures/eval/dates-sample.yaml). For scripts/eval/dates.ts and its modules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { SourceEntrySchema } from '../../../src/schemas';
import { parseYamlList } from '../../normalize/inputs';
import { splitParagraphs } from '../../normalize/paragraphs';
import { splitSentences } from '../../normalize/text';
import { EvalInputError } from '../errors';
import { readPolnear } from '../polnear';

export const DATES_SAMPLE = join('tests', 'fixtures', 'eval', 'dates-sample.yaml');

/** One judged expression: the words, and the date a timeline should give them. */
const JudgedSchema = z.strictObject({
  split: z.enum(['train', 'dev']),
  article: z.string().min(1),
  sentence: z.string().min(1),
  phrase: z.string().min(1),
  /** The article's publication date, from metadata.tsv. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  /** What each side gave when the entry was drawn, for the reader: the scoring runs both again. */
  ours: z.string().nullable(),
  chrono: z.string().nullable(),
  /** The date the words give (YYYY, YYYY-MM or YYYY-MM-DD); null when they give no day, month or year; '?' when undecided. */
  gold: z.union([z.string().regex(/^\d{4}(?:-\d{2}){0,2}$|^\?$/u), z.null()]),
  note: z.string().optional(),
});
export type Judged = z.infer<typeof JudgedSchema>;

export interface Article {
  corpus: 'seeds' | 'train' | 'dev';
  name: string;
  published: string;
  sentences: string[];
}

const sentencesOf = (text: string): string[] =>
  splitParagraphs(text).flatMap((p) => splitSentences(p.text).map((s) => s.text));

export function readArticles(corpus: string): Article[] {
  const sources = parseYamlList(
    'seeds/sources.yaml',
    readFileSync('seeds/sources.yaml', 'utf8'),
    SourceEntrySchema,
  ).map((s) => s.value);
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file): Article => {
      const source = sources.find((s) => s.file === file);
      if (!source)
        throw new EvalInputError('seeds/sources.yaml', null, `no entry for ${file}`, 'Add one');
      return {
        corpus: 'seeds',
        name: file,
        published: source.published,
        sentences: sentencesOf(readFileSync(join('seeds', file), 'utf8')),
      };
    });
  const polnear = (['train', 'dev'] as const).flatMap((split) =>
    readPolnear(corpus, split).map((a): Article => ({
      corpus: split,
      name: a.name,
      published: a.published,
      sentences: sentencesOf(a.text),
    })),
  );
  // PolNeAR first: its 924 articles absorb the start-up of both sides in the timings.
  return [...polnear, ...seeds];
}

/** The judged sample, or none when the file is absent. */
export function readSample(): Judged[] {
  return existsSync(DATES_SAMPLE)
    ? parseYamlList(DATES_SAMPLE, readFileSync(DATES_SAMPLE, 'utf8'), JudgedSchema).map(
        (j) => j.value,
      )
    : [];
}
