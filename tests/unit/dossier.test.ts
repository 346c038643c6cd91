import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorsBySpeech,
  articlesMentioning,
  byPublication,
  dateRange,
  relatedIndex,
  speakersIn,
  statementsBy,
  type ActorEntry,
  type ArticleEntry,
} from '../../src/lib/dossier.ts';
import type { Claim } from '../../src/schemas/index.ts';
import { actor, article, claim, event } from '../../scripts/fixture-entries.ts';

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((a) => a.id);

describe('byPublication', () => {
  const articles = [
    article('abc', { published: '2022-06-25', title: 'Putin’s snub' }),
    article('franceinfo', {
      published: '2022-03-08',
      title: 'What are the telephone exchanges for',
    }),
    article('ap', { published: '2022-03-07', title: 'Macron fights' }),
    article('rfi', { published: '2022-02-07', title: 'Facing Putin' }),
    article('kyiv-post', { published: '2022-02-08', title: 'Macron faces' }),
    article('same-day-b', { published: '2022-03-07', title: 'B comes after Macron fights' }),
  ];

  it('puts the oldest first and orders a day’s articles by title', () => {
    expect(ids(byPublication(articles))).toEqual([
      'rfi',
      'kyiv-post',
      'same-day-b',
      'ap',
      'franceinfo',
      'abc',
    ]);
  });

  it('does not reorder the list it is given', () => {
    const before = ids(articles);
    byPublication(articles);
    expect(ids(articles)).toEqual(before);
  });
});

describe('speakersIn', () => {
  const a = article('a', {
    claims: [
      claim({ id: 'n1', speaker: null, kind: 'direct', paragraph: 1 }),
      claim({ id: 'm1', speaker: 'macron', paragraph: 2 }),
      claim({ id: 'p1', speaker: 'putin', paragraph: 3 }),
      claim({ id: 'f1', speaker: null, kind: 'fragment', paragraph: 4 }),
      claim({ id: 'm2', speaker: 'macron', kind: 'fragment', paragraph: 5 }),
      claim({ id: 'k1', speaker: 'kuleba', paragraph: 6 }),
      claim({ id: 'n2', speaker: null, kind: 'indirect', paragraph: 7 }),
      claim({ id: 'n3', speaker: null, kind: 'direct', paragraph: 8 }),
      claim({ id: 'm3', speaker: 'macron', kind: 'indirect', paragraph: 9 }),
      claim({ id: 'p2', speaker: 'putin', paragraph: 10 }),
      claim({ id: 'b1', speaker: 'bennett', paragraph: 11 }),
    ],
  });
  const speakers = speakersIn(a);

  it('orders speakers by number of statements, then by id, with the unattributed last', () => {
    expect(speakers.map((s) => [s.speaker, s.count])).toEqual([
      ['macron', 3],
      ['putin', 2],
      ['bennett', 1],
      ['kuleba', 1],
      [null, 3],
    ]);
  });

  it('puts the unattributed last even when they outnumber everyone', () => {
    const many = article('b', {
      claims: [
        claim({ id: 'x', speaker: 'macron' }),
        ...['1', '2', '3'].map((n) => claim({ id: `n${n}`, speaker: null })),
      ],
    });
    expect(speakersIn(many).map((s) => s.speaker)).toEqual(['macron', null]);
  });

  it('leaves out quoted fragments that nobody is named as saying', () => {
    expect(speakers.find((s) => s.speaker === null)!.count).toBe(3);
  });

  it('links each speaker to their first claim in the article', () => {
    expect(Object.fromEntries(speakers.map((s) => [String(s.speaker), s.first.id]))).toEqual({
      macron: 'm1',
      putin: 'p1',
      bennett: 'b1',
      kuleba: 'k1',
      null: 'n1',
    });
  });

  it('is empty for an article without claims', () => {
    expect(speakersIn(article('empty'))).toEqual([]);
  });
});

