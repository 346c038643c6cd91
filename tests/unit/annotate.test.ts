import { describe, expect, it } from 'vitest';
import { applyAnnotations } from '../../scripts/normalize/annotate.ts';
import type { ClaimDraft, LocatedAnnotation } from '../../scripts/normalize/drafts.ts';
import { InputError } from '../../scripts/normalize/errors.ts';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';
import type { Block } from '../../scripts/normalize/segment.ts';
import {
  ActorSchema,
  type Actor,
  type Annotation,
  type Claim,
  type SourceEntry,
} from '../../src/schemas/index.ts';

const person = (id: string, name: string, role: string, aliases: string[] = []): Actor =>
  ActorSchema.parse({ id, name, role, aliases });

const GAZETTEER: Actor[] = [
  person('kuleba', 'Dmytro Kuleba', 'Minister of Foreign Affairs of Ukraine', [
    'the head of Ukrainian diplomacy',
  ]),
  person('lambrecht', 'Christine Lambrecht', 'Federal Minister of Defence of Germany'),
  person('putin', 'Vladimir Putin', 'President of Russia'),
];

const SOURCE: SourceEntry = {
  file: '004.txt',
  outlet: 'rfi',
  published: '2022-02-07',
  published_confidence: 'high',
  published_evidence: 'test',
  language: 'en',
  notes: [],
};

/** Two paragraphs of seed 004, whose lost closing marks the reviewed corrections repair. */
const TEXT =
  'In Kiev, the head of Ukrainian diplomacy accused Russia of seeking to ” dig a ditch between his country and its Western allies, receiving his German counterpart Annalena Baerbock on Monday for a support visit in the crisis with Moscow.\n\n' +
  'Germany will send 350 additional soldiers to Lithuania to help strengthen NATO’s eastern flank, “ in a few days “, announced the Minister of Defense. Berlin is leading a NATO operation in Lithuania.';

const correction = (
  fields: Partial<Annotation> & { quote: string },
  line = 12,
): LocatedAnnotation => ({
  annotation: { file: '004.txt', note: 'Reviewed against the RFI original.', ...fields },
  line,
});

const claimsWith = (annotations: LocatedAnnotation[]): Claim[] =>
  normalizeArticle({ text: TEXT, source: SOURCE, actors: GAZETTEER, annotations }).frontmatter
    .claims;

const byQuote = (claims: Claim[], start: string) => claims.filter((c) => c.quote.startsWith(start));

describe('applyAnnotations through normalizeArticle', () => {
  it('without corrections, the extractor ends the lost-mark quote at the end of its sentence, unreviewed', () => {
    const [ditch] = byQuote(claimsWith([]), 'dig a ditch');
    expect(ditch).toMatchObject({
      quote:
        'dig a ditch between his country and its Western allies, receiving his German counterpart Annalena Baerbock on Monday for a support visit in the crisis with Moscow.',
      speaker: 'kuleba',
      attribution: 'auto',
    });
  });

  it('narrows a claim to the corrected words, sets its speaker and kind, and marks it reviewed with the note', () => {
    const claims = claimsWith([
      correction({
        quote: 'dig a ditch between his country and its Western allies',
        speaker: 'kuleba',
        kind: 'direct',
      }),
    ]);
    expect(byQuote(claims, 'dig a ditch')).toEqual([
      expect.objectContaining({
        quote: 'dig a ditch between his country and its Western allies',
        speaker: 'kuleba',
        kind: 'direct',
        paragraph: 1,
        attribution: 'reviewed',
        confidence: 'high',
        note: 'Reviewed against the RFI original.',
      }),
    ]);
  });

  it('gives a claim the reviewed speaker and date, with “reviewed” as the date’s evidence', () => {
    const [days] = byQuote(
      claimsWith([
        correction({ quote: 'in a few days', speaker: 'lambrecht', said: '2022-02-07' }),
      ]),
      'in a few days',
    );
    expect(days).toMatchObject({
      speaker: 'lambrecht',
      said: '2022-02-07',
      said_evidence: 'reviewed',
      attribution: 'reviewed',
      kind: 'fragment',
    });
    expect(days!.speaker_text).toBe('the Minister of Defense');
  });

  it('states that the text names nobody with speaker: null', () => {
    const [days] = byQuote(
      claimsWith([correction({ quote: 'in a few days', speaker: null })]),
      'in a few days',
    );
    expect(days).toMatchObject({ speaker: null, attribution: 'reviewed' });
  });

  it('keeps the extractor’s speaker when the correction only sets the date', () => {
    const [ditch] = byQuote(
      claimsWith([
        correction({
          quote: 'dig a ditch between his country and its Western allies',
          said: '2022-02-07',
        }),
      ]),
      'dig a ditch',
    );
    expect(ditch).toMatchObject({ speaker: 'kuleba', said: '2022-02-07', attribution: 'reviewed' });
  });

  it('adds a claim where the extractor found none, in reading order', () => {
    const claims = claimsWith([
      correction({
        quote: 'Berlin is leading a NATO operation',
        speaker: 'lambrecht',
        kind: 'indirect',
      }),
    ]);
    expect(claims.map((c) => [c.paragraph, c.quote, c.attribution])).toEqual([
      [
        1,
        'dig a ditch between his country and its Western allies, receiving his German counterpart Annalena Baerbock on Monday for a support visit in the crisis with Moscow.',
        'auto',
      ],
      [2, 'in a few days', 'auto'],
      [2, 'Berlin is leading a NATO operation', 'reviewed'],
    ]);
    expect(claims[2]).toMatchObject({
      speaker: 'lambrecht',
      kind: 'indirect',
      confidence: 'high',
      note: 'Reviewed against the RFI original.',
    });
  });

  it('adds a direct claim when the correction gives no kind', () => {
    const [added] = byQuote(
      claimsWith([
        correction({ quote: 'Berlin is leading a NATO operation', speaker: 'lambrecht' }),
      ]),
      'Berlin',
    );
    expect(added!.kind).toBe('direct');
  });

  it('leaves every claim it does not touch as the extractor made it', () => {
    const before = claimsWith([]);
    const after = claimsWith([correction({ quote: 'in a few days', speaker: 'lambrecht' })]);
    expect(byQuote(after, 'dig a ditch')).toEqual(byQuote(before, 'dig a ditch'));
  });
});

