import { describe, expect, it } from 'vitest';
import { dayOf, layoutOverview, type OverviewMark } from '../../src/lib/overview.ts';

const INVASION = { date: '2022-02-24', label: 'Russian invasion of Ukraine' };

const mark = (id: string, date: string, lane: OverviewMark['lane'] = 'event'): OverviewMark => ({ id, date, label: `${date}: ${id}`, href: `#${id}`, lane });

/** The dossier's shape: events from 7 February to 8 March, publications from 7 February to 25 June. */
const MARKS = [
  mark('kremlin', '2022-02-07'),
  mark('kuleba', '2022-02-07'),
  mark('scholz', '2022-02-07'),
  mark('kyiv', '2022-02-08'),
  mark('invasion', '2022-02-24'),
  mark('call', '2022-03-06'),
  mark('blinken', '2022-03-08'),
  mark('pub-rfi', '2022-02-07', 'publication'),
  mark('pub-kyiv-post', '2022-02-08', 'publication'),
  mark('pub-ap', '2022-03-07', 'publication'),
  mark('pub-franceinfo', '2022-03-08', 'publication'),
  mark('pub-abc', '2022-06-25', 'publication'),
];

describe('dayOf', () => {
  it.each([
    ['2022-02-24', Date.UTC(2022, 1, 24)],
    ['2022-02', Date.UTC(2022, 1, 1)],
    ['2017', Date.UTC(2017, 0, 1)],
  ])('places %s on its first day', (date, time) => {
    expect(dayOf(date)).toBe(time);
  });
});

describe('layoutOverview', () => {
  const overview = layoutOverview(MARKS, INVASION, 800);
  const at = (id: string) => overview.marks.find((m) => m.id === id)!;

  it('places every mark, keeping its id, label, link and lane', () => {
    expect(overview.marks.map(({ id, date, label, href, lane }) => ({ id, date, label, href, lane }))).toEqual(MARKS);
  });

  it.each([
    ['kyiv', 'kremlin'],
    ['invasion', 'kyiv'],
    ['call', 'invasion'],
    ['blinken', 'call'],
    ['pub-abc', 'pub-franceinfo'],
  ])('puts %s to the right of %s, which happened earlier', (later, earlier) => {
    expect(at(later).x).toBeGreaterThan(at(earlier).x);
  });

  it('gives marks of one day the same x in both lanes', () => {
    expect(at('pub-rfi').x).toBe(at('kremlin').x);
    expect(at('pub-franceinfo').x).toBe(at('blinken').x);
  });

  it('keeps every mark inside the drawing', () => {
    for (const m of overview.marks) {
      expect(m.x, m.id).toBeGreaterThan(0);
      expect(m.x, m.id).toBeLessThan(overview.width);
      expect(m.y, m.id).toBeGreaterThan(0);
      expect(m.y, m.id).toBeLessThan(overview.height);
    }
  });

  it('stacks event marks of the same day upwards, 12 units apart', () => {
    expect(['kremlin', 'kuleba', 'scholz'].map((id) => at(id).y)).toEqual([40, 28, 16]);
    expect(at('kyiv').y).toBe(40);
  });

  it('stacks publications of the same day downwards and makes room for them', () => {
    const same = layoutOverview([mark('a', '2022-03-07', 'publication'), mark('b', '2022-03-07', 'publication'), mark('c', '2022-03-07', 'publication')], null);
    expect(same.marks.map((m) => m.y)).toEqual([110, 122, 134]);
    expect(same.height).toBe(150 + 24);
    expect(overview.height).toBe(150);
  });

  it('draws a tick at the first of every month from the first mark’s month to the month after the last', () => {
    expect(overview.ticks.map((t) => t.label)).toEqual(['Feb 2022', 'Mar 2022', 'Apr 2022', 'May 2022', 'Jun 2022', 'Jul 2022']);
    const xs = overview.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeLessThanOrEqual(Math.min(...overview.marks.map((m) => m.x)));
    expect(xs.at(-1)).toBeGreaterThanOrEqual(Math.max(...overview.marks.map((m) => m.x)));
  });

  it('spans the width given, less a margin on each side', () => {
    expect(overview.width).toBe(800);
    expect(overview.ticks[0]!.x).toBe(24);
    expect(overview.ticks.at(-1)!.x).toBe(776);
    expect(layoutOverview(MARKS, INVASION, 400).ticks.at(-1)!.x).toBe(376);
  });

  it('covers a period across the turn of a year', () => {
    const ticks = layoutOverview([mark('a', '2021-12-15'), mark('b', '2022-01-10')], null).ticks.map((t) => t.label);
    expect(ticks).toEqual(['Dec 2021', 'Jan 2022', 'Feb 2022']);
  });

  it('places the landmark at its date, with its label', () => {
    expect(overview.landmark).toEqual({ x: at('invasion').x, label: 'Russian invasion of Ukraine' });
  });

  it.each([
    ['before the period', { date: '2021-12-31', label: 'Before' }],
    ['after the period', { date: '2022-08-02', label: 'After' }],
  ])('leaves the landmark out when it falls %s', (_, landmark) => {
    expect(layoutOverview(MARKS, landmark).landmark).toBeNull();
  });

  it('places the landmark on the first day of the range', () => {
    expect(layoutOverview(MARKS, { date: '2022-02-01', label: 'Start' }).landmark?.x).toBe(24);
  });

  it('leaves the landmark out when there is none', () => {
    expect(layoutOverview(MARKS, null).landmark).toBeNull();
  });

  it('lays out a single mark within one month', () => {
    const one = layoutOverview([mark('only', '2022-02-24')], INVASION);
    expect(one.ticks.map((t) => t.label)).toEqual(['Feb 2022', 'Mar 2022']);
    expect(one.marks[0]!.x).toBe(one.landmark!.x);
  });
});