describe('statementsBy', () => {
  const rfi = article('rfi', {
    published: '2022-02-07',
    claims: [
      claim({ id: 'r-undated', speaker: 'putin', paragraph: 10 }),
      claim({ id: 'r-macron', speaker: 'macron' }),
    ],
  });
  const kyivPost = article('kyiv-post', {
    published: '2022-02-08',
    claims: [claim({ id: 'k-undated', speaker: 'putin', paragraph: 4 })],
  });
  const ap = article('ap', {
    published: '2022-03-07',
    claims: [claim({ id: 'a-mar-3', speaker: 'putin', said: '2022-03-03', paragraph: 19 })],
  });
  const abc = article('abc', {
    published: '2022-06-25',
    claims: [
      claim({ id: 'b-feb-20', speaker: 'putin', said: '2022-02-20', paragraph: 1 }),
      claim({ id: 'b-undated-8', speaker: 'putin', paragraph: 8 }),
      claim({ id: 'b-undated-5', speaker: 'putin', paragraph: 5 }),
    ],
  });
  const franceinfo = article('franceinfo', {
    published: '2022-03-08',
    claims: [claim({ id: 'f-mar-6', speaker: 'putin', said: '2022-03-06' })],
  });

  it('orders an actor’s statements by the date they were said, else the date they were published', () => {
    expect(
      ids(statementsBy('putin', [abc, franceinfo, ap, kyivPost, rfi]).map((s) => s.claim)),
    ).toEqual([
      'r-undated',
      'k-undated',
      'b-feb-20',
      'a-mar-3',
      'f-mar-6',
      'b-undated-5',
      'b-undated-8',
    ]);
  });

  it('orders statements of the same date by article, then by paragraph', () => {
    const twin = article('aaa', {
      published: '2022-06-25',
      claims: [claim({ id: 'twin', speaker: 'putin', paragraph: 99 })],
    });
    expect(ids(statementsBy('putin', [abc, twin]).map((s) => s.claim))).toEqual([
      'b-feb-20',
      'twin',
      'b-undated-5',
      'b-undated-8',
    ]);
  });

  it('keeps each statement with its article', () => {
    const [first] = statementsBy('macron', [rfi, kyivPost]);
    expect(first!.article.id).toBe('rfi');
    expect(first!.claim.id).toBe('r-macron');
  });

  it('is empty for an actor who says nothing', () => {
    expect(statementsBy('bennett', [rfi, ap])).toEqual([]);
  });
});

describe('articlesMentioning', () => {
  it('lists the articles that name the actor, oldest first', () => {
    const articles = [
      article('late', { published: '2022-06-25', actors: ['putin'] }),
      article('none', { actors: ['macron'] }),
      article('early', { published: '2022-02-07', actors: ['macron', 'putin'] }),
    ];
    expect(ids(articlesMentioning('putin', articles))).toEqual(['early', 'late']);
  });
});