describe('applyAnnotations: corrections that no longer fit the text stop the run', () => {
  const run = (annotation: LocatedAnnotation) => () => claimsWith([annotation]);

  it('throws an InputError with the annotations file, the line and the field when the words are not in the text', () => {
    const call = run(
      correction(
        { quote: 'dig a trench between his country and its allies', speaker: 'kuleba' },
        27,
      ),
    );
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      /^seeds\/annotations\.yaml:27 \(quote\): the words “dig a trench between his country and its allies” are not in the cleaned text of 004\.txt\. Copy the words exactly/u,
    );
  });

  it('throws when the words occur twice, and says how many times', () => {
    const call = run(correction({ quote: 'Lithuania', speaker: 'lambrecht' }, 31));
    expect(call).toThrow(
      /^seeds\/annotations\.yaml:31 \(quote\): the words “Lithuania” occur 2 times in 004\.txt\. Quote more words/u,
    );
  });

  it('throws when the speaker is not a known actor id', () => {
    const call = run(correction({ quote: 'in a few days', speaker: 'christine-lambrecht' }, 40));
    expect(call).toThrow(
      /^seeds\/annotations\.yaml:40 \(speaker\): no actor has the id “christine-lambrecht”\. Use an id from seeds\/actors\.yaml/u,
    );
  });

  it('gives the error its parts, for the CLI', () => {
    try {
      claimsWith([correction({ quote: 'not in this article', note: 'x' }, 9)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ file: 'seeds/annotations.yaml', line: 9, field: 'quote' });
    }
  });
});

describe('applyAnnotations called directly', () => {
  const blocks: Block[] = [
    { role: 'paragraph', text: 'Putin said “no” twice and then “yes” once.', line: 1 },
  ];
  const index = new Set(GAZETTEER.map((a) => a.id));
  const draft = (start: number, end: number): ClaimDraft => ({
    span: {
      block: 0,
      start,
      end,
      openMark: start - 1,
      closeMark: end,
      kind: 'fragment',
      inferred: null,
    },
    attribution: {
      speaker: 'putin',
      speakerText: 'Putin',
      cue: 'Putin said',
      confidence: 'high',
      cueSentence: null,
      mention: null,
    },
    reviewed: null,
  });
  const no = draft(12, 14);
  const yes = draft(32, 35);

  it('does not change the drafts it is given', () => {
    const drafts = [no, yes];
    const copy = structuredClone(drafts);
    applyAnnotations(drafts, blocks, [correction({ quote: 'yes', speaker: null })], index);
    expect(drafts).toEqual(copy);
  });

  it('replaces the claims a correction’s words overlap by one reviewed claim', () => {
    const out = applyAnnotations(
      [no, yes],
      blocks,
      [correction({ quote: 'no” twice and then “yes', kind: 'direct' })],
      index,
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.span).toMatchObject({ start: 12, end: 35, kind: 'direct' });
    expect(out[0]!.reviewed).toEqual({ note: 'Reviewed against the RFI original.' });
  });

  it('returns the drafts unchanged when there is no correction', () => {
    expect(applyAnnotations([no, yes], blocks, [], index)).toEqual([no, yes]);
  });
});
