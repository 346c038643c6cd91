import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  ActorSchema,
  AnnotationSchema,
  LandmarkSchema,
  PartialDateSchema,
  SourceEntrySchema,
  type Actor,
  type Claim,
} from '../../src/schemas';
import { parseYamlList } from '../normalize/inputs';
import { normalizeArticle } from '../normalize/normalize-article';
import { fold } from '../normalize/text';
import { EvalInputError } from './errors';
import { holdsName, namesMatch } from './speakers';

/**
 * The five seeds against a gold written by hand (`tests/fixtures/eval/seeds-gold.yaml`):
 * every quotation of the cleaned texts, its kind and its speaker. Scored twice: as the
 * site shows it (with the reviewed corrections of `seeds/annotations.yaml`) and by the
 * extractor alone. A quotation is found when a claim has the same words (case, accents,
 * quote marks and spaces aside) and a statement kind for a statement, `term` for a term.
 */

export const SEEDS_GOLD = join('tests', 'fixtures', 'eval', 'seeds-gold.yaml');

export const SeedGoldSchema = z.strictObject({
  file: z.string().min(1),
  /** The quoted words as the cleaned text has them, marks excluded. */
  quote: z.string().min(1),
  kind: z.enum(['direct', 'fragment', 'term']),
  /** A gazetteer id, or the name or description the text gives; null when the text names nobody. */
  speaker: z.string().min(1).nullable(),
  /** When the words were said, as the text dates them; null when it does not (statements only). */
  said: PartialDateSchema.nullable().optional(),
  /** The words of the text that date them, and how. */
  said_why: z.string().optional(),
  note: z.string().optional(),
});
export type SeedGold = z.infer<typeof SeedGoldSchema>;

export interface SeedFigures {
  statements: number;
  found: number;
  fullFound: number;
  full: number;
  predictedStatements: number;
  correctStatements: number;
  speakersRight: number;
  terms: number;
  termsFound: number;
  /** Found statements the gold dates, and how many of those got the gold's date. */
  dated: number;
  datedRight: number;
  /** A date other than the gold's; a date where the gold says the text gives none. */
  datedWrong: number;
  datedWhereNone: number;
  errors: string[];
}

export interface SeedsResult {
  withCorrections: SeedFigures;
  extractorAlone: SeedFigures;
  report: string;
}

const key = (text: string) => fold(text).replace(/[.,;:!?…]+$/u, '');
const isStatement = (kind: string) => kind === 'direct' || kind === 'fragment';

export function scoreSeeds(seedsDir: string, goldPath: string): SeedsResult {
  if (!existsSync(goldPath))
    throw new EvalInputError(goldPath, null, 'the seeds gold is missing', 'Restore it from git');
  const gold = parseYamlList(goldPath, readFileSync(goldPath, 'utf8'), SeedGoldSchema).map(
    (g) => g.value,
  );
  const read = (name: string) => readFileSync(join(seedsDir, name), 'utf8');
  const actors = parseYamlList('seeds/actors.yaml', read('actors.yaml'), ActorSchema).map(
    (a) => a.value,
  );
  const sources = parseYamlList('seeds/sources.yaml', read('sources.yaml'), SourceEntrySchema);
  const annotations = parseYamlList(
    'seeds/annotations.yaml',
    read('annotations.yaml'),
    AnnotationSchema,
  );
  const landmarks = existsSync(join(seedsDir, 'landmarks.yaml'))
    ? parseYamlList('seeds/landmarks.yaml', read('landmarks.yaml'), LandmarkSchema).map(
        (l) => l.value,
      )
    : [];
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const run = (reviewed: boolean) => {
    const claims = new Map<string, { claims: Claim[]; actors: Map<string, Actor> }>();
    for (const file of files) {
      const source = sources.find((s) => s.value.file === file);
      if (!source)
        throw new EvalInputError(
          join(seedsDir, 'sources.yaml'),
          null,
          `no entry for ${file}`,
          'Add one',
        );
      const located = reviewed
        ? annotations
            .filter((a) => a.value.file === file)
            .map((a) => ({ annotation: a.value, line: a.line, fields: a.fields }))
        : [];
      const article = normalizeArticle({
        text: read(file),
        source: source.value,
        actors,
        annotations: located,
        landmarks,
      });
      claims.set(file, {
        claims: article.frontmatter.claims,
        actors: new Map([...actors, ...article.extracted].map((a) => [a.id, a])),
      });
    }
    return figures(gold, claims);
  };
  const withCorrections = run(true);
  const extractorAlone = run(false);
  return { withCorrections, extractorAlone, report: format(withCorrections, extractorAlone) };
}

