/** The rules of `find-dates.ts` for weekdays, counted and named days, months and years ("eight years ago", "tomorrow", "last year"), and years alone. */

// One module per function: the `date-fns` index loads every function it has, which costs the CLI a second or more at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { getDay } from 'date-fns/getDay';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { WEEKDAYS } from '../../../src/lib/calendar';
import { fromPublication, mention, quoted, type Precision, type Rule } from './mention';
import { DAY_PREP, NUMBERS, W, YEAR, YEAR_PREP } from './patterns';

export const weekday: Rule = [
  new RegExp(`\\b(?:(${DAY_PREP})\\s+)?${W}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
  (m, ctx) => {
    const prep = m[1]?.toLowerCase();
    const target = WEEKDAYS.indexOf(m[2] ?? '');
    const ahead = (target - getDay(ctx.pub) + 7) % 7;
    const back = (getDay(ctx.pub) - target + 7) % 7;
    if (prep === 'next')
      return [fromPublication(m[0], m.index, addDays(ctx.pub, ahead || 7), 'day', ctx)];
    if (prep === 'last')
      return [fromPublication(m[0], m.index, subDays(ctx.pub, back || 7), 'day', ctx)];
    if (ctx.future)
      return [
        fromPublication(
          m[0],
          m.index,
          addDays(ctx.pub, ahead),
          'day',
          ctx,
          ' (the sentence speaks of the future)',
        ),
      ];
    return [fromPublication(m[0], m.index, subDays(ctx.pub, back), 'day', ctx)];
  },
];

export const ago: Rule = [
  new RegExp(`\\b(an?|\\d{1,3}|${NUMBERS.join('|')})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'),
  (m, ctx) => {
    const raw = (m[1] ?? '').toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : raw.startsWith('a') ? 1 : NUMBERS.indexOf(raw);
    const unit = (m[2] ?? '').toLowerCase();
    const [d, p]: [Date, Precision] =
      unit === 'year'
        ? [subYears(ctx.pub, n), 'year']
        : unit === 'month'
          ? [subMonths(ctx.pub, n), 'month']
          : unit === 'week'
            ? [subWeeks(ctx.pub, n), 'day']
            : [subDays(ctx.pub, n), 'day'];
    return [fromPublication(m[0], m.index, d, p, ctx)];
  },
];

const DAY_WORDS: Record<string, number> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  tomorrow: 1,
};
export const dayWord: Rule = [
  /\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b/gi,
  (m, ctx) => [
    fromPublication(
      m[0],
      m.index,
      addDays(ctx.pub, DAY_WORDS[m[0].toLowerCase()] ?? 0),
      'day',
      ctx,
    ),
  ],
];

const STEPS: Record<string, number> = { last: -1, this: 0, next: 1 };
export const periodWord: Rule = [
  /\b(last|this|next) (month|year)\b/gi,
  (m, ctx) => {
    const step = STEPS[(m[1] ?? '').toLowerCase()] ?? 0;
    const yearly = (m[2] ?? '').toLowerCase() === 'year';
    const d = yearly ? addYears(ctx.pub, step) : addMonths(ctx.pub, step);
    return [fromPublication(m[0], m.index, d, yearly ? 'year' : 'month', ctx)];
  },
];

export const year: Rule = [
  new RegExp(`\\b(?:(?:${YEAR_PREP})\\s+)?${YEAR}\\b`, 'g'),
  (m, ctx) => {
    const contextWord = /\b(?:of|and|between|published|year)\s+$/i.test(
      ctx.sentence.slice(0, m.index),
    );
    const dash = /^\s*[–—-]/.test(ctx.sentence.slice(m.index + m[0].length));
    if (m[0] === m[1] && !contextWord && !dash) return [];
    return [
      mention(
        m[0],
        m.index,
        new Date(Number(m[1]), 0, 1),
        'year',
        'absolute',
        `${quoted(m[0])}: year given in the text`,
      ),
    ];
  },
];
