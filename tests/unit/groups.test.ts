import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupOfClaim,
  groupStatements,
  outletsBesides,
  outletsBesidesClaim,
  sameStatement,
  type ClaimRef,
  type StatementGroup,
} from '../../src/lib/groups.ts';
import { recurringPhrases } from '../../src/lib/recurring.ts';
import { markDifferences } from '../../src/lib/word-diff.ts';
import type { Claim } from '../../src/schemas/index.ts';
import { article, claim } from '../../scripts/fixture-entries.ts';
import { referenceGroups, referenceRecurring } from './support/groups-reference.ts';

const KYIV_POST_WORDS =
  'In my opinion, some of his (Macron’s) suggestions are feasible and could serve as a foundation.';
const RFI_WORDS =
  'Some of his ideas, his proposals (…) are possible to lay the foundations for common progress';

const rfiPutin = claim({
  id: 'b1aba6793a',
  speaker: 'putin',
  quote: RFI_WORDS,
  said: '2022-02-07',
  paragraph: 3,
});
const kyivPostPutin = claim({
  id: '14a8b60e73',
  speaker: 'putin',
  quote: KYIV_POST_WORDS,
  said: '2022-02-07',
  paragraph: 7,
});
const abcUntilTheEnd = claim({
  id: '8ef4a3c14c',
  speaker: 'putin',
  quote: 'until the end',
  kind: 'fragment',
  said: '2022-02-20',
  paragraph: 1,
});
const apUntilTheEnd = claim({
  id: 'f4a7dbf294',
  speaker: 'putin',
  quote: 'until the end,',
  kind: 'fragment',
  said: '2022-03-03',
  paragraph: 19,
});

const rfi = (claims: Claim[]) =>
  article('facing-putin', { outlet: 'rfi', published: '2022-02-07', claims });
const kyivPost = (claims: Claim[]) =>
  article('macron-faces', { outlet: 'kyiv-post', published: '2022-02-08', claims });
const abc = (claims: Claim[]) =>
  article('putins-snub', { outlet: 'abc-es', published: '2022-06-25', claims });
const ap = (claims: Claim[]) =>
  article('macron-fights', { outlet: 'ap', published: '2022-03-07', claims });

const ref = (a: ReturnType<typeof rfi>, c: Claim): ClaimRef => ({ article: a, claim: c });

describe('sameStatement', () => {
  describe.each<[string, ClaimRef, ClaimRef]>([
    [
      'Putin on 7 February in RFI and in the Kyiv Post (same date of saying, translation variants)',
      ref(rfi([]), rfiPutin),
      ref(kyivPost([]), kyivPostPutin),
    ],
    [
      'the same undated words in articles published a day apart',
      ref(rfi([]), { ...rfiPutin, said: null }),
      ref(kyivPost([]), { ...kyivPostPutin, said: null }),
    ],
    [
      'a fragment and a direct quotation of the same words',
      ref(rfi([]), { ...rfiPutin, kind: 'fragment' }),
      ref(kyivPost([]), kyivPostPutin),
    ],
  ])('groups %s', (_, a, b) => {
    it('in one order', () => expect(sameStatement(a, b)).toBe(true));
    it('and in the other', () => expect(sameStatement(b, a)).toBe(true));
  });

  describe.each<[string, ClaimRef, ClaimRef]>([
    [
      'the same words said on different dates (Putin’s “until the end”, 20 February in ABC and 3 March in AP)',
      ref(abc([]), abcUntilTheEnd),
      ref(ap([]), apUntilTheEnd),
    ],
    [
      'two claims from the same outlet',
      ref(rfi([]), rfiPutin),
      ref(article('another-rfi', { outlet: 'rfi', published: '2022-02-08' }), { ...kyivPostPutin }),
    ],
    [
      'the same words from different speakers',
      ref(rfi([]), rfiPutin),
      ref(kyivPost([]), { ...kyivPostPutin, speaker: 'macron' }),
    ],
    [
      'words nobody is named as saying',
      ref(rfi([]), { ...rfiPutin, speaker: null }),
      ref(kyivPost([]), { ...kyivPostPutin, speaker: null }),
    ],
    [
      'an indirect claim and a direct one',
      ref(rfi([]), { ...rfiPutin, kind: 'indirect' }),
      ref(kyivPost([]), kyivPostPutin),
    ],
    [
      'a dated claim and an undated one',
      ref(rfi([]), rfiPutin),
      ref(kyivPost([]), { ...kyivPostPutin, said: null }),
    ],
    [
      'undated words in articles published more than two days apart',
      ref(rfi([]), { ...rfiPutin, said: null }),
      ref(article('later', { outlet: 'kyiv-post', published: '2022-02-10' }), {
        ...kyivPostPutin,
        said: null,
      }),
    ],
    [
      'different words of the same speaker on the same day',
      ref(rfi([]), rfiPutin),
      ref(kyivPost([]), {
        ...kyivPostPutin,
        quote:
          'President Macron has been talking to me for nearly six hours – almost torturing me!',
      }),
    ],
  ])('does not group %s', (_, a, b) => {
    it('in one order', () => expect(sameStatement(a, b)).toBe(false));
    it('and in the other', () => expect(sameStatement(b, a)).toBe(false));
  });
});