describe('relatedIndex', () => {
  // Macron and Putin are named by every article; Bennett by two, Kuleba by two.
  const self = article('self', {
    published: '2022-03-07',
    actors: ['macron', 'putin', 'bennett', 'kuleba'],
  });
  const everyone = (id: string, published: string) =>
    article(id, { published, actors: ['macron', 'putin'] });
  const bennett = article('bennett-only', { published: '2022-06-25', actors: ['bennett'] });
  const kuleba = article('kuleba-and-both', {
    published: '2022-02-07',
    actors: ['macron', 'putin', 'kuleba'],
  });
  const unrelated = article('unrelated', { published: '2022-03-07', actors: ['scholz'] });
  const all = [
    self,
    everyone('both-1', '2022-03-06'),
    everyone('both-2', '2022-02-08'),
    everyone('both-3', '2022-03-09'),
    bennett,
    kuleba,
    unrelated,
  ];

  it('ranks one rare shared actor above two ubiquitous ones', () => {
    const related = ids(relatedIndex(all)(self, 10));
    expect(related.indexOf('bennett-only')).toBeLessThan(related.indexOf('both-1'));
    expect(related[0]).toBe('kuleba-and-both');
    expect(related[1]).toBe('bennett-only');
  });

  it('never lists the article itself, nor one that shares nothing', () => {
    const related = ids(relatedIndex(all)(self, 10));
    expect(related).not.toContain('self');
    expect(related).not.toContain('unrelated');
    expect(related).toHaveLength(5);
  });

  it('breaks ties by the closer publication date', () => {
    expect(ids(relatedIndex(all)(self, 10)).slice(2)).toEqual(['both-1', 'both-3', 'both-2']);
  });

  it('returns at most the limit, three by default', () => {
    expect(relatedIndex(all)(self)).toHaveLength(3);
    expect(relatedIndex(all)(self, 1)).toHaveLength(1);
  });

  it('counts a day of events both mention', () => {
    const call = event({ date: '2022-03-06', actors: ['macron', 'putin'] });
    const withCall = { ...self, data: { ...self.data, events: [call] } };
    const sameDay = article('same-day', {
      published: '2022-06-25',
      events: [{ ...call, sentence: 'They spoke on 6 March.' }],
    });
    const sameYear = article('same-year', {
      published: '2022-03-07',
      events: [event({ date: '2022' })],
    });
    expect(ids(relatedIndex([withCall, sameDay, sameYear])(withCall, 10))).toEqual(['same-day']);
  });

  it('has nothing to relate an article it was not built from', () => {
    expect(relatedIndex(all.filter((a) => a !== self))(self)).toEqual([]);
  });

  /** The definition, article by article: every other article scored, sorted, the first `limit` that share something. */
  function reference(dossier: readonly ArticleEntry[], me: ArticleEntry, limit: number) {
    const holders = (actor: string) => dossier.filter((a) => a.data.actors.includes(actor)).length;
    const days = (a: ArticleEntry) =>
      new Set(a.data.events.filter((e) => e.precision === 'day').map((e) => e.date));
    const score = (other: ArticleEntry) => {
      let sum = 0;
      for (const actor of new Set(me.data.actors))
        if (other.data.actors.includes(actor)) sum += 1 / holders(actor);
      for (const day of days(me)) if (days(other).has(day)) sum += 1;
      return sum;
    };
    const distance = (a: ArticleEntry) =>
      Math.abs(Date.parse(a.data.published) - Date.parse(me.data.published));
    return dossier
      .map((a, i) => ({ a, i, s: a === me ? 0 : score(a) }))
      .filter((x) => x.s > 0)
      .sort((x, y) => y.s - x.s || distance(x.a) - distance(y.a) || x.i - y.i)
      .slice(0, Math.max(0, limit))
      .map((x) => x.a.id);
  }

  it('gives, for every article of any dossier, the best-scored others (the definition)', () => {
    const entry = fc.record({
      // Repeats allowed: an article's actors and days count once each.
      actors: fc.array(fc.constantFrom('macron', 'putin', 'bennett', 'kuleba', 'scholz'), {
        maxLength: 5,
      }),
      days: fc.array(fc.constantFrom('2022-02-07', '2022-02-24', '2022-03-06'), {
        maxLength: 3,
      }),
      published: fc.constantFrom('2022-02-07', '2022-02-08', '2022-03-07', '2022-06-25'),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.integer({ min: -2, max: 5 }),
        (rows, limit) => {
          const dossier = rows.map((r, i) =>
            article(`a-${i}`, {
              published: r.published,
              actors: r.actors,
              events: r.days.map((date) => event({ date })),
            }),
          );
          const related = relatedIndex(dossier);
          for (const me of dossier)
            expect(ids(related(me, limit))).toEqual(reference(dossier, me, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dateRange', () => {
  it.each([
    [
      'the five articles',
      ['2022-03-07', '2022-02-08', '2022-06-25', '2022-02-07', '2022-03-08'],
      { from: '2022-02-07', to: '2022-06-25' },
    ],
    ['one article', ['2022-03-07'], { from: '2022-03-07', to: '2022-03-07' }],
    [
      'articles across a year end',
      ['2022-01-02', '2021-12-30'],
      { from: '2021-12-30', to: '2022-01-02' },
    ],
  ])('spans %s from the first to the last publication', (_, dates, range) => {
    expect(dateRange(dates.map((published, i) => article(`a${i}`, { published })))).toEqual(range);
  });

  it('is null without articles', () => {
    expect(dateRange([])).toBeNull();
  });
});

describe('actorsBySpeech', () => {
  const actors = [
    actor('macron', 'Emmanuel Macron'),
    actor('putin', 'Vladimir Putin'),
    actor('bennett', 'Naftali Bennett'),
    actor('kuleba', 'Dmytro Kuleba'),
    actor('nato', 'NATO', 'group'),
    actor('silent', 'Nobody At All'),
  ];
  const articles = [
    article('a', {
      actors: ['macron', 'putin', 'nato'],
      claims: [
        claim({ id: '1', speaker: 'putin' }),
        claim({ id: '2', speaker: 'macron' }),
        claim({ id: '3', speaker: 'putin' }),
      ],
    }),
    article('b', {
      actors: ['macron', 'putin', 'bennett'],
      claims: [claim({ id: '4', speaker: 'macron' }), claim({ id: '5', speaker: 'kuleba' })],
    }),
    article('c', { actors: ['bennett', 'macron'] }),
  ];
  const rows = actorsBySpeech(actors, articles);

  it('orders actors by statements, then articles, then name', () => {
    expect(rows.map((r) => r.actor.id)).toEqual(['macron', 'putin', 'kuleba', 'bennett', 'nato']);
  });

  it('counts each actor’s statements and the articles that name them', () => {
    expect(rows.map((r) => [r.actor.id, r.statements, r.articles])).toEqual([
      ['macron', 2, 3],
      ['putin', 2, 2],
      ['kuleba', 1, 0],
      ['bennett', 0, 2],
      ['nato', 0, 1],
    ]);
  });

  it('leaves out actors no article names and who say nothing', () => {
    expect(rows.map((r) => r.actor.id)).not.toContain('silent');
  });
});

describe('the per-actor answers, gathered once per list of articles', () => {
  // The definitions as first written, one scan of the dossier per question: the indexed answers must equal them.
  const when = (s: { article: ArticleEntry; claim: Claim }) =>
    s.claim.said ?? s.article.data.published;
  const statementsByScan = (id: string, articles: readonly ArticleEntry[]) =>
    articles
      .flatMap((article) =>
        article.data.claims
          .filter((claim) => claim.speaker === id)
          .map((claim) => ({ article, claim })),
      )
      .sort(
        (a, b) =>
          when(a).localeCompare(when(b)) ||
          a.article.id.localeCompare(b.article.id) ||
          a.claim.paragraph - b.claim.paragraph,
      );
  const mentioningByScan = (id: string, articles: readonly ArticleEntry[]) =>
    byPublication(articles.filter((a) => a.data.actors.includes(id)));
  const bySpeechByScan = (actors: readonly ActorEntry[], articles: readonly ArticleEntry[]) =>
    actors
      .map((a) => ({
        actor: a,
        statements: articles.reduce(
          (n, x) => n + x.data.claims.filter((c) => c.speaker === a.id).length,
          0,
        ),
        articles: articles.filter((x) => x.data.actors.includes(a.id)).length,
      }))
      .filter((row) => row.articles > 0 || row.statements > 0)
      .sort(
        (a, b) =>
          b.statements - a.statements ||
          b.articles - a.articles ||
          a.actor.data.name.localeCompare(b.actor.data.name),
      );

  const who = fc.constantFrom('macron', 'putin', 'kuleba', 'scholz');
  const dossier = fc
    .array(
      fc.record({
        published: fc.constantFrom('2022-02-07', '2022-02-08', '2022-03-01'),
        actors: fc.array(who, { maxLength: 4 }),
        claims: fc.array(
          fc.record({
            speaker: fc.option(who),
            said: fc.option(fc.constantFrom('2022-02', '2022-02-07', '2022-02-20')),
            paragraph: fc.nat(5),
          }),
          { maxLength: 6 },
        ),
      }),
      { maxLength: 12 },
    )
    .map((rows) =>
      rows.map((r, i) =>
        article(`a${i}`, {
          published: r.published,
          actors: r.actors,
          claims: r.claims.map((c, k) => claim({ id: `a${i}-${k}`, ...c })),
        }),
      ),
    );
  const cast = ['macron', 'putin', 'kuleba', 'scholz', 'nobody'].map((id) =>
    actor(id, id.toUpperCase()),
  );

  it('statementsBy, articlesMentioning and actorsBySpeech equal one scan per question (property)', () => {
    fc.assert(
      fc.property(dossier, (articles) => {
        for (const { id } of cast) {
          expect(statementsBy(id, articles)).toEqual(statementsByScan(id, articles));
          expect(articlesMentioning(id, articles)).toEqual(mentioningByScan(id, articles));
        }
        expect(actorsBySpeech(cast, articles)).toEqual(bySpeechByScan(cast, articles));
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, (articles: ArticleEntry[]) => unknown[]]>([
    ['statementsBy', (articles) => statementsBy('macron', articles)],
    ['articlesMentioning', (articles) => articlesMentioning('macron', articles)],
  ])('%s gives each caller its own list', (_, ask) => {
    const articles = [
      article('x', { actors: ['macron'], claims: [claim({ id: 'x1', speaker: 'macron' })] }),
    ];
    ask(articles).length = 0;
    expect(ask(articles)).toHaveLength(1);
  });

  it('answers for another list of articles from that list', () => {
    const one = [
      article('x', { actors: ['macron'], claims: [claim({ id: 'x1', speaker: 'macron' })] }),
    ];
    const two = [
      ...one,
      article('y', { actors: ['macron'], claims: [claim({ id: 'y1', speaker: 'macron' })] }),
    ];
    expect(statementsBy('macron', one)).toHaveLength(1);
    expect(statementsBy('macron', two)).toHaveLength(2);
    expect(articlesMentioning('macron', two).map((a) => a.id)).toEqual(['x', 'y']);
  });
});
