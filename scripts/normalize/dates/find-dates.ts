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

import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { MONTHS } from '../../../src/lib/calendar';
import { ABBREVIATED_MONTH, abbreviatedMonths } from './abbreviated';
import { ago, dayWord, periodWord, weekday, year } from './day-rules';
import type { Context, DateMention, Hints, Match, Rule } from './mention';
import { monthDay, monthOnly, monthYear } from './month-rules';
import { FUTURE } from './patterns';

const MONTH_NAME = new RegExp(MONTHS.join('|'), 'u');

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
