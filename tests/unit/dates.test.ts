import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../scripts/normalize/dates/find-dates.ts';
import type { DateMention } from '../../scripts/normalize/dates/mention.ts';

/** Expected mention: [date, phrase, resolution]; precision follows from the date's length. */
type Expected = readonly [string, string, DateMention['resolution']];
interface Case {
  name: string;
  sentence: string;
  expected: readonly Expected[];
}

const precisionOf = (date: string): DateMention['precision'] =>
  date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
const asMention = ([date, phrase, resolution]: Expected) => ({
  date,
  phrase,
  resolution,
  precision: precisionOf(date),
});

const articles: ReadonlyArray<{ published: string; weekday: string; cases: readonly Case[] }> = [
  {
    published: '2022-03-07',
    weekday: 'Monday',
    cases: [
      {
        name: 'past-tense “on Saturday” and “on Sunday” are the weekend just before publication',
        sentence:
          'Israeli Prime Minister Naftali Bennett also became a mediator, meeting Putin on a surprise visit to Moscow on Saturday and speaking with him again by phone on Sunday.',
        expected: [
          ['2022-03-05', 'on Saturday', 'relative'],
          ['2022-03-06', 'on Sunday', 'relative'],
        ],
      },
      {
        name: '“the last call” does not make “on Sunday” a “last Sunday”',
        sentence:
          'During the last call on Sunday that came at Macron’s request, the French president asked for the protection of civilians.',
        expected: [['2022-03-06', 'on Sunday', 'relative']],
      },
      {
        name: 'the publication weekday in a past-tense sentence is the publication day',
        sentence: 'Instead of mercy, the French president on Monday denounced Moscow’s “cynicism”.',
        expected: [['2022-03-07', 'on Monday', 'relative']],
      },
      {
        name: '“heads to … on Tuesday” looks ahead to the next Tuesday',
        sentence:
          'US Secretary of State Anthony Blinken heads to Paris on Tuesday to hear directly from Macron about his discussions.',
        expected: [['2022-03-08', 'on Tuesday', 'relative']],
      },
      {
        name: 'a past-tense “on Thursday” is the Thursday before publication',
        sentence: 'Putin called on Thursday.',
        expected: [['2022-03-03', 'on Thursday', 'relative']],
      },
      {
        name: 'a month-day without a year takes the publication year',
        sentence:
          'The two men have spoken four times since Russian forces attacked Ukraine on February 24, and 11 times over the past month.',
        expected: [['2022-02-24', 'on February 24', 'relative']],
      },
      {
        name: 'a full date in a tweet signature is absolute',
        sentence: '– Emmanuel Macron (@EmmanuelMacron) March 3, 2022',
        expected: [['2022-03-03', 'March 3, 2022', 'absolute']],
      },
      {
        name: '“in 2017” is a year given in the text',
        sentence: 'Macron first hosted Putin at Versailles in 2017.',
        expected: [['2017', 'in 2017', 'absolute']],
      },
      {
        name: '“next Monday” on a Monday is a week later and “last Monday” a week earlier',
        sentence: 'They spoke last Monday and will speak again next Monday.',
        expected: [
          ['2022-02-28', 'last Monday', 'relative'],
          ['2022-03-14', 'next Monday', 'relative'],
        ],
      },
      {
        name: '“yesterday”, “three days ago”, “last month” and “two years ago” count back from publication',
        sentence:
          'He said yesterday that talks begun three days ago, like those of last month and two years ago, had failed.',
        expected: [
          ['2022-03-06', 'yesterday', 'relative'],
          ['2022-03-04', 'three days ago', 'relative'],
          ['2022-02', 'last month', 'relative'],
          ['2020', 'two years ago', 'relative'],
        ],
      },
    ],
  },
  {
    published: '2022-06-25',
    weekday: 'Saturday',
    cases: [
      {
        name: '“next Thursday” is the first Thursday after publication',
        sentence:
          'France 2, the leading public service channel, will broadcast a documentary next Thursday reproducing the personal dialogue between the Russian president and the French president.',
        expected: [['2022-06-30', 'next Thursday', 'relative']],
      },
      {
        name: '“in 2014, eight years ago” gives the same year twice, once absolute and once relative',
        sentence:
          'the militias that declared civil war against the Ukrainian state in 2014, eight years ago, creating the Donetsk and Luhansk republics',
        expected: [
          ['2014', 'in 2014', 'absolute'],
          ['2014', 'eight years ago', 'relative'],
        ],
      },
    ],
  },
  {
    published: '2022-02-08',
    weekday: 'Tuesday',
    cases: [
      {
        name: '“on Monday evening” keeps the time of day in the phrase',
        sentence:
          'Putin confided to his guests that the five hours spent with President Macron on Monday evening had seemed very long.',
        expected: [['2022-02-07', 'on Monday evening', 'relative']],
      },
      {
        name: '“on Tuesday morning” in a past narrative is the publication day',
        sentence:
          'Macron tried to influence President Putin before visiting Ukraine on Tuesday morning and Berlin that same afternoon.',
        expected: [['2022-02-08', 'on Tuesday morning', 'relative']],
      },
      {
        name: '“in 1997 –” is a year',
        sentence:
          'that this time machine could return things to the moment in 1997 – the year of the otherwise unimportant agreement',
        expected: [['1997', 'in 1997', 'absolute']],
      },
      {
        name: 'a number with a space as thousands separator is not a year',
        sentence: 'The war in the Donbass has cost the lives of 15 000 people.',
        expected: [],
      },
      {
        name: 'a number with a comma as thousands separator is not a year',
        sentence: 'Russia has massed 125,000 Russian soldiers and 350 tanks on the border.',
        expected: [],
      },
      {
        name: 'a past-tense month-day more than two months ahead falls in the previous year',
        sentence: 'They first met on December 20.',
        expected: [['2021-12-20', 'on December 20', 'relative']],
      },
      {
        name: 'a future-tense month-day stays in the publication year',
        sentence: 'They will meet again on December 20.',
        expected: [['2022-12-20', 'on December 20', 'relative']],
      },
      {
        name: '“may” and “march” as verbs, and names inside other words, are not dates',
        sentence:
          'Troops may march on Mondays, May said, and the Mayor of Marchfield agreed in 15 000 ways.',
        expected: [],
      },
      {
        name: '“in March” alone is a month; “on May 9” is a day',
        sentence: 'The offensive began in March and the parade will be held on May 9.',
        expected: [
          ['2022-03', 'in March', 'relative'],
          ['2022-05-09', 'on May 9', 'relative'],
        ],
      },
      {
        name: 'a day-month-year date is absolute',
        sentence: 'The treaty was signed on 7 February 2022 in Moscow.',
        expected: [['2022-02-07', 'on 7 February 2022', 'absolute']],
      },
    ],
  },
  {
    published: '2022-02-07',
    weekday: 'Monday',
    cases: [
      {
        name: 'a weekday followed by an explicit date is one mention, the date winning',
        sentence:
          'Emmanuel Macron arrived this Monday, February 7 at 6:30 p.m. local time at the Kremlin.',
        expected: [['2022-02-07', 'this Monday, February 7', 'relative']],
      },
      {
        name: '“will go … on Tuesday” is the day after a Monday publication',
        sentence:
          'Emmanuel Macron will go to Kiev on Tuesday to see his Ukrainian counterpart Volodymyr Zelensky.',
        expected: [['2022-02-08', 'on Tuesday', 'relative']],
      },
      {
        name: '“On February 14 and 15” gives one mention per day; “on Monday” in a future-tense sentence is the publication day',
        sentence:
          'On February 14 and 15, it will be the turn of German Chancellor Olaf Scholz to make these same trips after his meeting on Monday in Washington with US President Joe Biden.',
        expected: [
          ['2022-02-14', 'On February 14', 'relative'],
          ['2022-02-15', '15', 'relative'],
          ['2022-02-07', 'on Monday', 'relative'],
        ],
      },
    ],
  },
  {
    published: '2022-03-08',
    weekday: 'Tuesday',
    cases: [
      {
        name: '“Since December 2021” has month precision',
        sentence:
          'Since December 2021, Vladimir Putin and Emmanuel Macron have spoken fourteen times.',
        expected: [['2021-12', 'Since December 2021', 'absolute']],
      },
      {
        name: '“from 2017 to 2019” gives two years',
        sentence: 'shade Sylvie Bermann, French Ambassador to Russia from 2017 to 2019.',
        expected: [
          ['2017', 'from 2017', 'absolute'],
          ['2019', 'to 2019', 'absolute'],
        ],
      },
      {
        name: '“on March 6” takes the publication year',
        sentence: '“by negotiation or by war”, he reminded Emmanuel Macron on March 6.',
        expected: [['2022-03-06', 'on March 6', 'relative']],
      },
      {
        name: '“February 28, 2022” is absolute',
        sentence:
          'Surrounded by his advisers in the golden salon of the Elysée, February 28, 2022, the day of a telephone call with Vladimir Putin.',
        expected: [['2022-02-28', 'February 28, 2022', 'absolute']],
      },
      {
        name: '“until 2036” is a year',
        sentence: 'How can we imagine making someone who sees himself in office bend until 2036?',
        expected: [['2036', 'until 2036', 'absolute']],
      },
    ],
  },
  {
    published: '2016-07-31',
    weekday: 'Sunday',
    cases: [
      {
        name: 'an abbreviated month without a year takes the year nearest publication, even with no verb in the future',
        sentence:
          'The Republican presidential nominee for the Nov. 8 election later said he was being sarcastic.',
        expected: [['2016-11-08', 'Nov. 8', 'relative']],
      },
      {
        name: 'an abbreviated month five months back stays in the publication year',
        sentence: 'The Clinton campaign said her last press conference was held on Feb. 28.',
        expected: [['2016-02-28', 'Feb. 28', 'relative']],
      },
      {
        name: 'an abbreviated month with its year is absolute, with “Sept.11” written without a space',
        sentence: 'Those attacks, and the attacks of Sept.11, 2001, all had something in common.',
        expected: [['2001-09-11', 'Sept.11, 2001', 'absolute']],
      },
      {
        name: 'a weekday before an abbreviated date is one mention',
        sentence: 'He spoke on Thursday, Aug. 11, 2016 in Warren, Michigan.',
        expected: [['2016-08-11', 'on Thursday, Aug. 11, 2016', 'absolute']],
      },
      {
        name: 'an abbreviated range is dated by its first day, where a spelled-out one gives both days',
        sentence:
          'The poll was conducted July 6-9 and Aug. 2-5, before the fiscal year ends Sept. 30.',
        expected: [
          ['2016-07-06', 'July 6', 'relative'],
          ['2016-07-09', '9', 'relative'],
          ['2016-08-02', 'Aug. 2-5', 'relative'],
          ['2016-09-30', 'Sept. 30', 'relative'],
        ],
      },
    ],
  },
];

