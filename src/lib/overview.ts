/**
 * Geometry of the timeline's compile-time SVG overview: dates to x positions, month
 * ticks, and marks stacked when they fall on the same day. Pure, so it is unit-tested.
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
  ticks: Array<{ x: number; label: string }>;
  landmark: { x: number; label: string } | null;
}


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Midday UTC of the date's first day (a month or year starts on its first day). */
export function dayOf(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

export function layoutOverview(marks: readonly OverviewMark[], landmark: { date: string; label: string } | null, width = 800): Overview {
  const pad = 24;
  const days = marks.map((m) => dayOf(m.date));
  const first = new Date(Math.min(...days));
  const last = new Date(Math.max(...days));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const x = (t: number) => pad + ((t - start) / (end - start)) * (width - 2 * pad);
  const stack = new Map<string, number>();
  const laneY = { event: 40, publication: 110 };
  const placed = marks.map((m) => {
    const key = `${m.lane}:${m.date}`;
    const n = stack.get(key) ?? 0;
    stack.set(key, n + 1);
    return { ...m, x: Math.round(x(dayOf(m.date)) * 10) / 10, y: laneY[m.lane] + (m.lane === 'event' ? -n * 12 : n * 12) };
  });
  const ticks: Overview['ticks'] = [];
  for (let t = new Date(start); t.getTime() <= end; t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1))) {
    ticks.push({ x: Math.round(x(t.getTime()) * 10) / 10, label: `${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}` });
  }
  const height = 150 + Math.max(0, ...[...stack.entries()].filter(([k]) => k.startsWith('publication')).map(([, n]) => (n - 1) * 12));
  const inRange = landmark && dayOf(landmark.date) >= start && dayOf(landmark.date) <= end;
  return { width, height, marks: placed, ticks, landmark: inRange ? { x: Math.round(x(dayOf(landmark.date)) * 10) / 10, label: landmark.label } : null };
}

