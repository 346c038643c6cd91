/** The English names of the months and weekdays: `format.ts` writes dates with them, the normalizer's date finder reads them. */

/** January first: index = month number − 1. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Sunday first: index = `getDay()` / `getUTCDay()`. */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
