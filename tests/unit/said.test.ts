import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';
import { LandmarkSchema, SourceEntrySchema } from '../../src/schemas/index.ts';

const LANDMARKS = [
  LandmarkSchema.parse({
    id: 'invasion',
    label: 'the Russian invasion of Ukraine',
    date: '2022-02-24',
    evidence: 'record',
    aliases: ['the Russian invasion', 'the invasion'],
  }),
];

function statements(text: string, published: string, title?: string) {
  const source = SourceEntrySchema.parse({
    file: 't.txt',
    outlet: 'x',
    published,
    published_confidence: 'high',
    published_evidence: 'test',
    language: 'en',
    ...(title ? { title } : {}),
  });
  const { frontmatter } = normalizeArticle({
    text,
    source,
    actors: [],
    annotations: [],
    landmarks: LANDMARKS,
  });
  return {
    claims: frontmatter.claims.filter((c) => c.kind !== 'term'),
    events: frontmatter.events,
  };
}

const NUMBERS_IN_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

const firstWords = (quote: string) => quote.split(' ').slice(0, 3).join(' ');

/** The `said` date of each statement of a text published on Monday 7 March 2022, by its first words. */
function said(text: string, published = '2022-03-07'): Record<string, string | null> {
  return Object.fromEntries(
    statements(text, published).claims.map((c) => [firstWords(c.quote), c.said]),
  );
}

