import type { EventKind } from '../../src/schemas';
import type { EntityMention } from './entities/types';
import { LOOSE, type ArticleOccasion } from './events';
import { kindOf } from './happenings';
import type { AnchoredDate } from './landmarks';
import type { Block } from './segment';
import type { Sentence } from './text';

/**
 * The occasions a text dates for `said.ts`: each sentence of a told block with a date that can
 * date words said, its kind and who it names; and the article's one occasion, when all its
 * precise dates fall on one day.
 */

/** A dated sentence: where it stands, its usable date, and who it names. */
export interface Occasion {
  block: number;
  start: number;
  end: number;
  date: AnchoredDate;
  kind: EventKind;
  /** Who the dated sentence names. */
  named: ReadonlySet<string>;
  /** Who it and the next sentence name ("Emmanuel Macron arrived this Monday. The meeting with Vladimir Putin …"). */
  participants: ReadonlySet<string>;
}

/** Blocks whose sentences may date an occasion: not a photo caption ("…, February 28, 2022, the day of a call"). */
const TOLD = new Set(['paragraph', 'blockquote', 'tweet', 'attribution']);

/** The dated sentences of each block: the first usable date of each sentence (`datesIn`), with who it names. */
export function occasionsOf(
  blocks: readonly Block[],
  sentencesOf: ReadonlyArray<readonly Sentence[]>,
  mentions: readonly (readonly EntityMention[])[],
  datesIn: (b: number, start: number, end: number) => AnchoredDate[],
): Occasion[][] {
  const named = (b: number, from: number, to = Infinity) =>
    new Set((mentions[b] ?? []).filter((m) => m.start >= from && m.end <= to).map((m) => m.entity));
  return blocks.map((block, b) =>
    TOLD.has(block.role)
      ? sentencesOf[b]!.flatMap((s, k, all) =>
          datesIn(b, s.start, s.end)
            .slice(0, 1)
            .map((date) => ({
              block: b,
              start: s.start,
              end: s.end,
              date,
              kind: kindOf(s.text, date.start, date.end),
              named: named(b, s.start, s.end),
              participants: named(b, s.start, (all[k + 1] ?? s).end),
            })),
        )
      : [],
  );
}

/** The article's one occasion, with its kind read from the title when its own sentence says none. */
export function articleOccasion(
  occasions: readonly Occasion[],
  title: string,
): { single: Occasion | null; occasion: ArticleOccasion | null } {
  const single = singleOccasion(occasions);
  const titleKind = kindOf(title, 0, 0);
  const occasion: ArticleOccasion | null = single
    ? {
        date: single.date,
        kind:
          (single.kind === 'statement' || single.kind === 'other') && titleKind !== 'other'
            ? titleKind
            : single.kind,
      }
    : null;
  return { single, occasion };
}

/**
 * The one occasion of an article whose precise dates (loose ones aside) all fall on one day,
 * with everyone named in the paragraphs that date it; null when the article dates several days.
 */
function singleOccasion(occasions: readonly Occasion[]): Occasion | null {
  const precise = occasions.filter((o) => o.date.precision === 'day' && !LOOSE.test(o.date.phrase));
  const first = precise[0];
  if (!first || precise.some((o) => o.date.date !== first.date.date)) return null;
  return {
    ...first,
    participants: new Set(precise.flatMap((o) => [...o.named, ...o.participants])),
  };
}
