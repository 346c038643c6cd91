/** Dates for readers: ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in words, without time zones. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatDate(iso: string, withWeekday = false): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  if (!day) return `${monthName} ${year}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${withWeekday ? `${weekday} ` : ''}${day} ${monthName} ${year}`;
}