describe.each(articles)('in an article published $published ($weekday)', ({ published, cases }) => {
  it.each(cases)('$name', ({ sentence, expected }) => {
    expect(findDates(sentence, published)).toMatchObject(expected.map(asMention));
  });

  it.each(cases)('offsets locate each phrase, in order, without overlap: $name', ({ sentence }) => {
    let previousEnd = 0;
    for (const m of findDates(sentence, published)) {
      expect(sentence.slice(m.start, m.end)).toBe(m.phrase);
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = m.end;
    }
  });
});

describe('reasoning strings', () => {
  it.each([
    [
      'Putin called him on Sunday.',
      '2022-03-07',
      '“on Sunday”, in an article published Monday 7 March 2022, that is Sunday 6 March 2022',
    ],
    [
      'Blinken heads to Paris on Tuesday.',
      '2022-03-07',
      '“on Tuesday”, in an article published Monday 7 March 2022, that is Tuesday 8 March 2022 (the sentence speaks of the future)',
    ],
    ['the state in 2014, eight years ago', '2022-06-25', '“in 2014”: year given in the text'],
    [
      'He went to Moscow on February 7.',
      '2022-03-08',
      '“on February 7”, in the year of publication (2022), that is Monday 7 February 2022',
    ],
    [
      'Since December 2021, they have spoken.',
      '2022-03-08',
      '“Since December 2021”: month and year given in the text',
    ],
    [
      'It was eight years ago.',
      '2022-06-25',
      '“eight years ago”, in an article published Saturday 25 June 2022, that is 2014',
    ],
    [
      'The primary will take place on Aug. 30.',
      '2016-05-23',
      '“Aug. 30”, an abbreviated month read by chrono-node, in the year that puts it nearest the publication date (Monday 23 May 2016), that is Tuesday 30 August 2016',
    ],
    [
      'The poll surveyed adults Dec. 6-9.',
      '2015-12-13',
      '“Dec. 6-9”, an abbreviated month read by chrono-node, in the year that puts it nearest the publication date (Sunday 13 December 2015), that is Sunday 6 December 2015; a range, dated by its first day',
    ],
    [
      'He arrived on Tuesday, February 7.',
      '2022-02-07',
      '“on Tuesday, February 7”, in the year of publication (2022), that is Monday 7 February 2022; but the text says Tuesday',
    ],
  ])('%s (published %s) is explained as %s', (sentence, published, reasoning) => {
    expect(findDates(sentence, published)[0]?.reasoning).toBe(reasoning);
  });
});

