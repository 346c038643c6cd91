import type { ArticleScore } from './score';
import { directErrors, tally, type Figures } from './tally';

/** The tables and error lists `npm run eval` prints. */

const pct = (x: number) => x.toFixed(3);

function row(label: string, f: Figures): string {
  return `| ${label} | ${f.units} | ${pct(f.recall)} | ${f.predicted} | ${pct(f.precision)} | ${f.right + f.wrong + f.none} | ${pct(f.speakerAccuracy)} | ${f.none} | ${f.unscored} |`;
}

const HEADER = [
  '| publisher | gold units | recall | predicted | precision | speakers scored | speaker accuracy | no speaker | unscored |',
  '|---|---|---|---|---|---|---|---|---|',
];

export function formatFigures(title: string, scores: readonly ArticleScore[]): string {
  const publishers = [...new Set(scores.map((s) => s.article.publisher))].sort();
  const lines = [`\n## ${title}`];
  for (const family of ['direct', 'indirect'] as const) {
    lines.push(
      '',
      `### ${family === 'direct' ? 'Direct quotations' : 'Indirect attributions'}`,
      '',
      ...HEADER,
    );
    for (const p of publishers)
      lines.push(row(p, tally(scores.filter((s) => s.article.publisher === p))[family]));
    lines.push(row('**all**', tally(scores)[family]));
  }
  return lines.join('\n');
}

/** Direct-quotation errors by cause, most frequent first, with up to `examples` cases each. */
export function formatErrors(
  scores: readonly ArticleScore[],
  examples: number,
  only?: string,
): string {
  const cases = directErrors(scores);
  const byCause = Map.groupBy(cases, (c) => c.cause);
  const causes = [...byCause]
    .filter(([c]) => !only || c.includes(only))
    .sort((a, b) => b[1].length - a[1].length);
  const lines = ['\n### Direct-quotation errors by cause', ''];
  for (const [cause, list] of causes) {
    lines.push(`- **${cause}**: ${list.length}`);
    for (const c of list.slice(0, examples))
      lines.push(`    - ${c.article}: ${c.context}`, `      ${c.detail}`);
  }
  return lines.join('\n');
}
