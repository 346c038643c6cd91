import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/lib/dossier.ts';
import { groupStatements } from '../../src/lib/groups.ts';
import {
  FOLD_OVER,
  OTHER_SHOWN,
  foldsWhole,
  groupByOccasion,
  groupsByOccasion,
  reportedByMany,
} from '../../src/lib/occasions.ts';
import { isFullQuotation } from '../../src/lib/statements.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import type { Claim } from '../../src/schemas/index.ts';
import { article, claim, event } from '../../scripts/fixture-entries.ts';

const kremlin = (paragraph: number, actors: string[]) =>
  event({
    date: '2022-02-07',
    id: `kremlin-${paragraph}`,
    kind: 'visit',
    headline: 'Macron visits Kremlin',
    sentence: 'Macron arrived on Monday at the Kremlin.',
    paragraph,
    actors,
  });
const on = (id: string) => ({ kind: 'meeting' as const, event: id });

/** RFI and the Kyiv Post quote words said at the Kremlin talks; franceinfo only mentions them. */
const rfi = article('rfi-kremlin', {
  outlet: 'rfi',
  published: '2022-02-07',
  events: [kremlin(1, ['macron'])],
  claims: [
    claim({
      id: 'r-frag',
      speaker: 'putin',
      kind: 'fragment',
      quote: 'reasonable',
      said: '2022-02-07',
      occasion: on('kremlin-1'),
      paragraph: 2,
    }),
    claim({
      id: 'r-putin',
      speaker: 'putin',
      quote: 'Some of his proposals are possible',
      said: '2022-02-07',
      occasion: on('kremlin-1'),
      paragraph: 3,
    }),
    claim({
      id: 'r-macron',
      speaker: 'macron',
      quote: 'I hope to start a de-escalation',
      said: '2022-02-07',
      occasion: on('kremlin-1'),
      paragraph: 4,
    }),
    claim({
      id: 'r-macron-2',
      speaker: 'macron',
      quote: 'We will build a new order',
      said: '2022-02-07',
      occasion: on('kremlin-1'),
      paragraph: 5,
    }),
    claim({ id: 'r-term', kind: 'term', quote: 'avoid war', paragraph: 6 }),
    claim({
      id: 'r-undated',
      speaker: 'macron',
      quote: 'Nothing is settled yet today',
      paragraph: 7,
    }),
  ],
});
const kyivPost = article('kp-kremlin', {
  outlet: 'kyiv-post',
  published: '2022-02-08',
  events: [kremlin(3, ['putin', 'macron'])],
  claims: [
    claim({
      id: 'k-putin',
      speaker: 'putin',
      quote: 'Some of his suggestions are feasible',
      said: '2022-02-07',
      occasion: on('kremlin-3'),
      paragraph: 4,
    }),
  ],
});
const franceinfo = article('fi-calls', {
  outlet: 'franceinfo',
  published: '2022-03-07',
  events: [kremlin(1, ['macron'])],
});
const articles = [rfi, kyivPost, franceinfo];
const timeline = buildTimeline(articles);
const all: Statement[] = articles.flatMap((a) =>
  a.data.claims.map((c) => ({ article: a, claim: c })),
);
const ids = (list: readonly Statement[]) => list.map((s) => s.claim.id);

describe.each<[string, Pick<Claim, 'kind' | 'quote'>, boolean]>([
  ['a direct quotation of three words', { kind: 'direct', quote: 'until the end' }, true],
  [
    'reported speech',
    { kind: 'indirect', quote: 'Putin said he had no intention of attacking' },
    true,
  ],
  ['a direct quotation of two words', { kind: 'direct', quote: 'war crimes' }, false],
  ['a long fragment', { kind: 'fragment', quote: 'by negotiation or by war' }, false],
  ['a scare-quoted term', { kind: 'term', quote: 'special military operation' }, false],
])('isFullQuotation: %s', (_, c, full) => {
  it(`is ${full ? '' : 'not '}a full quotation`, () => expect(isFullQuotation(c)).toBe(full));
});