describe('input validation', () => {
  it.each(['2022-13-01', '7 March 2022', ''])('rejects the publication date %j', (published) => {
    expect(() => findDates('on Sunday', published)).toThrow(/bad publication date/);
  });
});

describe('weekday resolution, for any publication date in 2000–2030', () => {
  const WEEKDAYS = [
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ] as const;
  const first = new Date(2000, 0, 1);
  const publication = fc
    .integer({ min: 0, max: differenceInCalendarDays(new Date(2030, 11, 31), first) })
    .map((n) => format(addDays(first, n), 'yyyy-MM-dd'));

  it.each([
    [
      '“on <Weekday>” in a past-tense sentence',
      0,
      6,
      (w: string) => `The minister met reporters on ${w}.`,
    ],
    [
      '“on <Weekday>” in a future-tense sentence',
      -6,
      0,
      (w: string) => `The minister will meet reporters on ${w}.`,
    ],
    ['“last <Weekday>”', 1, 7, (w: string) => `The minister met reporters last ${w}.`],
    ['“next <Weekday>”', -7, -1, (w: string) => `The minister meets reporters next ${w}.`],
  ] as const)(
    '%s lands on that weekday, %i to %i days before publication',
    (_label, min, max, sentenceFor) => {
      fc.assert(
        fc.property(publication, fc.constantFrom(...WEEKDAYS), (published, weekday) => {
          const [mention, ...rest] = findDates(sentenceFor(weekday), published);
          expect(rest).toEqual([]);
          expect(mention?.precision).toBe('day');
          const date = parseISO(mention?.date ?? '');
          expect(format(date, 'EEEE')).toBe(weekday);
          const daysBefore = differenceInCalendarDays(parseISO(published), date);
          expect(daysBefore).toBeGreaterThanOrEqual(min);
          expect(daysBefore).toBeLessThanOrEqual(max);
        }),
      );
    },
  );
});