describe('said: when the words were said, as the text dates them', () => {
  it.each<[string, string, Record<string, string | null>]>([
    [
      'the sentence that attributes the words',
      '“We will not give up the fight,” Jane Roe said on Sunday.',
      { 'We will not': '2022-03-06' },
    ],
    [
      'the quotation’s own sentence',
      'Jane Roe on Sunday denounced the “cynicism of the Kremlin and its allies” in a speech.',
      { 'cynicism of the': '2022-03-06' },
    ],
    [
      'a date phrase earlier in the paragraph, for a speaker it names',
      'Jane Roe spoke to John Doe on Thursday. She told him: “The talks must go on until the end of the war.”',
      { 'The talks must': '2022-03-03' },
    ],
    [
      'not an earlier date of the paragraph for someone it does not name',
      'Jane Roe spoke to John Doe on Thursday. “It is all theatre and nothing more than that,” said Mary Major, an analyst.',
      { 'It is all': null },
    ],
    [
      'the occasion of an earlier paragraph, for a participant',
      'Jane Roe called John Doe on Thursday.\n\nDoe told Roe that the operation “is going according to plan and will go on.”',
      { 'is going according': '2022-03-03' },
    ],
    [
      'a landmark',
      '“The president is not naive,” said Jane Roe on the eve of the Russian invasion.',
      { 'The president is': '2022-02-23' },
    ],
    [
      'a tweet’s signature',
      'I spoke to President Doe this morning. We must avoid the worst.\n\n– Jane Roe (@JaneRoe) March 3, 2022',
      { 'I spoke to': '2022-03-03' },
    ],
  ])('from %s', (_name, text, expected) => {
    expect(said(text)).toMatchObject(expected);
  });

  it.each<[string, string]>([
    [
      'a sentence about the future',
      'Jane Roe will travel to Kyiv on Tuesday, where she said she would “listen to everyone who wants peace.”',
    ],
    [
      'a year alone',
      '“We built this country together,” said Jane Roe, who was ambassador from 2017 to 2019.',
    ],
    [
      'words from before the occasion',
      'Jane Roe met John Doe on Thursday.\n\nEarlier, Roe had set her red lines: “No concessions on the borders of the country.”',
    ],
    [
      'a standing view in the present',
      'Jane Roe met John Doe on Thursday. Doe considers the “independence of the republics” non-negotiable.',
    ],
    [
      'a text with no date at all',
      '“We will keep in touch with everyone in the region,” Jane Roe said.',
    ],
  ])('leaves the words undated for %s', (_name, text) => {
    expect(Object.values(said(text))).toEqual([null]);
  });

  it('dates words the speaker tweeted by the signature of the one tweet of theirs the article shows', () => {
    const text =
      'Jane Roe spoke to John Doe on Thursday.\n\n“No more attacks on the city, please,” Jane Roe tweeted.\n\nWe must avoid the worst.\n\n– Jane Roe (@JaneRoe) March 2, 2022';
    expect(said(text)).toMatchObject({ 'No more attacks': '2022-03-02' });
    // Another person's tweet does not date them.
    const other =
      '“No more attacks on the city, please,” Jane Roe tweeted.\n\nWe must avoid the worst.\n\n– John Doe (@JohnDoe) March 2, 2022';
    expect(said(other)).toMatchObject({ 'No more attacks': null });
  });

  // Paragraphs that go on about something else, more than the passage rule reaches back.
  const FILLER = Array.from(
    { length: 8 },
    (_, k) => `Analysts wrote report number ${NUMBERS_IN_WORDS[k]} about the markets.`,
  ).join('\n\n');
  it.each<[string, string, string | null]>([
    [
      'words said before the other party of the last occasion dated before them',
      '“Ask your citizens whether they want a war,” declared John Doe before Jane Roe, in a message full of innuendo.',
      '2022-03-07',
    ],
    [
      'words told to the other party',
      'John Doe told Jane Roe: “Ask your citizens whether they want a war with us.”',
      '2022-03-07',
    ],
    [
      'not words about the other party',
      '“Ask your citizens whether they want a war,” declared John Doe about Jane Roe, in a message full of innuendo.',
      null,
    ],
    [
      'not words that name no other party',
      '“Ask your citizens whether they want a war,” declared John Doe, in a message full of innuendo.',
      null,
    ],
    [
      'not words whose sentence has a date of its own',
      '“Ask your citizens whether they want a war,” John Doe told Jane Roe in 2019.',
      null,
    ],
  ])('dates %s, however far back', (_name, claim, date) => {
    const text = `Jane Roe met John Doe in Moscow on Monday.\n\n${FILLER}\n\n${claim}\n\nOn Sunday, Doe had called Roe.`;
    expect(said(text)).toMatchObject({ 'Ask your citizens': date });
  });

  it('dates the quotations of an article about one occasion by that occasion', () => {
    const text =
      'Four days before the Russian invasion, Jane Roe spoke to John Doe by phone.\n\nDoe responds, irritated, that the other side must give “guarantees of security for everyone.”';
    expect(said(text, '2022-06-25')).toMatchObject({ 'guarantees of security': '2022-02-20' });
  });

  it.each<
    [
      string,
      string,
      string | undefined,
      Record<string, { kind: string; event: string | null } | null>,
    ]
  >([
    [
      'a call, with the article’s event for it',
      'Jane Roe spoke to John Doe by phone on Thursday. She told him: “The talks must go on until the end of the war.”',
      undefined,
      { 'The talks must': { kind: 'call', event: '2022-03-03-on-thursday' } },
    ],
    [
      'a press conference',
      'At a press conference on Monday, Jane Roe said the talks had been “useful and frank for both sides.”',
      undefined,
      { 'useful and frank': { kind: 'press-conference', event: '2022-03-07-on-monday' } },
    ],
    [
      'a tweet, which is no event of the timeline',
      'I spoke to President Doe this morning. We must avoid the worst.\n\n– Jane Roe (@JaneRoe) March 3, 2022',
      undefined,
      { 'I spoke to': { kind: 'tweet', event: null } },
    ],
    [
      'the one occasion of an article, of the kind its title names',
      'Four days before the Russian invasion, Jane Roe confirmed to John Doe her support.\n\nDoe responds, irritated, that the other side must give “guarantees of security for everyone.”',
      'Roe’s snub of Doe in their last call',
      {
        'guarantees of security': {
          kind: 'call',
          event: '2022-02-20-four-days-before-the-russian-invasion',
        },
      },
    ],
    [
      'a press conference the sentence of saying names, on the visit the paragraph dates',
      'Jane Roe visited John Doe in Moscow on Monday. “We made progress on every point,” said John Doe, during a joint press conference.',
      undefined,
      { 'We made progress': { kind: 'press-conference', event: '2022-03-07-on-monday' } },
    ],
    [
      'no occasion for undated words',
      '“We will keep in touch with everyone in the region,” Jane Roe said.',
      undefined,
      { 'We will keep': null },
    ],
  ])('gives the occasion of %s', (_name, text, title, expected) => {
    // The article about one occasion was published months after it, like ABC's of 25 June 2022.
    const { claims } = statements(text, title ? '2022-06-25' : '2022-03-07', title);
    expect(Object.fromEntries(claims.map((c) => [firstWords(c.quote), c.occasion]))).toEqual(
      expected,
    );
  });

  it('never dates words later than the article’s publication', () => {
    const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    fc.assert(
      fc.property(
        fc.constantFrom(...weekdays),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }),
        fc.constantFrom('on', 'last', 'next', 'this'),
        (day, pub, prep) => {
          const published = pub.toISOString().slice(0, 10);
          const dates = Object.values(
            said(
              `“We will hold the line whatever it costs us,” Jane Roe said ${prep} ${day}.`,
              published,
            ),
          );
          return dates.every((d) => d === null || d <= published);
        },
      ),
      { numRuns: 60 },
    );
  });
});
