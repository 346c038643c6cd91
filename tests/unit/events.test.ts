import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';
import {
  ActorSchema,
  LandmarkSchema,
  SourceEntrySchema,
  type Event,
} from '../../src/schemas/index.ts';

const LANDMARKS = [
  LandmarkSchema.parse({
    id: 'invasion',
    label: 'the Russian invasion of Ukraine',
    date: '2022-02-24',
    evidence: 'record',
    aliases: [
      'the Russian invasion of Ukraine',
      'the Russian invasion',
      'the invasion',
      'the start of the war',
    ],
  }),
];
const ACTORS = [
  ActorSchema.parse({ id: 'macron', name: 'Emmanuel Macron', gender: 'male' }),
  ActorSchema.parse({ id: 'putin', name: 'Vladimir Putin', gender: 'male' }),
  ActorSchema.parse({ id: 'bennett', name: 'Naftali Bennett', gender: 'male' }),
  ActorSchema.parse({ id: 'scholz', name: 'Olaf Scholz', gender: 'male' }),
  ActorSchema.parse({ id: 'biden', name: 'Joe Biden', gender: 'male' }),
  ActorSchema.parse({
    id: 'entourage',
    name: 'Emmanuel Macron’s entourage',
    kind: 'group',
    aliases: ['the Elysée'],
  }),
];

/** The events of a text published on Monday 7 March 2022 (or `published`), as [date, kind, headline, actors]. */
function events(
  text: string,
  published = '2022-03-07',
  title?: string,
): Array<[string, Event['kind'], string, string[]]> {
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
    actors: ACTORS,
    annotations: [],
    landmarks: LANDMARKS,
  });
  return frontmatter.events.map((e) => [e.date, e.kind, e.headline, e.actors]);
}

describe('events: what each dated sentence reports as a happening', () => {
  it.each<[string, string, Array<[string, Event['kind'], string, string[]]>]>([
    [
      'two happenings of one sentence, each with its own kind and who was named up to it',
      'Naftali Bennett became a mediator, meeting Vladimir Putin on a surprise visit to Moscow on Saturday and speaking with him again by phone on Sunday.',
      [
        ['2022-03-05', 'visit', 'Bennett visits Moscow', ['bennett', 'putin']],
        ['2022-03-06', 'call', 'Bennett and Putin speak by phone', ['bennett', 'putin']],
      ],
    ],
    [
      'a later date’s participants kept from an earlier one',
      'On March 14 and 15, it will be the turn of Olaf Scholz to make these same trips after his meeting on Monday in Washington with Joe Biden.',
      [
        ['2022-03-14', 'visit', 'Scholz travels', ['scholz']],
        ['2022-03-07', 'meeting', 'Scholz meets Biden', ['scholz', 'biden']],
      ],
    ],
    [
      'one date said twice (“in 2014, eight years ago”) is one event',
      'The militias declared civil war against the Ukrainian state in 2014, eight years ago, with Vladimir Putin’s support.',
      [['2014', 'military-action', 'Military action: Putin', ['putin']]],
    ],
    [
      '“since” a landmark is the landmark itself, naming nobody',
      'Since the start of the war, Emmanuel Macron has regularly spoken with Vladimir Putin.',
      [['2022-02-24', 'military-action', 'The Russian invasion of Ukraine', []]],
    ],
    [
      'a date named as a landmark’s',
      'The two heads of state have met four times since February 24, the date of the Russian invasion of Ukraine.',
      [['2022-02-24', 'military-action', 'The Russian invasion of Ukraine', []]],
    ],
    [
      'a landmark’s date in words of its kind',
      'Emmanuel Macron’s efforts failed: the two men have spoken since Russian forces attacked Ukraine on February 24.',
      [['2022-02-24', 'military-action', 'The Russian invasion of Ukraine', []]],
    ],
    [
      'a clause after a colon has its own participants',
      'Emmanuel Macron has not given up: Olaf Scholz said on Saturday that the talks would go on.',
      [['2022-03-05', 'statement', 'Scholz speaks out', ['scholz']]],
    ],
    [
      'a group named by its leader’s name once in the headline',
      'Emmanuel Macron surrounded by his advisers at the Elysée, February 28, 2022, the day of a telephone call with Vladimir Putin.',
      [['2022-02-28', 'call', 'Macron and Putin speak by phone', ['macron', 'entourage', 'putin']]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('gives an article’s one occasion the kind its title names, and dates a loose “eve” by it', () => {
    const text = [
      'Four days before the Russian invasion of Ukraine, Vladimir Putin confirmed to Emmanuel Macron his support for the separatists.',
      'This dialogue of the deaf, on the eve of the Russian invasion, was leaked by the channel.',
    ].join('\n\n');
    expect(
      events(text, '2022-06-25', 'Putin’s snub of Macron in their last call before the invasion'),
    ).toEqual([
      ['2022-02-20', 'call', 'Putin and Macron speak by phone', ['putin', 'macron']],
      ['2022-02-20', 'call', 'A phone call', []],
    ]);
  });

  it('keeps a precise date of another day when the article dates several', () => {
    const text =
      'Vladimir Putin called Emmanuel Macron on Thursday.\n\nOn the eve of the invasion, Emmanuel Macron had warned him.';
    expect(events(text).map(([date]) => date)).toEqual(['2022-03-03', '2022-02-23']);
  });
});
