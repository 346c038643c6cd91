/**
 * Finds the dates mentioned in one English sentence and resolves them to
 * calendar dates.
 *
 * The module is pure on purpose: no clock, no file system. Every relative
 * expression ("on Sunday", "eight years ago", "on February 24") is resolved
 * against the article's publication date, passed in by the caller, never
 * against "now". The same input always gives the same output, so the
 * normalizer is reproducible and the tests need no fake timers.
 *
 * Rules
 * - Absolute: a full date ("February 28, 2022", "7 February 2022"), a month
 *   and year ("December 2021") or a year. A bare 4-digit number counts as a
 *   year only in 1900–2100 and in a date-like context: after
 *   in/since/from/to/until/by/before/after/during (kept in the phrase) or
 *   of/and/between/published/year, or followed by a dash ("1997 –").
 * - Month-day without a year ("on February 24", "On February 14 and 15"):
 *   the publication year, unless that lands more than two months after
 *   publication in a sentence that is not future-tense: then the year before.
 *   "in March" (any month but May) gets the month, with the same year rule.
 *   March and May need a day number or a year (or "in March" for March), and
 *   month and weekday names must be capitalised: "march" and "may" are verbs.
 * - Weekday plus explicit date ("this Monday, February 7"): one mention, the
 *   explicit date wins; the reasoning says whether the weekday agrees.
 * - Weekdays: "next <weekday>" is the first such day strictly after
 *   publication, "last <weekday>" the last one strictly before. A plain
 *   weekday in a future-tense sentence (will, shall, is/are to, heads to,
 *   is going to, next, plans to, due to, ’ll) is the next occurrence on or
 *   after publication; otherwise the latest on or before it. Either way the
 *   publication's own weekday means the publication day itself.
 * - "N days/weeks/months/years ago" (digits, "a"/"an", one..twenty),
 *   yesterday/today/tonight/tomorrow/this morning, last/this/next month|year.
 *   Precision follows the unit: years → year, months → month, else day.
 *   Vaguer phrases ("the day before", "last week", "the past month") are skipped.
 * - `resolution` is 'relative' whenever the publication date was needed,
 *   including the year of a month-day written without one.
 * - Abbreviated months ("Sept. 5", "on Feb. 1", "Dec. 6-9", "Sept. 11, 2001"), news agency
 *   style, are read by chrono-node, the one class of expression where it measured better
 *   (README, "Dates, measured"). Without a year it takes the year that puts the date nearest
 *   the publication date, which on PolNeAR was right more often than the rule above; a range
 *   gives its first day.
 * - Mentions come back in text order and never overlap: the longest match wins.
 */
// One module per function: the `date-fns` index loads every function it has, which costs the CLI a second or more at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { isAfter } from 'date-fns/isAfter';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
// The English parsers alone: the package's index loads every language it has.
import { strict as chrono } from 'chrono-node/en';
import { MONTHS, WEEKDAYS } from '../../src/lib/calendar';

export type Precision = 'day' | 'month' | 'year';

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

interface Context {
  sentence: string;
  pub: Date;
  future: boolean;
}

/** One regex match; it may yield several mentions ("February 14 and 15"). */
interface Match {
  start: number;
  end: number;
  mentions: DateMention[];
}

type Rule = readonly [RegExp, (m: RegExpExecArray, ctx: Context) => DateMention[]];

/** What a rule's pattern cannot match without: a month's name, a digit, a word of its own. */
interface Hints {
  sentence: string;
  month: boolean;
  digit: boolean;
}

/** Number words a count may be written in ("four days before", "two years ago"). */
export const NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "on" → "[Oo]n", so a preposition may start a sentence while names stay case-sensitive. */
const words = (list: string[]): string =>
  list.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
