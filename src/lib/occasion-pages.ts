import type { StatementGroup } from './groups';
import type { Coverage, Occasion } from './occasions';
import { paginateByWeight } from './pages';

/**
 * The occasions of a view (who said what, an actor's page, an outlet's page) split into
 * pages of bounded size. An occasion reported by many articles (a call that a thousand
 * articles quote) is not one page's worth: its columns, one per article, and the
 * cross-source groups compared under it, are spread over as many pages as they need, the
 * occasion's heading repeated on each with "continued". The occasion's anchor (`o-…`)
 * stays on the page where it starts; every statement (`s-…`) and group (`g-…`) is on
 * exactly one page.
 */

/** A group compares at most this many of its reports side by side; the others are named under it. */
export const GROUP_SHOWN = 4;

export interface OccasionSlice {
  occasion: Occasion;
  /** The columns of this page. */
  coverage: Coverage[];
  /** The groups compared on this page. */
  groups: StatementGroup[];
  /** The occasion starts on this page (its heading carries its anchor). */
  first: boolean;
  /** It goes on on the next page. */
  continues: boolean;
}

type Unit =
  { occasion: Occasion; column: Coverage } | { occasion: Occasion; group: StatementGroup };

/** What a column costs a page: its source line and each statement listed in it, shown or folded. */
export const columnWeight = (c: Coverage): number =>
  1 + c.speakers.reduce((n, w) => n + 1 + w.shown.length + w.folded.length, 0);
/** What a group costs: its heading and the reports compared. */
export const groupWeight = (g: StatementGroup): number =>
  2 + Math.min(g.members.length, GROUP_SHOWN);

export function paginateOccasions(
  occasions: readonly Occasion[],
  groupsAt: ReadonlyMap<string, readonly StatementGroup[]>,
  budget: number,
): OccasionSlice[][] {
  const units: Unit[] = occasions.flatMap((occasion) => [
    ...occasion.coverage.map((column) => ({ occasion, column })),
    ...(groupsAt.get(occasion.id) ?? []).map((group) => ({ occasion, group })),
  ]);
  const pages = paginateByWeight(
    units,
    (u) => ('column' in u ? columnWeight(u.column) : groupWeight(u.group)),
    budget,
  );
  const started = new Set<string>();
  const sliced = pages.map((page) =>
    page.reduce<OccasionSlice[]>((slices, unit) => {
      let slice = slices.at(-1);
      if (slice?.occasion !== unit.occasion) {
        slice = {
          occasion: unit.occasion,
          coverage: [],
          groups: [],
          first: !started.has(unit.occasion.id),
          continues: false,
        };
        started.add(unit.occasion.id);
        slices.push(slice);
      }
      if ('column' in unit) slice.coverage.push(unit.column);
      else slice.groups.push(unit.group);
      return slices;
    }, []),
  );
  // An occasion whose last slice on a page is not its last anywhere continues on the next page.
  sliced.forEach((page, i) => {
    const last = page.at(-1);
    if (last && sliced[i + 1]?.[0]?.occasion === last.occasion) last.continues = true;
  });
  return sliced;
}

/** The anchors a page of slices holds: each occasion that starts there, each statement, each group. */
export function sliceKeys(slice: OccasionSlice): string[] {
  return [
    ...(slice.first ? [slice.occasion.id] : []),
    ...slice.coverage.flatMap((c) =>
      c.speakers.flatMap((w) => [...w.shown, ...w.folded].map((s) => s.claim.id)),
    ),
    ...slice.groups.map((g) => g.id),
  ];
}

/** A group's reports to compare: the first of each outlet first, so that the side-by-side shows different wordings, then the others, at most `max`. */
export function groupShown<M extends { article: { data: { outlet: { id: string } } } }>(
  members: readonly M[],
  max = GROUP_SHOWN,
): { shown: M[]; more: M[] } {
  const seen = new Set<string>();
  const firsts: M[] = [];
  const rest: M[] = [];
  for (const m of members) {
    if (seen.has(m.article.data.outlet.id)) rest.push(m);
    else {
      seen.add(m.article.data.outlet.id);
      firsts.push(m);
    }
  }
  const ordered = [...firsts, ...rest];
  const shown = ordered.slice(0, max);
  return {
    shown: members.filter((m) => shown.includes(m)),
    more: members.filter((m) => !shown.includes(m)),
  };
}
