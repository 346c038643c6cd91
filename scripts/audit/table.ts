/** A Markdown table, its columns padded so that it also reads well in a terminal. */
export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const all = [header, ...rows].map((r) => header.map((_, i) => cell(r[i] ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' | ')} |`;
  const [head, ...body] = all;
  return [
    line(head ?? []),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

/** Seconds with one decimal, for timings. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A score from 0 to 1 with two decimals; a dash when there is none. */
export const score = (s: number | null) => (s === null ? '—' : s.toFixed(2));
