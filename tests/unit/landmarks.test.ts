import { describe, expect, it } from 'vitest';
import { datesOf } from '../../scripts/normalize/landmarks.ts';
import { LandmarkSchema } from '../../src/schemas/index.ts';

const LANDMARKS = [
  LandmarkSchema.parse({
    id: 'invasion',
    label: 'the Russian invasion of Ukraine',
    date: '2022-02-24',
    evidence: 'record',
    aliases: ['the Russian invasion of Ukraine', 'the Russian invasion', 'the invasion'],
  }),
];

describe('datesOf: dates anchored on a landmark or on the paragraph’s previous date', () => {
  it.each<[string, string, string, string, string]>([
    [
      'N days before a landmark',
      'Four days before the Russian invasion of Ukraine, Putin confirmed it.',
      'Four days before the Russian invasion of Ukraine',
      '2022-02-20',
      'day',
    ],
    [
      'N weeks after a landmark',
      'Two weeks after the invasion, the talks resumed.',
      'Two weeks after the invasion',
      '2022-03-10',
      'day',
    ],
    [
      'N months into a landmark, at month precision',
      'Three months into the invasion, the front held.',
      'Three months into the invasion',
      '2022-05',
      'month',
    ],
    [
      'the eve of a landmark',
      '“The president is not naive,” said Le Drian on the eve of the Russian invasion.',
      'on the eve of the Russian invasion',
      '2022-02-23',
      'day',
    ],
    [
      'the day after a landmark',
      'On the day after the invasion, he called.',
      'On the day after the invasion',
      '2022-02-25',
      'day',
    ],
    [
      'since a landmark: its own date, where a period starts',
      'Since the invasion, Macron has called Putin four times.',
      'Since the invasion',
      '2022-02-24',
      'day',
    ],
  ])('%s', (_name, sentence, phrase, date, precision) => {
    const found = datesOf(sentence, '2022-06-25', LANDMARKS, null);
    expect(found.map((d) => [d.phrase, d.date, d.precision, d.resolution, d.anchoredOn])).toEqual([
      [phrase, date, precision, 'anchored', 'invasion'],
    ]);
  });

  it('counts “two years later” from the paragraph’s previous date, no more precisely than it', () => {
    const [later] = datesOf('Two years later they discussed peace talks.', '2022-03-07', [], {
      id: '2017-in-2017',
      mention: { phrase: 'in 2017', date: '2017', precision: 'year' },
    });
    expect(later).toMatchObject({
      phrase: 'Two years later',
      date: '2019',
      precision: 'year',
      resolution: 'anchored',
      anchoredOn: '2017-in-2017',
    });
  });

  it.each<[string, string]>([
    [
      'a landmark named without an offset or “since”',
      'After the invasion, Macron called Putin four times.',
    ],
    ['an alias inside a longer word', 'Four days before the invasions of the past, nothing.'],
    ['“later” with no earlier date in the paragraph', 'Two years later they met again.'],
  ])('finds nothing for %s', (_name, sentence) => {
    expect(datesOf(sentence, '2022-03-07', LANDMARKS, null)).toEqual([]);
  });

  it('keeps the dates the text gives itself, beside the anchored ones', () => {
    expect(
      datesOf(
        'On February 28, four days after the invasion, they spoke.',
        '2022-03-07',
        LANDMARKS,
        null,
      ).map((d) => d.date),
    ).toEqual(['2022-02-28', '2022-02-28']);
  });
});
