import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';

describe('formatDate', () => {
  describe.each([
    ['a day', '2022-02-07', '7 February 2022', 'Monday 7 February 2022'],
    ['the invasion', '2022-02-24', '24 February 2022', 'Thursday 24 February 2022'],
    ['a Sunday', '2022-03-06', '6 March 2022', 'Sunday 6 March 2022'],
    [
      'a Saturday at the end of a year',
      '2022-12-31',
      '31 December 2022',
      'Saturday 31 December 2022',
    ],
    ['a leap day', '2024-02-29', '29 February 2024', 'Thursday 29 February 2024'],
    ['a month', '2021-12', 'December 2021', 'December 2021'],
    ['January', '2022-01', 'January 2022', 'January 2022'],
    ['a year', '2017', '2017', '2017'],
    ['a year of the last century', '1997', '1997', '1997'],
  ])('writes %s in words', (_, iso, plain, withWeekday) => {
    it(`${iso} → ${plain}`, () => expect(formatDate(iso)).toBe(plain));
    it(`${iso} with its weekday → ${withWeekday}`, () =>
      expect(formatDate(iso, true)).toBe(withWeekday));
  });

  it('names the weekday of the calendar date, whatever the time zone', () => {
    // Computed in UTC: a local midnight west of Greenwich must not fall on the day before.
    const original = process.env.TZ;
    try {
      // Dates no other test writes: formatDate remembers what it wrote.
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDate('2023-03-05', true)).toBe('Sunday 5 March 2023');
      process.env.TZ = 'Pacific/Kiritimati';
      expect(formatDate('2023-03-12', true)).toBe('Sunday 12 March 2023');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('does not pad the day', () => {
    expect(formatDate('2022-03-01')).toBe('1 March 2022');
  });

  it.each(['', 'not a date'])('returns %j unchanged when it is no date', (text) => {
    expect(formatDate(text)).toBe(text);
  });
  it.each([
    ['plain first', [false, true]],
    ['with its weekday first', [true, false]],
  ])('writes a date the same way, asked again, %s', (_, order) => {
    const iso = order[0] ? '2022-05-09' : '2022-05-10';
    const once = order.map((weekday) => formatDate(iso, weekday));
    expect(order.map((weekday) => formatDate(iso, weekday))).toEqual(once);
    expect(once[order.indexOf(true)]).toBe(`${order[0] ? 'Monday 9' : 'Tuesday 10'} May 2022`);
    expect(once[order.indexOf(false)]).toBe(`${order[0] ? '9' : '10'} May 2022`);
  });
});
