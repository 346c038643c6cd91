/** Dates for readers: ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in words, without time zones. */

import { MONTHS, WEEKDAYS } from './calendar';

const formatted = [new Map<string, string>(), new Map<string, string>()];

/** The date in words; memoised, since a view writes the same few dates thousands of times. */
export function formatDate(iso: string, withWeekday = false): string {
  const memo = formatted[withWeekday ? 1 : 0]!;
  let text = memo.get(iso);
  if (text === undefined) {
    text = inWords(iso, withWeekday);
    memo.set(iso, text);
  }
  return text;
}

function inWords(iso: string, withWeekday: boolean): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  if (!day) return `${monthName} ${year}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${withWeekday ? `${weekday} ` : ''}${day} ${monthName} ${year}`;
}