describe('groupStatements', () => {
  const other = claim({
    id: 'ac7b7f3457',
    speaker: 'putin',
    quote: 'President Macron has been talking to me for nearly six hours – almost torturing me!',
    paragraph: 4,
  });
  const macron = claim({
    id: 'e94f06d70a',
    speaker: 'macron',
    quote: 'I’m reasonably optimistic, I don’t believe in spontaneous miracles',
    paragraph: 5,
  });
  const articles = [
    rfi([rfiPutin, macron]),
    kyivPost([other, kyivPostPutin]),
    abc([abcUntilTheEnd]),
    ap([apUntilTheEnd]),
  ];
  const groups = groupStatements(articles);

  it('finds one group: Putin on 7 February across RFI and the Kyiv Post', () => {
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.speaker).toBe('putin');
    expect(group!.said).toBe('2022-02-07');
    expect(group!.members.map((m) => [m.article.data.outlet.id, m.claim.id])).toEqual([
      ['rfi', 'b1aba6793a'],
      ['kyiv-post', '14a8b60e73'],
    ]);
  });

  it('names the group after its earliest member, as an anchor-safe id', () => {
    expect(groups[0]!.id).toBe('g-b1aba6793a');
  });

  it('gives the same groups whatever order the articles come in', () => {
    expect(
      groupStatements([...articles].reverse()).map((g) => [g.id, g.members.map((m) => m.claim.id)]),
    ).toEqual(groups.map((g) => [g.id, g.members.map((m) => m.claim.id)]));
  });

  it('does not group “until the end”, said on two dates', () => {
    expect(groups.flatMap((g) => g.members.map((m) => m.claim.id))).not.toContain('8ef4a3c14c');
  });

  it('groups transitively and keeps every member once', () => {
    // Worded like the Kyiv Post's version, not like RFI's: it joins the group through the former.
    const third = claim({
      id: 'aaaaaaaaaa',
      speaker: 'putin',
      quote: 'In my opinion Macron’s suggestions could serve',
      said: '2022-02-07',
      paragraph: 2,
    });
    expect(
      sameStatement(ref(rfi([]), rfiPutin), ref(article('third', { outlet: 'franceinfo' }), third)),
    ).toBe(false);
    const [group] = groupStatements([
      ...articles,
      article('third', { outlet: 'franceinfo', published: '2022-03-08', claims: [third] }),
    ]);
    expect(group!.members.map((m) => m.claim.id)).toEqual([
      'b1aba6793a',
      '14a8b60e73',
      'aaaaaaaaaa',
    ]);
  });

  it('finds nothing in a dossier of one outlet', () => {
    expect(groupStatements([rfi([rfiPutin, { ...kyivPostPutin }])])).toEqual([]);
  });

  it('indexes each member claim to its group', () => {
    const of = groupOfClaim(groups);
    expect(of.get('b1aba6793a')?.id).toBe('g-b1aba6793a');
    expect(of.get('14a8b60e73')?.id).toBe('g-b1aba6793a');
    expect(of.has('ac7b7f3457')).toBe(false);
    expect(of.size).toBe(2);
  });
});

describe('recurringPhrases', () => {
  const articles = [
    rfi([rfiPutin]),
    kyivPost([kyivPostPutin]),
    abc([abcUntilTheEnd]),
    ap([apUntilTheEnd]),
  ];
  const recurring = recurringPhrases(articles);

  it('lists Putin’s “until the end” of 20 February and 3 March as one recurring phrase', () => {
    expect(recurring).toHaveLength(1);
    expect(recurring[0]!.speaker).toBe('putin');
    expect(recurring[0]!.members.map((m) => [m.claim.said, m.article.data.outlet.id])).toEqual([
      ['2022-02-20', 'abc-es'],
      ['2022-03-03', 'ap'],
    ]);
  });

  it('orders the uses by the date they were said, not by publication', () => {
    // AP (7 March) was published before ABC (25 June) but reports the later use.
    const [phrase] = recurringPhrases([ap([apUntilTheEnd]), abc([abcUntilTheEnd])]);
    expect(phrase!.members.map((m) => m.claim.said)).toEqual(['2022-02-20', '2022-03-03']);
  });

  it('does not list a statement reported twice on the same occasion', () => {
    expect(recurring.flatMap((r) => r.members.map((m) => m.claim.id))).not.toContain('b1aba6793a');
  });

  it.each<[string, Claim]>([
    ['by another speaker', { ...apUntilTheEnd, speaker: 'macron' }],
    ['by nobody named', { ...apUntilTheEnd, speaker: null }],
    ['as reported speech', { ...apUntilTheEnd, kind: 'indirect' }],
    ['in other words', { ...apUntilTheEnd, quote: 'is going according to plan' }],
  ])('does not list the phrase when its second use is %s', (_, second) => {
    expect(recurringPhrases([abc([abcUntilTheEnd]), ap([second])])).toEqual([]);
  });
});

