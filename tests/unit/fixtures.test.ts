import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { articleFiles, stringifyMdx } from '../../scripts/normalize/build-content.ts';
import { parseYamlList } from '../../scripts/normalize/inputs.ts';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';
import { joinArticle } from '../../src/lib/article-parts.ts';
import {
  ActorSchema,
  AnnotationSchema,
  ArticleDataSchema,
  ArticleFrontmatterSchema,
  ArticleSchema,
  LandmarkSchema,
  SourceEntrySchema,
  type SourceEntry,
} from '../../src/schemas/index.ts';

/**
 * One folder per tricky case under tests/fixtures/normalize/<case>/: `input.txt` (a short
 * excerpt of a seed reproducing the case), `expected.mdx` (the whole article in one file for
 * review: every field of its front matter, pretty-printed, and its body; `npm run normalize`
 * writes it as two files, `articleFiles`, which must join back into exactly this), and
 * optionally `source.json` (fields of the SourceEntry to override, e.g. `published` or
 * `author`) and `annotations.yaml` (reviewed corrections, as in seeds/annotations.yaml).
 *
 * The expected files were generated with `npm run test:bless` (`vitest run
 * tests/unit/fixtures.test.ts -u`) and then read and checked by hand: quotes verbatim,
 * speakers and dates right. A change
 * to the pipeline that alters any of them makes this test fail; re-bless only after
 * reading the diff.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const fixtures = join(here, '..', 'fixtures', 'normalize');

const gazetteer = parseYamlList(
  'seeds/actors.yaml',
  readFileSync(join(root, 'seeds', 'actors.yaml'), 'utf8'),
  ActorSchema,
).map((a) => a.value);
const landmarks = parseYamlList(
  'seeds/landmarks.yaml',
  readFileSync(join(root, 'seeds', 'landmarks.yaml'), 'utf8'),
  LandmarkSchema,
).map((l) => l.value);

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
  return parseYamlList('annotations.yaml', readFileSync(path, 'utf8'), AnnotationSchema).map(
    (a) => ({ annotation: a.value, line: a.line }),
  );
}

function normalizeFixture(name: string) {
  const folder = join(fixtures, name);
  const text = readFileSync(join(folder, 'input.txt'), 'utf8');
  return normalizeArticle({
    text,
    source: sourceFor(folder),
    actors: gazetteer,
    annotations: annotationsFor(folder),
    landmarks,
  });
}

/** The whole article of one fixture in one file, for review. */
function render(name: string): string {
  const article = normalizeFixture(name);
  return stringifyMdx(article.body, ArticleSchema.parse(article.frontmatter), 2);
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
    for (const name of cases)
      expect(existsSync(join(fixtures, name, 'input.txt')), name).toBe(true);
  });
});

describe.each(cases)('normalizing the fixture %s', (name) => {
  it('gives exactly the reviewed expected.mdx (frontmatter and body)', async () => {
    await expect(render(name)).toMatchFileSnapshot(`../fixtures/normalize/${name}/expected.mdx`);
  });

  it('is deterministic: two runs give the same file', () => {
    expect(render(name)).toBe(render(name));
  });

  it('is written as two files, MDX and data, that read back as the same article and body', () => {
    const article = normalizeFixture(name);
    const files = new Map(articleFiles(article.slug, article.body, article.frontmatter));
    expect([...files.keys()]).toEqual([
      `articles/${article.slug}.mdx`,
      `article-data/${article.slug}.json`,
    ]);
    const mdx = files.get(`articles/${article.slug}.mdx`)!;
    // One line of front matter after the generated note.
    expect(mdx.split('\n---\n')[0]!.split('\n')).toHaveLength(3);
    const { data, content } = matter(mdx);
    const joined = joinArticle(
      ArticleFrontmatterSchema.parse(data),
      ArticleDataSchema.parse(JSON.parse(files.get(`article-data/${article.slug}.json`)!)),
    );
    expect(JSON.stringify(joined)).toBe(JSON.stringify(ArticleSchema.parse(article.frontmatter)));
    expect(content).toBe(article.body);
  });
});
