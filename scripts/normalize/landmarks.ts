/**
 * Dates anchored on other events: "four days before the Russian invasion", "on the eve of
 * the invasion", "the day after the invasion" (a landmark of `seeds/landmarks.yaml`), and
 * "two years later" (the date the same paragraph gave before). Pure, like `dates.ts`: the
 * landmarks and the earlier date come in as arguments.
 *
 * Rules
 * - "N days/weeks/months/years before|after|prior to|ahead of|into X": X's date moved by N
 *   units (digits, "a"/"an", one..twenty); precision day for days and weeks, month for
 *   months, year for years.
 * - "(on) the eve of X": the day before X. "the day/night/morning before|after X": one day
 *   before or after. "(ever) since X": X's own date, the start of a period.
 * - "N days/weeks/months/years later": the previous date of the paragraph moved forward,
 *   no more precise than that date ("in 2017 … Two years later" → 2019).
 * - An alias of a landmark is matched as whole words, without case, longest first.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { parseISO } from 'date-fns/parseISO';
import type { Landmark } from '../../src/schemas';
import { findDates } from './dates/find-dates';
import { human, iso, type DateMention, type Precision } from './dates/mention';
import { NUMBERS } from './dates/patterns';
import { escapeRegExp } from './text';

export interface AnchoredDate extends Omit<DateMention, 'resolution'> {
  /** `anchored`: reckoned from another event, named by `anchoredOn`. */
  resolution: DateMention['resolution'] | 'anchored';
  /** What the date was reckoned from: a landmark's id or an earlier event's id; null when the text dates it itself. */
  anchoredOn: string | null;
}

/** The paragraph's latest date before the sentence, and the id it is known by. */
export interface PreviousDate {
  id: string;
  mention: Pick<DateMention, 'phrase' | 'date' | 'precision'>;
}

type Unit = 'day' | 'week' | 'month' | 'year';

