import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EvalInputError } from '../../scripts/eval/errors.ts';
import { goldUnits } from '../../scripts/eval/gold-units.ts';
import { parseAnn, readPolnear, type AnnotatedArticle } from '../../scripts/eval/polnear.ts';
import type { Prediction } from '../../scripts/eval/predict.ts';
import { scoreArticle } from '../../scripts/eval/score.ts';
import { classifyGoldSpeaker, complementOf, namesMatch } from '../../scripts/eval/speakers.ts';
import type { Claim } from '../../src/schemas/index.ts';

/** An annotated article from a text and its attributions, each given as the words of its Source and Content. */
function article(
  text: string,
  relations: Array<{ source: string | null; content: string }>,
): AnnotatedArticle {
  const at = (words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`“${words}” is not in the text`);
    return [{ start, end: start + words.length }];
  };
  return {
    name: 'test',
    split: 'dev',
    publisher: 'nyt',
    published: '2016-09-12',
    title: 'Test',
    author: null,
    text,
    attributions: relations.map((r, i) => ({
      id: `E${i + 1}`,
      source: r.source ? at(r.source) : null,
      cue: null,
      contents: [at(r.content)],
      line: i + 1,
    })),
  };
}

const claim = (kind: Claim['kind'], quote: string): Claim => ({
  id: 'x',
  speaker: null,
  speaker_text: null,
  quote,
  kind,
  said: null,
  said_evidence: null,
  occasion: null,
  paragraph: 1,
  cue: null,
  attribution: 'auto',
  confidence: 'low',
  note: null,
});

function prediction(
  text: string,
  words: string,
  kind: Claim['kind'],
  speaker: string | null,
): Prediction {
  const start = text.indexOf(words);
  return {
    claim: claim(kind, words),
    range: { start, end: start + words.length },
    speaker: speaker
      ? { id: speaker.toLowerCase(), name: speaker, kind: 'person', names: [speaker] }
      : null,
    speakerRange: null,
  };
}

describe('gold units: what the scores count', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a quotation inside its marks, marks excluded',
      '“We will win,” Ruiz said.',
      '“We will win,”',
      ['We will win'],
    ],
    [
      'the quoted words of reported speech',
      'Podesta said it was a “reasonable conclusion” then.',
      'it was a “reasonable conclusion”',
      ['reasonable conclusion'],
    ],
    [
      'a quotation over two paragraphs is two units',
      '“First part of it\n“Second part of it.”',
      '“First part of it\n“Second part of it.”',
      ['First part of it', 'Second part of it.'],
    ],
    [
      'a nested quotation stays inside its outer one',
      '"He said “As you know” and left." Then',
      '"He said “As you know” and left."',
      ['He said “As you know” and left.'],
    ],
  ])('%s', (_name, text, content, expected) => {
    const units = goldUnits(article(text, [{ source: null, content }]));
    expect(units.map((u) => text.slice(u.range.start, u.range.end))).toEqual(expected);
    expect(units.every((u) => u.kind === 'direct')).toBe(true);
  });

  it('makes a content without quote marks one indirect unit', () => {
    const text = 'Ruiz said the plan would fail next year.';
    expect(
      goldUnits(article(text, [{ source: 'Ruiz', content: 'the plan would fail next year' }])).map(
        (u) => u.kind,
      ),
    ).toEqual(['indirect']);
  });
});

describe('speaker matching', () => {
  it.each<[string, string, boolean]>([
    ['Clinton', 'Hillary Clinton', true],
    ['Hillary Clinton', 'Clinton', true],
    ['Bill Clinton', 'Hillary Clinton', false],
    ['Rep. Gwen Moore (D-Wis.)', 'Gwen Moore', true],
    ['Secretary of Homeland Security Jeh Johnson', 'Jeh Johnson', true],
    ['Margarita Simonyan, the editor in chief of RT,', 'Margarita Simonyan', true],
    ['The New York Post', 'New York Post', true],
    ['The Washington Post', 'New York Post', false],
  ])('“%s” and “%s”: %s', (gold, predicted, same) => {
    expect(namesMatch(gold, predicted)).toBe(same);
  });

  it.each<[string, string, boolean]>([
    ['a longtime adviser to Trump', 'Trump', true],
    ['a person close to the Clintons', 'Clintons', true],
    ['a copy of the letter reviewed by The Post', 'The Post', true],
    ['her senior policy adviser, Jake Sullivan,', 'Jake Sullivan', false],
    ['Stu Rothenberg of the Rothenberg-Gonzales Political Report', 'Stu Rothenberg', false],
    ['the Trump campaign', 'Trump', false],
  ])('in the description “%s”, “%s” only completes it: %s', (description, name, complement) => {
    expect(complementOf(description, description.indexOf(name))).toBe(complement);
  });

  it.each<[string, string]>([
    ['he', 'pronoun'],
    ['who', 'pronoun'],
    ['Clinton', 'name'],
    ['a source', 'description'],
    ['Clinton’s campaign', 'description'],
    ['the Democratic nominee', 'description'],
  ])('reads the gold Source “%s” as a %s', (text, kind) => {
    expect(classifyGoldSpeaker(text)).toBe(kind);
  });
});