describe('groupByOccasion', () => {
  const occasions = groupByOccasion(all, timeline);
  const kremlinTalks = occasions[0]!;

  it('puts the words said at the Kremlin talks under the one merged event, one column per article in publication order', () => {
    expect(timeline).toHaveLength(1);
    expect(kremlinTalks.id).toBe(`o-${timeline[0]!.id}`);
    expect(kremlinTalks.event).toBe(timeline[0]);
    expect(kremlinTalks.coverage.map((c) => c.article.id)).toEqual(['rfi-kremlin', 'kp-kremlin']);
    expect(kremlinTalks.statements).toBe(5);
  });

  it('lists each speaker’s full quotations first and folds the fragments, most quoted speaker first', () => {
    const [macron, putin] = kremlinTalks.coverage[0]!.speakers;
    expect([macron!.speaker, ids(macron!.shown), ids(macron!.folded)]).toEqual([
      'macron',
      ['r-macron', 'r-macron-2'],
      [],
    ]);
    expect([putin!.speaker, ids(putin!.shown), ids(putin!.folded)]).toEqual([
      'putin',
      ['r-putin'],
      ['r-frag'],
    ]);
  });

  it('puts what has no dated occasion, terms included, in its article’s other statements, after the dated occasions, terms last', () => {
    const other = occasions.at(-1)!;
    expect([other.id, other.event, other.coverage.map((c) => c.article.id)]).toEqual([
      'o-other-rfi-kremlin',
      null,
      ['rfi-kremlin'],
    ]);
    expect(
      other.coverage[0]!.speakers.map((w) => [w.speaker, ids(w.shown), ids(w.folded)]),
    ).toEqual([
      ['macron', ['r-undated'], []],
      [null, [], ['r-term']],
    ]);
    expect(other.statements).toBe(1);
    expect(occasions).toHaveLength(2);
  });

  it(`shows ${OTHER_SHOWN} of an article’s other full quotations and folds the rest`, () => {
    const long = article('long', {
      claims: [1, 2, 3, 4, 5].map((n) =>
        claim({ id: `u${n}`, speaker: 'macron', quote: `words number ${n} here`, paragraph: n }),
      ),
    });
    const [words] = groupByOccasion(
      long.data.claims.map((c) => ({ article: long, claim: c })),
      [],
    )[0]!.coverage[0]!.speakers;
    expect([ids(words!.shown), ids(words!.folded)]).toEqual([
      ['u1', 'u2', 'u3'],
      ['u4', 'u5'],
    ]);
  });

  it('shows as many full quotations per speaker as asked, on any occasion', () => {
    const [macron] = groupByOccasion(all, timeline, { shown: 1 })[0]!.coverage[0]!.speakers;
    expect([ids(macron!.shown), ids(macron!.folded)]).toEqual([['r-macron'], ['r-macron-2']]);
  });

  it(`folds whole an article’s other words when there are more than ${FOLD_OVER}, never a dated occasion`, () => {
    const many = (n: number, occasion: Claim['occasion']) => {
      const a = article(`many-${n}`, {
        events: [kremlin(9, ['macron'])],
        claims: Array.from({ length: n }, (_, i) =>
          claim({
            id: `m${n}-${i}`,
            speaker: 'macron',
            quote: 'three words here',
            paragraph: i + 1,
            occasion,
          }),
        ),
      });
      return groupByOccasion(
        a.data.claims.map((c) => ({ article: a, claim: c })),
        buildTimeline([a]),
      )[0]!;
    };
    expect(
      [many(FOLD_OVER, null), many(FOLD_OVER + 1, null), many(FOLD_OVER + 1, on('kremlin-9'))].map(
        foldsWhole,
      ),
    ).toEqual([false, true, false]);
  });

  it('lists a reported event with a column for every article that mentions it, each with its mention, when asked', () => {
    const reported = groupByOccasion(all, timeline, {
      reported: { events: timeline.filter(reportedByMany), articles },
    })[0]!;
    expect(
      reported.coverage.map((c) => [c.article.id, c.mention?.paragraph, c.speakers.length]),
    ).toEqual([
      ['rfi-kremlin', 1, 2],
      ['kp-kremlin', 3, 1],
      ['fi-calls', 1, 0],
    ]);
    expect(
      groupByOccasion([], timeline, { reported: { events: timeline, articles } }).map(
        (o) => o.statements,
      ),
    ).toEqual([0]);
  });

  it('keeps an actor’s occasions to the ones they spoke on', () => {
    expect(
      groupByOccasion(
        all.filter((s) => s.claim.speaker === 'putin'),
        timeline,
      ).map((o) => [o.id, o.coverage.length]),
    ).toEqual([[kremlinTalks.id, 2]]);
  });
});

describe('groupsByOccasion', () => {
  it('places each cross-source group under the occasion of its first member', () => {
    const occasions = groupByOccasion(all, timeline);
    const groups = groupStatements(articles);
    expect(groups.map((g) => g.members.map((m) => m.claim.id))).toEqual([['r-putin', 'k-putin']]);
    expect(
      [...groupsByOccasion(occasions, groups)].map(([id, list]) => [id, list.map((g) => g.id)]),
    ).toEqual([[occasions[0]!.id, ['g-r-putin']]]);
    expect(groupsByOccasion(occasions.slice(1), groups).size).toBe(0);
  });
});