const COUNT = `(an?|\\d{1,3}|${NUMBERS.join('|')})`;
const UNIT = '(day|week|month|year)s?';
const LATER = new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+later\\b`, 'giu');
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

const countOf = (word: string): number => {
  const w = word.toLowerCase();
  return /^\d+$/u.test(w) ? Number(w) : w.startsWith('a') ? 1 : NUMBERS.indexOf(w);
};
const precisionOf = (unit: Unit): Precision =>
  unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
const coarser = (a: Precision, b: Precision): Precision =>
  PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;

function shift(d: Date, n: number, unit: Unit): Date {
  if (unit === 'day') return addDays(d, n);
  if (unit === 'week') return addWeeks(d, n);
  return unit === 'month' ? addMonths(d, n) : addYears(d, n);
}

interface Patterns {
  offset: RegExp;
  eve: RegExp;
  dayNext: RegExp;
  since: RegExp;
  byAlias: Map<string, Landmark>;
}

const PATTERNS = new WeakMap<readonly Landmark[], Patterns>();

/** The landmark patterns, built once per list. */
function patternsOf(landmarks: readonly Landmark[]): Patterns | null {
  if (landmarks.length === 0) return null;
  const cached = PATTERNS.get(landmarks);
  if (cached) return cached;
  const byAlias = new Map(
    landmarks.flatMap((l) => l.aliases.map((a) => [a.toLowerCase(), l] as const)),
  );
  const X = `(${[...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\d])`;
  const built: Patterns = {
    offset: new RegExp(
      `\\b${COUNT}\\s+${UNIT}\\s+(before|after|prior\\s+to|ahead\\s+of|into)\\s+${X}`,
      'giu',
    ),
    eve: new RegExp(`\\b(?:on\\s+)?the\\s+eve\\s+of\\s+${X}`, 'giu'),
    dayNext: new RegExp(
      `\\b(?:on\\s+)?the\\s+(?:day|night|morning|evening)\\s+(before|after)\\s+${X}`,
      'giu',
    ),
    since: new RegExp(`\\b(?:ever\\s+)?since\\s+${X}`, 'giu'),
    byAlias,
  };
  PATTERNS.set(landmarks, built);
  return built;
}

function fromLandmark(
  m: RegExpMatchArray,
  landmark: Landmark,
  n: number,
  unit: Unit,
  what: string,
): AnchoredDate {
  const base = parseISO(landmark.date);
  const precision = precisionOf(unit);
  const d = shift(base, n, unit);
  return {
    phrase: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
    date: iso(d, precision),
    precision,
    resolution: 'anchored',
    reasoning: `“${m[0]}”: ${what} ${human(base, 'day')}, the date of ${landmark.label} (a landmark of the dossier), that is ${human(d, precision)}`,
    anchoredOn: landmark.id,
  };
}

/** Dates the sentence gives by a landmark. */
/** Words every landmark pattern needs: a cheap test before the long alternations. */
const MAY_ANCHOR = /\b(?:before|after|prior|ahead|into|eve|since)\b/iu;

function landmarkDates(sentence: string, landmarks: readonly Landmark[]): AnchoredDate[] {
  const p = patternsOf(landmarks);
  if (!p || !MAY_ANCHOR.test(sentence)) return [];
  const found: AnchoredDate[] = [];
  for (const m of sentence.matchAll(p.offset)) {
    const landmark = p.byAlias.get(m[4]!.toLowerCase())!;
    const unit = m[2]!.toLowerCase() as Unit;
    const n = countOf(m[1]!);
    const after = /^(?:after|into)$/iu.test(m[3]!);
    found.push(
      fromLandmark(
        m,
        landmark,
        after ? n : -n,
        unit,
        `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}${n === 1 ? '' : 's'} ${after ? 'after' : 'before'}`,
      ),
    );
  }
  for (const m of sentence.matchAll(p.eve))
    found.push(fromLandmark(m, p.byAlias.get(m[1]!.toLowerCase())!, -1, 'day', 'the day before'));
  for (const m of sentence.matchAll(p.dayNext)) {
    const after = m[1]!.toLowerCase() === 'after';
    found.push(
      fromLandmark(
        m,
        p.byAlias.get(m[2]!.toLowerCase())!,
        after ? 1 : -1,
        'day',
        after ? 'the day after' : 'the day before',
      ),
    );
  }
  for (const m of sentence.matchAll(p.since))
    found.push(fromLandmark(m, p.byAlias.get(m[1]!.toLowerCase())!, 0, 'day', 'since'));
  return found;
}

/** "Two years later": the paragraph's previous date moved forward. */
function laterDates(sentence: string, before: PreviousDate | null): AnchoredDate[] {
  if (!before) return [];
  const previous = before.mention;
  return [...sentence.matchAll(LATER)].map((m) => {
    const unit = m[2]!.toLowerCase() as Unit;
    const precision = coarser(precisionOf(unit), previous.precision);
    const d = shift(
      parseISO(
        previous.date.length === 4
          ? `${previous.date}-01-01`
          : previous.date.length === 7
            ? `${previous.date}-01`
            : previous.date,
      ),
      countOf(m[1]!),
      unit,
    );
    return {
      phrase: m[0],
      start: m.index,
      end: m.index + m[0].length,
      date: iso(d, precision),
      precision,
      resolution: 'anchored' as const,
      reasoning: `“${m[0]}”, counted from “${previous.phrase}” earlier in the paragraph (${previous.date}), that is ${human(d, precision)}`,
      anchoredOn: before.id,
    };
  });
}

/**
 * Every date of the sentence: those `findDates` reads, and those anchored on a landmark or
 * on the paragraph's previous date. Where two overlap, the longer phrase wins.
 */
export function datesOf(
  sentence: string,
  published: string,
  landmarks: readonly Landmark[],
  previous: PreviousDate | null,
): AnchoredDate[] {
  const anchored = [...landmarkDates(sentence, landmarks), ...laterDates(sentence, previous)];
  const plain: AnchoredDate[] = findDates(sentence, published).map((d) => ({
    ...d,
    anchoredOn: null,
  }));
  const all = [...anchored, ...plain].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: AnchoredDate[] = [];
  for (const d of all)
    if (chosen.every((c) => d.end <= c.start || d.start >= c.end)) chosen.push(d);
  return chosen.sort((a, b) => a.start - b.start);
}
