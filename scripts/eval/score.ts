import { goldUnits, type GoldUnit } from './gold-units';
import type { AnnotatedArticle, GoldAttribution, Range } from './polnear';
import type { Prediction } from './predict';
import {
  classifyGoldSpeaker,
  holdsName,
  isPronoun,
  speakerMatches,
  type GoldSpeaker,
} from './speakers';

/**
 * Scores one article's predictions against its gold attributions.
 *
 * - A gold unit is *found* when one prediction of the same family (direct quotations:
 *   claims of kind direct or fragment; indirect: kind indirect) covers at least half of
 *   it and is at least half made of it, so a quotation cut after its first sentence, or
 *   run on into the narration, is not found. Terms (scare quotes, titles, words cited as
 *   words) are not statements and never count as predictions.
 * - A prediction is *correct* when it is the match of some gold unit, or overlaps one the
 *   same way; precision is correct predictions over all predictions of the family.
 * - The speaker of a found unit is right, wrong, or none (the claim has no speaker,
 *   which counts as wrong); it is unscored when the gold gives no Source, or a pronoun
 *   nothing resolves.
 */

export type Verdict = 'right' | 'wrong' | 'none' | 'unscored';

export interface UnitOutcome {
  unit: GoldUnit;
  match: Prediction | null;
  /** Predictions of any kind that overlap the unit, for explaining a miss. */
  overlapping: Prediction[];
  gold: GoldSpeaker | null;
  verdict: Verdict | null;
}

export interface ArticleScore {
  article: AnnotatedArticle;
  direct: UnitOutcome[];
  indirect: UnitOutcome[];
  /** Predictions that match no gold unit, by family. */
  extraDirect: Prediction[];
  extraIndirect: Prediction[];
  predictedDirect: number;
  predictedIndirect: number;
}

/** Hand-checked referents of pronoun Sources: `<article name>\t<relation id>` → who the pronoun stands for. */
export type Referents = ReadonlyMap<string, string>;

const length = (r: Range) => r.end - r.start;
const overlap = (a: Range, b: Range) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const mutual = (a: Range, b: Range) => {
  const o = overlap(a, b);
  return o * 2 >= length(a) && o * 2 >= length(b) && o > 0;
};

const isDirect = (p: Prediction) => p.claim.kind === 'direct' || p.claim.kind === 'fragment';
const isIndirect = (p: Prediction) => p.claim.kind === 'indirect';

export function scoreArticle(
  article: AnnotatedArticle,
  predictions: readonly Prediction[],
  referents: Referents,
): ArticleScore {
  const units = goldUnits(article);
  const sources = goldSources(article);
  const judge = (unit: GoldUnit, family: (p: Prediction) => boolean): UnitOutcome => {
    const located = predictions.filter((p) => p.range !== null);
    const overlapping = located.filter((p) => overlap(p.range!, unit.range) > 0);
    const match =
      overlapping
        .filter(family)
        .filter((p) => mutual(p.range!, unit.range))
        .sort((a, b) => overlap(b.range!, unit.range) - overlap(a.range!, unit.range))[0] ?? null;
    const gold = goldSpeakerOf(article, unit.attribution, sources, referents);
    const verdict =
      match === null
        ? null
        : !gold
          ? 'unscored'
          : !match.speaker
            ? 'none'
            : speakerMatches(gold, match.speaker, match.speakerRange)
              ? 'right'
              : 'wrong';
    return { unit, match, overlapping, gold, verdict };
  };
  const direct = units.filter((u) => u.kind === 'direct').map((u) => judge(u, isDirect));
  const indirect = units.filter((u) => u.kind === 'indirect').map((u) => judge(u, isIndirect));
  const extras = (family: (p: Prediction) => boolean, kind: GoldUnit['kind']) =>
    predictions
      .filter(family)
      .filter(
        (p) => p.range === null || !units.some((u) => u.kind === kind && mutual(p.range!, u.range)),
      );
  return {
    article,
    direct,
    indirect,
    extraDirect: extras(isDirect, 'direct'),
    extraIndirect: extras(isIndirect, 'indirect'),
    predictedDirect: predictions.filter(isDirect).length,
    predictedIndirect: predictions.filter(isIndirect).length,
  };
}

interface SourceMention {
  text: string;
  range: Range;
}

/** Every gold Source of the article, in text order. */
function goldSources(article: AnnotatedArticle): SourceMention[] {
  return article.attributions
    .flatMap((a) =>
      a.source ? [{ text: joined(article.text, a.source), range: hull(a.source) }] : [],
    )
    .sort((a, b) => a.range.start - b.range.start);
}

function goldSpeakerOf(
  article: AnnotatedArticle,
  attribution: GoldAttribution,
  sources: readonly SourceMention[],
  referents: Referents,
): GoldSpeaker | null {
  if (!attribution.source) return null;
  const text = joined(article.text, attribution.source);
  const range = hull(attribution.source);
  // A few Source spans hold only the verb ("said"): an annotation slip that names nobody.
  if (/^\p{Ll}+$/u.test(text.trim()) && !isPronoun(text)) return null;
  const kind = classifyGoldSpeaker(text);
  if (kind !== 'pronoun')
    return { text, kind, referent: text, referentRange: range, resolvedBy: 'mention' };
  const hand = referents.get(`${article.name}\t${attribution.id}`);
  if (hand === '?') return null;
  if (hand) return { text, kind, referent: hand, referentRange: null, resolvedBy: 'referents' };
  const before = sources.filter((s) => s.range.end <= range.start && holdsName(s.text)).at(-1);
  return before
    ? {
        text,
        kind,
        referent: before.text,
        referentRange: before.range,
        resolvedBy: 'nearest-source',
      }
    : null;
}

const joined = (text: string, ranges: readonly Range[]) =>
  ranges.map((r) => text.slice(r.start, r.end)).join(' ');
const hull = (ranges: readonly Range[]): Range => ({
  start: Math.min(...ranges.map((r) => r.start)),
  end: Math.max(...ranges.map((r) => r.end)),
});
