/** The rules of `find-dates.ts` for dates that name their month: a month and day, a month and year, "in March". */

import { getDay } from 'date-fns/getDay';
import { MONTHS, WEEKDAYS } from '../../../src/lib/calendar';
import {
  human,
  inferYear,
  makeDate,
  mention,
  quoted,
  type DateMention,
  type Rule,
} from './mention';
import { DAY_PREP, M, W, words, YEAR, YEAR_PREP } from './patterns';

export const monthDay: Rule = [
  new RegExp(
    `\\b(?:(?:${DAY_PREP})\\s+)?(?:${W},?\\s+)?(?:${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*(?:and|&|-|–)\\s*(\\d{1,2})(?![\\d ]*\\d))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${M})\\b(?:,?\\s+${YEAR})?`,
    'gd',
  ),
  (m, ctx) => {
    const [, weekday, month1, day1, day2, day3, month2, year] = m;
    const month = MONTHS.indexOf(month1 ?? month2 ?? '');
    const found: DateMention[] = [];
    const days: Array<[string, number, number]> = [[m[0], m.index, Number(day1 ?? day3)]];
    const second = m.indices?.[4];
    if (day2 !== undefined && second) {
      days[0] = [
        m[0].slice(0, second[0] - m.index).replace(/\s*(?:and|&|-|–)\s*$/, ''),
        m.index,
        Number(day1),
      ];
      days.push([m[0].slice(second[0] - m.index), second[0], Number(day2)]);
    }
    for (const [phrase, start, day] of days) {
      const { date, why } = year
        ? { date: makeDate(Number(year), month, day), why: 'date given in the text' }
        : inferYear(month, day, ctx);
      if (!date) return [];
      const check =
        weekday === undefined
          ? ''
          : getDay(date) === WEEKDAYS.indexOf(weekday)
            ? '; the weekday matches'
            : `; but the text says ${weekday}`;
      const sep = year ? ':' : ',';
      found.push(
        mention(
          phrase,
          start,
          date,
          'day',
          year ? 'absolute' : 'relative',
          `${quoted(phrase)}${sep} ${why}, that is ${human(date)}${check}`,
        ),
      );
    }
    return found;
  },
];

export const monthYear: Rule = [
  new RegExp(`\\b(?:(?:${YEAR_PREP})\\s+)?${M}\\s+${YEAR}`, 'g'),
  (m) => [
    mention(
      m[0],
      m.index,
      new Date(Number(m[2]), MONTHS.indexOf(m[1] ?? ''), 1),
      'month',
      'absolute',
      `${quoted(m[0])}: month and year given in the text`,
    ),
  ],
];

export const monthOnly: Rule = [
  new RegExp(
    `\\b(?:${words(['in', 'since', 'until', 'from', 'during', 'before', 'after', 'by'])})\\s+(${MONTHS.filter((n) => n !== 'May').join('|')})\\b(?!,?\\s*\\d)`,
    'g',
  ),
  (m, ctx) => {
    const { date, why } = inferYear(MONTHS.indexOf(m[1] ?? ''), 1, ctx);
    return date
      ? [
          mention(
            m[0],
            m.index,
            date,
            'month',
            'relative',
            `${quoted(m[0])}, ${why}, that is ${human(date, 'month')}`,
          ),
        ]
      : [];
  },
];