function figures(
  gold: readonly SeedGold[],
  articles: ReadonlyMap<string, { claims: Claim[]; actors: Map<string, Actor> }>,
): SeedFigures {
  const f: SeedFigures = {
    statements: 0,
    found: 0,
    fullFound: 0,
    full: 0,
    predictedStatements: 0,
    correctStatements: 0,
    speakersRight: 0,
    terms: 0,
    termsFound: 0,
    dated: 0,
    datedRight: 0,
    datedWrong: 0,
    datedWhereNone: 0,
    errors: [],
  };
  for (const [file, { claims, actors }] of articles) {
    const mine = gold.filter((g) => g.file === file);
    for (const claim of claims.filter((c) => isStatement(c.kind))) {
      f.predictedStatements++;
      if (mine.some((g) => isStatement(g.kind) && key(g.quote) === key(claim.quote)))
        f.correctStatements++;
      else
        f.errors.push(
          `${file}: extra statement “${claim.quote.slice(0, 80)}” (${claim.kind}, ${claim.speaker ?? 'no speaker'})`,
        );
    }
    const seen = new Map<string, number>();
    for (const g of mine) {
      // The n-th gold entry with these words is the n-th claim with them.
      const n = seen.get(key(g.quote)) ?? 0;
      seen.set(key(g.quote), n + 1);
      const claim = claims.filter((c) => key(c.quote) === key(g.quote))[n];
      if (g.kind === 'term') {
        f.terms++;
        if (claim?.kind === ('term' as string)) f.termsFound++;
        else
          f.errors.push(`${file}: term “${g.quote}” is ${claim ? `a ${claim.kind}` : 'missing'}`);
        continue;
      }
      f.statements++;
      if (g.kind === 'direct') f.full++;
      if (!claim || !isStatement(claim.kind)) {
        f.errors.push(
          `${file}: ${g.kind} “${g.quote.slice(0, 80)}” ${claim ? `is a ${claim.kind}` : 'not found'}`,
        );
        continue;
      }
      f.found++;
      if (g.kind === 'direct') f.fullFound++;
      const actor = claim.speaker ? actors.get(claim.speaker) : undefined;
      if (speakerIs(g.speaker, claim.speaker, actor)) f.speakersRight++;
      else
        f.errors.push(
          `${file}: “${g.quote.slice(0, 60)}” has speaker ${claim.speaker ?? 'none'}${claim.speaker_text ? ` (“${claim.speaker_text}”)` : ''}, gold ${g.speaker ?? 'none'}`,
        );
      scoreSaid(f, file, g, claim);
    }
  }
  return f;
}

function scoreSaid(f: SeedFigures, file: string, g: SeedGold, claim: Claim): void {
  if (g.said === undefined) return;
  const words = `${file}: “${g.quote.slice(0, 60)}”`;
  if (g.said === null) {
    if (claim.said !== null) {
      f.datedWhereNone++;
      f.errors.push(
        `${words} is dated ${claim.said} (${claim.said_evidence}), but the text does not date it`,
      );
    }
    return;
  }
  f.dated++;
  if (claim.said === g.said) f.datedRight++;
  else if (claim.said === null) f.errors.push(`${words} is not dated, gold ${g.said}`);
  else {
    f.datedWrong++;
    f.errors.push(`${words} is dated ${claim.said} (${claim.said_evidence}), gold ${g.said}`);
  }
}

function speakerIs(gold: string | null, id: string | null, actor: Actor | undefined): boolean {
  if (gold === null || id === null) return gold === id;
  if (gold === id) return true;
  if (!actor) return false;
  const names = [actor.name, ...actor.aliases];
  if (holdsName(gold)) return names.some((n) => namesMatch(gold, n));
  return names.some((n) => fold(n) === fold(gold));
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(3);

function format(reviewed: SeedFigures, alone: SeedFigures): string {
  const row = (label: string, f: SeedFigures) =>
    `| ${label} | ${f.fullFound}/${f.full} | ${f.found}/${f.statements} (${ratio(f.found, f.statements)}) | ${f.correctStatements}/${f.predictedStatements} (${ratio(f.correctStatements, f.predictedStatements)}) | ${f.speakersRight}/${f.found} (${ratio(f.speakersRight, f.found)}) | ${f.termsFound}/${f.terms} | ${f.datedRight}/${f.dated} (${ratio(f.datedRight, f.dated)}), ${f.datedWrong} wrong, ${f.datedWhereNone} where none |`;
  return [
    '## The five seeds, against tests/fixtures/eval/seeds-gold.yaml',
    '',
    '| run | full quotations found | statements found (recall) | statements correct (precision) | right speaker | terms as terms | said dates right |',
    '|---|---|---|---|---|---|---|',
    row('as published (with reviewed corrections)', reviewed),
    row('extractor alone', alone),
    '',
    ...alone.errors.map((e) => `- ${e}`),
  ].join('\n');
}
