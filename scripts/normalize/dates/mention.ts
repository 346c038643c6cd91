/**
 * A date mention and the helpers every rule of `find-dates.ts` builds one with: the ISO and
 * reader forms of a date, the year a month-day without one gets, the reasoning of a phrase
 * resolved from the publication date.
 */

import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { isAfter } from 'date-fns/isAfter';
import type { z } from 'astro/zod';
import type { PrecisionSchema } from '../../../src/schemas';

export type Precision = z.infer<typeof PrecisionSchema>;

export interface DateMention {
  /** the exact words in the sentence that give the date */
  phrase: string;
  /** offset of phrase in the sentence (end is exclusive) */
  start: number;
  end: number;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
  date: string;
  precision: Precision;
  /** relative = the publication date was needed to resolve it */
  resolution: 'absolute' | 'relative';
  /** one sentence for readers explaining how the date was obtained */
  reasoning: string;
}

export interface Context {
  sentence: string;
  pub: Date;
  future: boolean;
}

/** One regex match; it may yield several mentions ("February 14 and 15"). */
export interface Match {
  start: number;
  end: number;
  mentions: DateMention[];
}

export type Rule = readonly [RegExp, (m: RegExpExecArray, ctx: Context) => DateMention[]];

/** What a rule's pattern cannot match without: a month's name, a digit, a word of its own. */
export interface Hints {
  sentence: string;
  month: boolean;
  digit: boolean;
}
export const iso = (d: Date, p: Precision): string =>
  format(d, p === 'day' ? 'yyyy-MM-dd' : p === 'month' ? 'yyyy-MM' : 'yyyy');
export const human = (d: Date, p: Precision = 'day'): string =>
  format(d, p === 'day' ? 'EEEE d MMMM yyyy' : p === 'month' ? 'MMMM yyyy' : 'yyyy');
export const quoted = (phrase: string): string => `“${phrase}”`;

export function mention(
  phrase: string,
  start: number,
  d: Date,
  precision: Precision,
  resolution: DateMention['resolution'],
  reasoning: string,
): DateMention {
  return {
    phrase,
    start,
    end: start + phrase.length,
    date: iso(d, precision),
    precision,
    resolution,
    reasoning,
  };
}

/** Month index and day number to a date, or null for impossible days such as 31 February. */
export function makeDate(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month, day);
  return d.getMonth() === month && d.getDate() === day ? d : null;
}

/** Year for a month (and day) written without one; see the rules above. */
export function inferYear(
  month: number,
  day: number,
  ctx: Context,
): { date: Date | null; why: string } {
  const year = ctx.pub.getFullYear();
  const date = makeDate(year, month, day);
  if (date && !ctx.future && isAfter(date, addMonths(ctx.pub, 2))) {
    return {
      date: makeDate(year - 1, month, day),
      why: `in ${year - 1}: in ${year} it would fall more than two months after publication (${human(ctx.pub)}), and the sentence is not about the future`,
    };
  }
  return { date, why: `in the year of publication (${year})` };
}

/** Relative phrase resolved from the publication date, in the reasoning style shared by weekdays and "ago". */
export function fromPublication(
  phrase: string,
  start: number,
  d: Date,
  precision: Precision,
  ctx: Context,
  note = '',
): DateMention {
  return mention(
    phrase,
    start,
    d,
    precision,
    'relative',
    `${quoted(phrase)}, in an article published ${human(ctx.pub)}, that is ${human(d, precision)}${note}`,
  );
}
