import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringifyMdx } from '../../scripts/normalize/build-content.ts';
import { parseYamlList } from '../../scripts/normalize/inputs.ts';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';
import { ActorSchema, AnnotationSchema, ArticleSchema, LandmarkSchema, SourceEntrySchema, type SourceEntry } from '../../src/schemas/index.ts';

/**
 * One folder per tricky case under tests/fixtures/normalize/<case>/: `input.txt` (a short
 * excerpt of a seed reproducing the case), `expected.mdx` (the whole generated file:
 * frontmatter and body, built as scripts/normalize/build-content.ts builds it), and
 * optionally `source.json` (fields of the SourceEntry to override, e.g. `published` or
 * `author`) and `annotations.yaml` (reviewed corrections, as in seeds/annotations.yaml).
 *
 * The expected files were generated with `npx vitest run tests/unit/fixtures.test.ts -u`
 * and then read and checked by hand: quotes verbatim, speakers and dates right. A change
 * to the pipeline that alters any of them makes this test fail; re-bless only after
 * reading the diff.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const fixtures = join(here, '..', 'fixtures', 'normalize');

const gazetteer = parseYamlList('seeds/actors.yaml', readFileSync(join(root, 'seeds', 'actors.yaml'), 'utf8'), ActorSchema).map((a) => a.value);
const landmarks = parseYamlList('seeds/landmarks.yaml', readFileSync(join(root, 'seeds', 'landmarks.yaml'), 'utf8'), LandmarkSchema).map((l) => l.value);

/** The SourceEntry every fixture starts from; `source.json` overrides fields of it. */
const BASE_SOURCE: SourceEntry = {
  file: 'input.txt',
  outlet: 'fixture',
  published: '2022-03-07',
  published_confidence: 'high',
  published_evidence: 'Fixed for the fixture tests.',
  language: 'en',
  notes: [],
};

const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function sourceFor(folder: string): SourceEntry {
  const path = join(folder, 'source.json');
  const overrides: unknown = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  return SourceEntrySchema.parse({ ...BASE_SOURCE, ...(overrides as object) });
}

function annotationsFor(folder: string) {
  const path = join(folder, 'annotations.yaml');
  if (!existsSync(path)) return [];
  return parseYamlList('annotations.yaml', readFileSync(path, 'utf8'), AnnotationSchema).map((a) => ({ annotation: a.value, line: a.line }));
}

/** The whole MDX file for one fixture, as `npm run normalize` would write it. */
function render(name: string): string {
  const folder = join(fixtures, name);
  const text = readFileSync(join(folder, 'input.txt'), 'utf8');
  const article = normalizeArticle({ text, source: sourceFor(folder), actors: gazetteer, annotations: annotationsFor(folder), landmarks });
  return stringifyMdx(article.body, ArticleSchema.parse(article.frontmatter));
}

describe('fixture folders', () => {
  it('has at least the fifteen documented tricky cases, each with an input.txt', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'swapped-quote-marks',
        'missing-quote-marks-said-line',
        'glued-words',
        'duplicate-headline',
        'scraping-debris',
        'embedded-tweet',
        'blockquote-attribution-lines',
        'pronoun-speaker',
        'odd-speech-verbs',
        'orphan-attribution',
        'relative-dates',
        'single-occasion-call',
        'happenings-in-one-sentence',
        'landmark-mentions',
        'words-before-the-other-party',
      ]),
    );
    for (const name of cases) expect(existsSync(join(fixtures, name, 'input.txt')), name).toBe(true);
  });
});

describe.each(cases)('normalizing the fixture %s', (name) => {
  it('gives exactly the reviewed expected.mdx (frontmatter and body)', async () => {
    await expect(render(name)).toMatchFileSnapshot(`../fixtures/normalize/${name}/expected.mdx`);
  });

  it('is deterministic: two runs give the same file', () => {
    expect(render(name)).toBe(render(name));
  });
});