const M = `(${MONTHS.join('|')})`;
const W = `(${WEEKDAYS.join('|')})`;
const DAY_PREP = words([
  'on',
  'this',
  'next',
  'last',
  'since',
  'until',
  'by',
  'from',
  'before',
  'after',
]);
const YEAR_PREP = words(['in', 'since', 'from', 'to', 'until', 'by', 'before', 'after', 'during']);
const YEAR = '((?:19\\d\\d|20\\d\\d|2100)(?![.,]?\\d))';
/** A sentence about the future: its weekday is the next one, and it dates no words already said. */
export const FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are) to|heads? to|(?:is|are) going to|next|plans? to|due to)\b|['’]ll\b/i;

export const iso = (d: Date, p: Precision): string =>
  format(d, p === 'day' ? 'yyyy-MM-dd' : p === 'month' ? 'yyyy-MM' : 'yyyy');
export const human = (d: Date, p: Precision = 'day'): string =>
  format(d, p === 'day' ? 'EEEE d MMMM yyyy' : p === 'month' ? 'MMMM yyyy' : 'yyyy');
const quoted = (phrase: string): string => `“${phrase}”`;

function mention(
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
function makeDate(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month, day);
  return d.getMonth() === month && d.getDate() === day ? d : null;
}

/** Year for a month (and day) written without one; see the rules above. */
function inferYear(month: number, day: number, ctx: Context): { date: Date | null; why: string } {
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
function fromPublication(
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

const monthDay: Rule = [
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

const monthYear: Rule = [
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

const monthOnly: Rule = [
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

const weekday: Rule = [
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

const ago: Rule = [
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
const dayWord: Rule = [
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
const periodWord: Rule = [
  /\b(last|this|next) (month|year)\b/gi,
  (m, ctx) => {
    const step = STEPS[(m[1] ?? '').toLowerCase()] ?? 0;
    const yearly = (m[2] ?? '').toLowerCase() === 'year';
    const d = yearly ? addYears(ctx.pub, step) : addMonths(ctx.pub, step);
    return [fromPublication(m[0], m.index, d, yearly ? 'year' : 'month', ctx)];
  },
];

const year: Rule = [
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

const MONTH_NAME = new RegExp(MONTHS.join('|'), 'u');
/** A month abbreviated with a full stop, then a number: what chrono-node is asked to read. */
const ABBREVIATED_MONTH = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s?\d/u;

/** Days with an abbreviated month, as chrono-node reads them against the publication date. */
function abbreviatedMonths(ctx: Context): Match[] {
  return chrono
    .parse(ctx.sentence, ctx.pub)
    .filter((r) => ABBREVIATED_MONTH.test(r.text) && r.start.isCertain('day'))
    .map((r) => {
      const d = r.start.date();
      const written = r.start.isCertain('year');
      const why = written
        ? 'date given in the text'
        : `in the year that puts it nearest the publication date (${human(ctx.pub)})`;
      const range = r.end ? '; a range, dated by its first day' : '';
      const reasoning = `${quoted(r.text)}${written ? ':' : ','} an abbreviated month read by chrono-node, ${why}, that is ${human(d)}${range}`;
      return {
        start: r.index,
        end: r.index + r.text.length,
        mentions: [
          mention(r.text, r.index, d, 'day', written ? 'absolute' : 'relative', reasoning),
        ],
      };
    });
}

/**
 * The rules, each with a test of what its pattern needs: running the eight patterns over
 * every sentence is most of the module's cost, and most sentences hold the words of a few.
 */
const RULES: ReadonlyArray<readonly [Rule, (h: Hints) => boolean]> = [
  [monthDay, (h) => h.month && h.digit],
  [monthYear, (h) => h.month && h.digit],
  [monthOnly, (h) => h.month],
  // Every weekday's name ends in "day".
  [weekday, (h) => h.sentence.includes('day')],
  [ago, (h) => /ago/iu.test(h.sentence)],
  [dayWord, (h) => /day|tonight|tomorrow|this /iu.test(h.sentence)],
  [periodWord, (h) => /month|year/iu.test(h.sentence)],
  [year, (h) => h.digit],
];

/** A cheap test that skips sentences with no digit and no word a date could be made of. */
const MAY_HOLD_A_DATE =
  /\d|day\b|ago\b|year|month|morning|tonight|evening|afternoon|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/iu;

/** The last publication date parsed: an article's sentences come one after another with the same one. Nothing changes a `Date` it gives. */
let lastParsed: { published: string; pub: Date } | null = null;

function publicationDate(published: string): Date {
  if (lastParsed?.published === published) return lastParsed.pub;
  const pub = parseISO(published);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !isValid(pub))
    throw new Error(`findDates: bad publication date "${published}"`);
  lastParsed = { published, pub };
  return pub;
}

/** Results already found: events and the dating of quotations read the same sentences. Pure, so safe to share; cleared when large. */
const FOUND = new Map<string, readonly DateMention[]>();

/** All dates mentioned in `sentence`, resolved against `published` (YYYY-MM-DD), in text order. */
export function findDates(sentence: string, published: string): DateMention[] {
  const key = `${published}\n${sentence}`;
  const known = FOUND.get(key);
  if (known) return known.map((d) => ({ ...d }));
  const found = readDates(sentence, published);
  if (FOUND.size > 10_000) FOUND.clear();
  FOUND.set(key, found);
  return found.map((d) => ({ ...d }));
}

function readDates(sentence: string, published: string): DateMention[] {
  const pub = publicationDate(published);
  // A digit is the first alternative of the test and the quickest to look for.
  const digit = /\d/u.test(sentence);
  if (!digit && !MAY_HOLD_A_DATE.test(sentence)) return [];
  const ctx: Context = { sentence, pub, future: FUTURE.test(sentence) };
  const hints: Hints = { sentence, month: MONTH_NAME.test(sentence), digit };
  const matches: Match[] = [];
  for (const [[re, build], needs] of RULES) {
    if (!needs(hints)) continue;
    for (const m of sentence.matchAll(re)) {
      const mentions = build(m, ctx);
      if (mentions.length > 0)
        matches.push({ start: m.index, end: m.index + m[0].length, mentions });
    }
  }
  if (digit && ABBREVIATED_MONTH.test(sentence)) matches.push(...abbreviatedMonths(ctx));
  const chosen: Match[] = [];
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of matches)
    if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start).flatMap((c) => c.mentions);
}