describe('scoreArticle', () => {
  const text =
    '“We will win,” Ruiz said. “And we will govern,” he added. The “experts” were wrong.';
  const gold = article(text, [
    { source: 'Ruiz', content: 'We will win' },
    { source: 'he', content: 'And we will govern' },
  ]);

  it('finds a unit, scores its speaker, and counts a prediction no gold holds against precision', () => {
    const score = scoreArticle(
      gold,
      [
        prediction(text, 'We will win', 'direct', 'Dana Ruiz'),
        prediction(text, 'experts', 'fragment', null),
      ],
      new Map([['test\tE2', 'Ruiz']]),
    );
    expect(score.direct.map((o) => o.verdict)).toEqual(['right', null]);
    expect(score.extraDirect.map((p) => p.claim.quote)).toEqual(['experts']);
  });

  it('never counts a term as a prediction', () => {
    const score = scoreArticle(gold, [prediction(text, 'experts', 'term', null)], new Map());
    expect([score.predictedDirect, score.extraDirect.length]).toEqual([0, 0]);
  });

  it('gives a pronoun Source its hand-checked referent, and a null speaker counts as wrong', () => {
    const score = scoreArticle(
      gold,
      [
        prediction(text, 'And we will govern', 'direct', 'Someone Else'),
        prediction(text, 'We will win', 'direct', null),
      ],
      new Map([['test\tE2', 'Ruiz']]),
    );
    expect(score.direct.map((o) => [o.gold?.referent, o.verdict])).toEqual([
      ['Ruiz', 'none'],
      ['Ruiz', 'wrong'],
    ]);
  });

  it('does not find a unit whose prediction runs on into the narration', () => {
    const score = scoreArticle(
      gold,
      [prediction(text, 'We will win,” Ruiz said. “And we will govern', 'direct', 'Ruiz')],
      new Map(),
    );
    expect(score.direct.map((o) => o.match)).toEqual([null, null]);
  });
});

describe('reading a corpus: bad input names the file and what to do', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const corpus = () => {
    const root = mkdtempSync(join(tmpdir(), 'polnear-'));
    dir = root;
    mkdirSync(join(root, 'dev'));
    writeFileSync(
      join(root, 'metadata.tsv'),
      'compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\ndev\ta\tnyt\t2016-09-12\tNone\tA\n',
    );
    writeFileSync(join(root, 'dev', 'a.txt'), '“Yes,” she said.');
    return root;
  };

  it('says where the public corpus comes from when the folder is missing', () => {
    expect(() => readPolnear('/nonexistent/polnear', 'dev')).toThrow(
      /does not exist.*github\.com\/networkdynamics\/PolNeAR/su,
    );
  });

  it('names the split folders there are when the split is missing', () => {
    expect(() => readPolnear(corpus(), 'test')).toThrow(
      /no test\/ folder.*--split with one of: dev/su,
    );
  });

  it('names an article without its annotation file', () => {
    expect(() => readPolnear(corpus(), 'dev')).toThrow(EvalInputError);
    expect(() => readPolnear(corpus(), 'dev')).toThrow(
      /a\.ann: the article has no annotation file/u,
    );
  });

  it('names the file and line of a malformed span, and of a span outside the text', () => {
    expect(() => parseAnn('x.ann', 'T1\tSource one two\tshe', 10)).toThrow(
      /x\.ann:1: span T1 is not/u,
    );
    expect(() => parseAnn('x.ann', 'T1\tSource 0 3\tshe\nT2\tContent 5 99\tYes', 10)).toThrow(
      /x\.ann:2: span T2 \(5–99\) lies outside the text/u,
    );
  });

  it('reads a span whose text runs over two lines, and a relation to it', () => {
    const rows =
      'T1\tContent 0 7;9 12\tYes it\nis\nT2\tSource 13 16\tshe\nE1\tAttribution:T3 Content:T1 Source:T2';
    expect(parseAnn('x.ann', rows, 20)).toEqual([
      {
        id: 'E1',
        source: [{ start: 13, end: 16 }],
        cue: null,
        contents: [
          [
            { start: 0, end: 7 },
            { start: 9, end: 12 },
          ],
        ],
        line: 4,
      },
    ]);
  });
});