describe('markDifferences', () => {
  const marked = (text: string, other: string) =>
    markDifferences(text, other)
      .filter((w) => w.differs)
      .map((w) => w.text.trim());

  it('keeps every character of the quote, in order', () => {
    expect(
      markDifferences(KYIV_POST_WORDS, RFI_WORDS)
        .map((w) => w.text)
        .join(''),
    ).toBe(KYIV_POST_WORDS);
  });

  it('marks the words of the Kyiv Post version that RFI’s lacks', () => {
    expect(marked(KYIV_POST_WORDS, RFI_WORDS)).toEqual(['opinion,', '(Macron’s)', 'serve']);
  });

  it('marks the words of the RFI version that the Kyiv Post’s lacks', () => {
    expect(marked(RFI_WORDS, KYIV_POST_WORDS)).toEqual(['lay', 'common', 'progress']);
  });

  it.each([
    ['translation variants', ['suggestions', 'feasible', 'foundation.']],
    ['stop words', ['In', 'my', 'some', 'of', 'his', 'are', 'and', 'could', 'as', 'a']],
  ])('does not mark %s', (_, words) => {
    const differs = new Set(marked(KYIV_POST_WORDS, RFI_WORDS));
    for (const w of words) expect(differs.has(w), w).toBe(false);
  });

  it('does not mark punctuation standing alone', () => {
    expect(markDifferences(RFI_WORDS, KYIV_POST_WORDS).find((w) => w.text === '(…)')?.differs).toBe(
      false,
    );
  });

  it('marks nothing when both versions are the same words', () => {
    expect(marked(KYIV_POST_WORDS, KYIV_POST_WORDS.toUpperCase())).toEqual([]);
  });
});

