/**
 * Geometry of the timeline's compile-time SVG overview. Pure, so it is unit-tested.
 *
 * - The axis is time, but a stretch of more than `GAP_DAYS` without a mark is cut out and
 *   drawn as a break: the dossier's days of February and March and its June article would
 *   otherwise leave most of the axis empty.
 * - Marks are stacked in rows so that no two targets (28 units square) overlap: a mark takes
 *   the first row of its lane where it keeps that distance from every other.
 * - The page shows the 800-unit drawing no narrower than 700 px (figures.css; a phone scrolls
 *   it sideways), so its 14-unit text stays at least 12 px.
 */

export interface OverviewMark {
  id: string;
  date: string;
  label: string;
  href: string;
  lane: 'event' | 'publication';
}

export interface PlacedMark extends OverviewMark {
  x: number;
  y: number;
}

export interface Overview {
  width: number;
  height: number;
  marks: PlacedMark[];
  /** Axis labels; one too near the right edge is drawn leftwards of its tick (`end`). */
  ticks: Array<{ x: number; label: string; anchor: 'start' | 'end' }>;
  /** Where the axis skips empty time, and how many days it skips. */
  breaks: Array<{ x: number; days: number }>;
  landmark: { x: number; label: string; anchor: 'start' | 'end' } | null;
  /** The y of each lane's label and of the axis labels. */
  lanes: { event: number; publication: number; axis: number };
}

/** A stretch longer than this without a mark is cut out of the axis. */
export const GAP_DAYS = 21;
/** Distance between stacked marks, and the side of each mark's target. */
export const ROW = 28;

const DAY = 86_400_000;
const PAD = 40;
const BREAK = 44;
const SPAN_PAD_DAYS = 2;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Labels closer than this (a label's width at 14 units) are not both drawn. */
const LABEL_ROOM = 96;

/** Midday UTC of the date's first day (a month or year starts on its first day). */
export function dayOf(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

const round = (n: number) => Math.round(n * 10) / 10;
const dayLabel = (t: number) => `${new Date(t).getUTCDate()} ${MONTHS[new Date(t).getUTCMonth()]}`;

/** Runs of days no more than `GAP_DAYS` apart, each widened by a little on both sides. */
function segmentsOf(days: readonly number[]): Array<{ start: number; end: number }> {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: Array<{ start: number; end: number }> = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && (d - last.end) / DAY <= GAP_DAYS) last.end = d;
    else runs.push({ start: d, end: d });
  }
  return runs.map((r) => ({
    start: r.start - SPAN_PAD_DAYS * DAY,
    end: r.end + SPAN_PAD_DAYS * DAY,
  }));
}

export function layoutOverview(
  marks: readonly OverviewMark[],
  landmark: { date: string; label: string } | null,
  width = 800,
): Overview {
  const days = marks.map((m) => dayOf(m.date));
  // A landmark within the period keeps its place on the axis even where no mark falls near it.
  const landmarkDay =
    landmark &&
    dayOf(landmark.date) >= Math.min(...days) &&
    dayOf(landmark.date) <= Math.max(...days)
      ? dayOf(landmark.date)
      : null;
  const segments = segmentsOf([...days, ...(landmarkDay !== null ? [landmarkDay] : [])]);
  const spanDays = segments.reduce((sum, s) => sum + (s.end - s.start) / DAY, 0);
  const perDay =
    (width - 2 * PAD - BREAK * Math.max(0, segments.length - 1)) / Math.max(1, spanDays);
  const offsets: number[] = [];
  segments.reduce((x, s) => {
    offsets.push(x);
    return x + ((s.end - s.start) / DAY) * perDay + BREAK;
  }, PAD);
  const x = (t: number) => {
    const k = Math.max(
      0,
      segments.findIndex((s) => t <= s.end),
    );
    return round(offsets[k]! + ((t - segments[k]!.start) / DAY) * perDay);
  };

  // Each mark takes the first row of its lane where it keeps a target's width from every other mark.
  const taken = { event: [] as number[][], publication: [] as number[][] };
  const rowOf = (m: OverviewMark): number => {
    const at = x(dayOf(m.date));
    const lane = taken[m.lane];
    let row = lane.findIndex((xs) => xs.every((other) => Math.abs(other - at) >= ROW));
    if (row < 0) row = lane.push([]) - 1;
    lane[row]!.push(at);
    return row;
  };
  const order = marks
    .map((m, i) => ({ m, i }))
    .sort((a, b) => dayOf(a.m.date) - dayOf(b.m.date) || a.i - b.i);
  const rowById = new Map(order.map(({ m, i }) => [i, rowOf(m)] as const));
  const depth = (lane: OverviewMark['lane']) => Math.max(1, taken[lane].length);
  const eventTop = 44;
  const publicationLabel = eventTop + depth('event') * ROW + 10;
  const publicationTop = publicationLabel + 24;
  const axis = publicationTop + depth('publication') * ROW + 10;
  const placed = marks.map((m, i) => ({
    ...m,
    x: x(dayOf(m.date)),
    y: (m.lane === 'event' ? eventTop : publicationTop) + rowById.get(i)! * ROW,
  }));

  const ticks: Overview['ticks'] = [];
  const extent = (k: { x: number; anchor: 'start' | 'end' }) =>
    k.anchor === 'start' ? [k.x, k.x + LABEL_ROOM] : [k.x - LABEL_ROOM, k.x];
  const label = (t: number, text: string) => {
    const at = x(t);
    const tick = {
      x: at,
      label: text,
      anchor: at + LABEL_ROOM <= width ? ('start' as const) : ('end' as const),
    };
    const [from, to] = extent(tick);
    if (ticks.every((k) => extent(k)[1]! <= from! || extent(k)[0]! >= to!)) ticks.push(tick);
  };
  for (const s of segments) {
    const first =
      days.filter((d) => d >= s.start && d <= s.end).sort((a, b) => a - b)[0] ??
      s.start + SPAN_PAD_DAYS * DAY;
    label(first, `${dayLabel(first)} ${new Date(first).getUTCFullYear()}`);
    const from = new Date(first);
    for (
      let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1);
      t <= s.end;
      t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1)
    )
      label(t, dayLabel(t));
  }
  ticks.sort((a, b) => a.x - b.x);
  // The days strictly between the last mark before the break and the first after it.
  const breaks = segments.slice(1).map((s, k) => ({
    x: round(offsets[k + 1]! - BREAK / 2),
    days: Math.round((s.start - segments[k]!.end) / DAY) + 2 * SPAN_PAD_DAYS - 1,
  }));
  const lx = landmarkDay !== null ? x(landmarkDay) : null;
  return {
    width,
    height: axis + 26,
    marks: placed,
    ticks,
    breaks,
    landmark:
      lx !== null && landmark
        ? { x: lx, label: landmark.label, anchor: lx > width / 2 ? 'end' : 'start' }
        : null,
    lanes: { event: eventTop - 22, publication: publicationLabel, axis: axis + 18 },
  };
}
