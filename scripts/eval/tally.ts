import type { Prediction } from './predict';
import type { ArticleScore, UnitOutcome } from './score';

/**
 * Sums article scores into the figures `npm run eval` prints, and sorts every error into
 * a cause, with the text around it, so the next rule is chosen by what fails most.
 */

export interface Figures {
  units: number;
  found: number;
  predicted: number;
  correct: number;
  right: number;
  wrong: number;
  none: number;
  unscored: number;
  recall: number;
  precision: number;
  /** Right speakers over found units with a scorable gold speaker; a null speaker is wrong. */
  speakerAccuracy: number;
}

export interface Tally {
  direct: Figures;
  indirect: Figures;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function figures(outcomes: readonly UnitOutcome[], predicted: number, extras: number): Figures {
  const found = outcomes.filter((o) => o.match !== null);
  const count = (v: UnitOutcome['verdict']) => found.filter((o) => o.verdict === v).length;
  const [right, wrong, none, unscored] = [
    count('right'),
    count('wrong'),
    count('none'),
    count('unscored'),
  ];
  return {
    units: outcomes.length,
    found: found.length,
    predicted,
    correct: predicted - extras,
    right,
    wrong,
    none,
    unscored,
    recall: ratio(found.length, outcomes.length),
    precision: ratio(predicted - extras, predicted),
    speakerAccuracy: ratio(right, right + wrong + none),
  };
}

export function tally(scores: readonly ArticleScore[]): Tally {
  return {
    direct: figures(
      scores.flatMap((s) => s.direct),
      sum(scores, (s) => s.predictedDirect),
      sum(scores, (s) => s.extraDirect.length),
    ),
    indirect: figures(
      scores.flatMap((s) => s.indirect),
      sum(scores, (s) => s.predictedIndirect),
      sum(scores, (s) => s.extraIndirect.length),
    ),
  };
}

const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

export interface ErrorCase {
  cause: string;
  article: string;
  context: string;
  detail: string;
}

/** Every error of the direct quotations, each with its cause. */
export function directErrors(scores: readonly ArticleScore[]): ErrorCase[] {
  const cases: ErrorCase[] = [];
  for (const s of scores) {
    const text = s.article.text;
    for (const o of s.direct) {
      const cause = unitCause(o);
      if (!cause) continue;
      cases.push({
        cause,
        article: s.article.name,
        context: around(text, o.unit.range.start, o.unit.range.end),
        detail: unitDetail(o),
      });
    }
    for (const p of s.extraDirect) {
      const overlapsGold =
        p.range !== null &&
        s.direct.some(
          (o) => o.unit.range.start < p.range!.end && p.range!.start < o.unit.range.end,
        );
      const cause =
        p.range === null
          ? 'extra: its words were not found in the source text'
          : overlapsGold
            ? 'extra: boundaries differ from the gold quotation'
            : 'extra: quoted words that no gold attribution holds';
      cases.push({
        cause,
        article: s.article.name,
        context: p.range ? around(text, p.range.start, p.range.end) : p.claim.quote,
        detail: predictionDetail(p),
      });
    }
  }
  return cases;
}

function unitCause(o: UnitOutcome): string | null {
  if (o.match === null) {
    if (o.overlapping.some((p) => (p.claim.kind as string) === 'term'))
      return 'missed: taken for a term';
    if (o.overlapping.some((p) => p.claim.kind === 'direct' || p.claim.kind === 'fragment'))
      return 'missed: the quotation’s boundaries differ';
    return 'missed: no quotation found';
  }
  const kind = o.gold?.kind ?? 'unknown';
  if (o.verdict === 'none') return `no speaker (gold: ${kind})`;
  if (o.verdict === 'wrong') return `wrong speaker (gold: ${kind})`;
  return null;
}

function unitDetail(o: UnitOutcome): string {
  const gold = o.gold
    ? `gold “${o.gold.text}”${o.gold.referent !== o.gold.text ? ` → ${o.gold.referent} (${o.gold.resolvedBy})` : ''}`
    : 'gold: no source';
  return o.match ? `${gold}; ${predictionDetail(o.match)}` : gold;
}

function predictionDetail(p: Prediction): string {
  const who = p.speaker ? `${p.speaker.name} [${p.speaker.kind}]` : 'none';
  return `predicted ${who}; speaker_text ${JSON.stringify(p.claim.speaker_text)}; cue ${JSON.stringify(p.claim.cue)}; kind ${p.claim.kind}`;
}

/** The text around a range on one line, the range itself between ⟦ ⟧. */
export function around(text: string, start: number, end: number, width = 110): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const clip = (s: string) => s.replace(/\s+/gu, ' ');
  const inner =
    end - start > 220
      ? `${text.slice(start, start + 100)} … ${text.slice(end - 100, end)}`
      : text.slice(start, end);
  return `${from > 0 ? '…' : ''}${clip(text.slice(from, start))}⟦${clip(inner)}⟧${clip(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
