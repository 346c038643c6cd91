import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOf, layoutOverview, ROW, type OverviewMark } from '../../src/lib/overview.ts';

const INVASION = { date: '2022-02-24', label: 'Russian invasion of Ukraine' };

const mark = (id: string, date: string, lane: OverviewMark['lane'] = 'event'): OverviewMark => ({
  id,
  date,
  label: `${date}: ${id}`,
  href: `#${id}`,
  lane,
});

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
    expect(
      overview.marks.map(({ id, date, label, href, lane }) => ({ id, date, label, href, lane })),
    ).toEqual(MARKS);
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

  it('keeps every mark, with its whole target, inside the drawing', () => {
    for (const m of overview.marks) {
      expect(m.x - ROW / 2, m.id).toBeGreaterThanOrEqual(0);
      expect(m.x + ROW / 2, m.id).toBeLessThanOrEqual(overview.width);
      expect(m.y - ROW / 2, m.id).toBeGreaterThanOrEqual(0);
      expect(m.y + ROW / 2, m.id).toBeLessThanOrEqual(overview.lanes.axis);
    }
  });

  it('never lets two targets overlap, whatever the marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        (picks) => {
          const marks = picks.map(([d, pub], i) =>
            mark(
              `m${i}`,
              new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10),
              pub ? 'publication' : 'event',
            ),
          );
          const placed = layoutOverview(marks, INVASION).marks;
          for (const [i, a] of placed.entries())
            for (const b of placed.slice(i + 1))
              expect(
                Math.abs(a.x - b.x) >= ROW || Math.abs(a.y - b.y) >= ROW,
                `${a.date} ${b.date}`,
              ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stacks marks of one day in rows, a target apart', () => {
    expect(['kremlin', 'kuleba', 'scholz'].map((id) => at(id).y)).toEqual([
      44,
      44 + ROW,
      44 + 2 * ROW,
    ]);
  });

  it('cuts out of the axis the months without a mark, and says how long', () => {
    expect(overview.breaks).toHaveLength(1);
    expect(overview.breaks[0]!.days).toBe(108);
    expect(overview.breaks[0]!.x).toBeGreaterThan(at('blinken').x);
    expect(overview.breaks[0]!.x).toBeLessThan(at('pub-abc').x);
    // The cut leaves the weeks of February and March most of the width.
    expect(at('blinken').x - at('kremlin').x).toBeGreaterThan(overview.width / 2);
  });

  it('has no break when no stretch is longer than three weeks', () => {
    expect(layoutOverview([mark('a', '2022-02-01'), mark('b', '2022-02-20')], null).breaks).toEqual(
      [],
    );
  });

  it('labels the first day of each stretch and the months that start in it, in order and apart', () => {
    expect(overview.ticks.map((t) => t.label)).toEqual(['7 Feb 2022', '1 Mar', '25 Jun 2022']);
    const xs = overview.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Each label has 96 units of room, leftwards of its tick when it ends the axis.
    const spans = overview.ticks.map((t) =>
      t.anchor === 'start' ? [t.x, t.x + 96] : [t.x - 96, t.x],
    );
    for (const [i, [from]] of spans.entries())
      if (i > 0) expect(from).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
    expect(spans.every(([from, to]) => from! >= 0 && to! <= overview.width)).toBe(true);
  });

  it('covers a period across the turn of a year', () => {
    const ticks = layoutOverview(
      [mark('a', '2021-12-15'), mark('b', '2022-01-03')],
      null,
    ).ticks.map((t) => t.label);
    expect(ticks).toEqual(['15 Dec 2021', '1 Jan']);
  });

  it('places the landmark at its date, with its label', () => {
    expect(overview.landmark).toEqual({
      x: at('invasion').x,
      label: 'Russian invasion of Ukraine',
      anchor: 'start',
    });
  });

  it.each([
    ['before the period', { date: '2021-12-31', label: 'Before' }],
    ['after the period', { date: '2022-08-02', label: 'After' }],
  ])('leaves the landmark out when it falls %s', (_, landmark) => {
    expect(layoutOverview(MARKS, landmark).landmark).toBeNull();
  });

  it('leaves the landmark out when there is none', () => {
    expect(layoutOverview(MARKS, null).landmark).toBeNull();
  });

  it('lays out a single mark', () => {
    const one = layoutOverview([mark('only', '2022-02-24')], INVASION);
    expect(one.ticks.map((t) => t.label)).toEqual(['24 Feb 2022']);
    expect(one.marks[0]!.x).toBe(one.landmark!.x);
  });
});