describe('the other outlets of a group', () => {
  /** A group of members, each an outlet and a claim id. */
  const group = (members: Array<[outlet: string, id: string]>): StatementGroup => ({
    id: `g-${members[0]?.[1] ?? 'none'}`,
    speaker: 'putin',
    said: null,
    members: members.map(([outlet, id], i) => ({
      article: article(`${outlet}-${i}`, { outlet }),
      claim: claim({ id, speaker: 'putin' }),
    })),
  });

  it.each<[string, Array<[string, string]>, string, string[]]>([
    [
      'two outlets',
      [
        ['rfi', 'a'],
        ['kyiv-post', 'b'],
      ],
      'rfi',
      ['kyiv-post'],
    ],
    [
      'an outlet with many members, once',
      [
        ['rfi', 'a'],
        ['kyiv-post', 'b'],
        ['rfi', 'c'],
        ['ap', 'd'],
        ['kyiv-post', 'e'],
      ],
      'ap',
      ['rfi', 'kyiv-post'],
    ],
    [
      'none but its own',
      [
        ['rfi', 'a'],
        ['rfi', 'b'],
      ],
      'rfi',
      [],
    ],
  ])('besides an outlet: %s', (_, members, outlet, expected) => {
    expect(outletsBesides(group(members), outlet)).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>, string, string[]]>([
    [
      'the other outlet',
      [
        ['rfi', 'a'],
        ['kyiv-post', 'b'],
      ],
      'a',
      ['kyiv-post'],
    ],
    [
      'its own outlet too, when another article of it reports the statement, where that one comes',
      [
        ['rfi', 'a'],
        ['kyiv-post', 'b'],
        ['rfi', 'c'],
      ],
      'a',
      ['kyiv-post', 'rfi'],
    ],
    [
      'each outlet once',
      [
        ['rfi', 'a'],
        ['kyiv-post', 'b'],
        ['kyiv-post', 'c'],
        ['rfi', 'd'],
      ],
      'b',
      ['rfi', 'kyiv-post'],
    ],
    [
      'every outlet for a claim not in the group',
      [
        ['rfi', 'a'],
        ['ap', 'b'],
      ],
      'z',
      ['rfi', 'ap'],
    ],
  ])('besides a claim: %s', (_, members, id, expected) => {
    expect(outletsBesidesClaim(group(members), id)).toEqual(expected);
  });

  const members = fc.uniqueArray(
    fc.tuple(
      fc.constantFrom('rfi', 'kyiv-post', 'ap', 'abc-es'),
      fc.string({ minLength: 1, maxLength: 3 }),
    ),
    { selector: ([, id]) => id, minLength: 1, maxLength: 12 },
  );

  it('equals the distinct outlets of the other members, in their order (property)', () => {
    const distinct = (list: string[]) => [...new Set(list)];
    fc.assert(
      fc.property(members, (list) => {
        const g = group(list);
        for (const [outlet, id] of list) {
          expect(outletsBesides(g, outlet)).toEqual(
            distinct(list.filter(([o]) => o !== outlet).map(([o]) => o)),
          );
          expect(outletsBesidesClaim(g, id)).toEqual(
            distinct(list.filter(([, i]) => i !== id).map(([o]) => o)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('groups at scale: the linear rules give what comparing every pair gives', () => {
  const QUOTES = [
    'until the end',
    'until the end,',
    'some of his ideas are possible',
    'some of his proposals are feasible',
    'the war will go on',
    'the of and',
    'Kyiv talks',
    'talks in Kyiv today',
  ];
  const OUTLETS = ['rfi', 'kyiv-post', 'ap'];
  const DAYS = ['2022-02-06', '2022-02-07', '2022-02-08', '2022-02-10', '2022-02-13'];
  const SAID = [null, null, '2022-02-07', '2022-02-20', '2022-03-03'];
  const claimArb = fc.record({
    speaker: fc.constantFrom('putin', 'macron', null),
    quote: fc.constantFrom(...QUOTES),
    kind: fc.constantFrom<Claim['kind']>('direct', 'direct', 'fragment', 'indirect'),
    said: fc.constantFrom(...SAID),
  });
  const dossier = fc
    .array(
      fc.record({
        outlet: fc.constantFrom(...OUTLETS),
        published: fc.constantFrom(...DAYS),
        claims: fc.array(claimArb, { maxLength: 6 }),
      }),
      { maxLength: 14 },
    )
    .map((list) =>
      list.map((a, i) =>
        article(`a-${i}`, {
          outlet: a.outlet,
          published: a.published,
          claims: a.claims.map((c, k) => claim({ id: `c-${i}-${k}`, paragraph: k + 1, ...c })),
        }),
      ),
    );
  const ids = (list: ReadonlyArray<{ members: ClaimRef[] }>) =>
    list.map((g) => g.members.map((m) => m.claim.id));

  it('groupStatements equals the every-pair reference (property)', () => {
    fc.assert(
      fc.property(dossier, (articles) => {
        expect(ids(groupStatements(articles))).toEqual(ids(referenceGroups(articles)));
      }),
      { numRuns: 400 },
    );
  });

  it('recurringPhrases equals the every-candidate reference (property)', () => {
    fc.assert(
      fc.property(dossier, (articles) => {
        expect(ids(recurringPhrases(articles))).toEqual(ids(referenceRecurring(articles)));
      }),
      { numRuns: 400 },
    );
  });

  /** `copies` articles quoting Putin, each from the outlets in turn, with said dates and publication days in turn. */
  const copies = (n: number, quote: string, said: Array<string | null>, outlets = OUTLETS) =>
    Array.from({ length: n }, (_, i) =>
      article(`copy-${i}`, {
        outlet: outlets[i % outlets.length]!,
        published: `2022-02-${String(1 + (i % 28)).padStart(2, '0')}`,
        claims: [claim({ id: `q-${i}`, speaker: 'putin', quote, said: said[i % said.length]! })],
      }),
    );

  it.each<[string, ReturnType<typeof copies>]>([
    ['one quotation on one date, from three outlets', copies(60, 'until the end', ['2022-02-20'])],
    [
      'one quotation on one date, from one outlet',
      copies(30, 'until the end', ['2022-02-20'], ['rfi']),
    ],
    [
      'one quotation on three dates',
      copies(60, 'until the end', ['2022-02-20', '2022-03-03', '2022-02-07']),
    ],
    ['one quotation, dated and undated', copies(60, 'until the end', [null, '2022-02-20', null])],
    ['one quotation, undated, published over four weeks', copies(84, 'until the end', [null])],
    ['a quotation with no content word', copies(20, 'the of and', ['2022-02-20', null])],
  ])('k copies: %s', (_, articles) => {
    expect(ids(groupStatements(articles))).toEqual(ids(referenceGroups(articles)));
    expect(ids(recurringPhrases(articles))).toEqual(ids(referenceRecurring(articles)));
  });
});
