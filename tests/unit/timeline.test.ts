import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  eventsByActor,
  filterTimeline,
  mergedEventOf,
  sameHappening,
  splitByPeriod,
  statementsAt,
  type TimelineEvent,
} from '../../src/lib/timeline.ts';
import type { Event } from '../../src/schemas/index.ts';
import { article, claim, event } from '../../scripts/fixture-entries.ts';

/** Mentions as the normalizer found them in the five articles. */
const M = {
  rfiKremlin: event({
    date: '2022-02-07',
    phrase: 'this Monday, February 7',
    resolution: 'relative',
    reasoning:
      '“this Monday, February 7”, in the year of publication (2022), that is Monday 7 February 2022; the weekday matches',
    sentence:
      'Emmanuel Macron arrived this Monday, February 7 at 6:30 p.m. local time at the Kremlin.',
    paragraph: 1,
    actors: ['macron'],
  }),
  kyivPostKremlin: event({
    date: '2022-02-07',
    phrase: 'on Monday evening',
    resolution: 'relative',
    reasoning:
      '“on Monday evening”, in an article published Tuesday 8 February 2022, that is Monday 7 February 2022',
    sentence:
      'During an at once extremely laborious and shocking press conference, which took place in Moscow following the talks, it appeared that for President Putin the five hours spent with President Macron on Monday evening had seemed very long.',
    paragraph: 3,
    actors: ['putin', 'macron'],
  }),
  franceinfoKremlin: event({
    date: '2022-02-07',
    phrase: 'on February 7',
    resolution: 'relative',
    reasoning: '“on February 7”, in the year of publication (2022), that is Monday 7 February 2022',
    sentence:
      'The French president had previously tried to defuse the conflict by going to Moscow on February 7 and continuing his telephone exchanges with his Russian counterpart.',
    paragraph: 1,
    actors: ['macron'],
  }),
  rfiKuleba: event({
    date: '2022-02-07',
    phrase: 'on Monday',
    resolution: 'relative',
    sentence:
      'In Kiev, the head of Ukrainian diplomacy accused Russia of seeking to ” dig a ditch between his country and its Western allies, receiving his German counterpart Annalena Baerbock on Monday for a support visit in the crisis with Moscow.',
    paragraph: 15,
    actors: ['kuleba', 'baerbock'],
  }),
  apMarch6Call: event({
    date: '2022-03-06',
    phrase: 'on Sunday',
    resolution: 'relative',
    reasoning:
      '“on Sunday”, in an article published Monday 7 March 2022, that is Sunday 6 March 2022',
    sentence:
      'During the last call on Sunday that came at Macron’s request, the French president and Putin focused for nearly two hours on the safety of Ukraine’s nuclear plants.',
    paragraph: 11,
    actors: ['macron', 'putin'],
  }),
  franceinfoMarch6Call: event({
    date: '2022-03-06',
    phrase: 'on March 6',
    resolution: 'relative',
    sentence:
      'For now, the Russian president is determined to achieve his goals, be it “by negotiation or by war”, he reminded Emmanuel Macron on March 6.',
    paragraph: 8,
    actors: ['putin', 'macron'],
  }),
  apBennettSaturday: event({
    date: '2022-03-05',
    phrase: 'on Saturday',
    resolution: 'relative',
    sentence:
      'Israeli Prime Minister Naftali Bennett also became a mediator, meeting Putin on a surprise visit to Moscow on Saturday and speaking with him again by phone on Sunday.',
    paragraph: 3,
    actors: ['bennett', 'putin'],
  }),
  apBennettSunday: event({
    date: '2022-03-06',
    phrase: 'on Sunday',
    resolution: 'relative',
    sentence:
      'Israeli Prime Minister Naftali Bennett also became a mediator, meeting Putin on a surprise visit to Moscow on Saturday and speaking with him again by phone on Sunday.',
    paragraph: 3,
    actors: ['bennett', 'putin'],
  }),
  apInvasion: event({
    date: '2022-02-24',
    phrase: 'on February 24',
    resolution: 'relative',
    sentence:
      'Macron’s diplomatic efforts to prevent war have failed, but he has not given up: The two men have spoken four times since Russian forces attacked Ukraine on February 24, and 11 times over the past month.',
    paragraph: 2,
    actors: ['macron'],
  }),
  franceinfoInvasion: event({
    date: '2022-02-24',
    phrase: 'since February 24',
    resolution: 'relative',
    sentence:
      'The two heads of state have met four times since February 24, the date of the Russian invasion of Ukraine.',
    paragraph: 1,
    actors: [],
  }),
  apVersailles: event({
    date: '2017',
    phrase: 'in 2017',
    sentence: 'Macron first hosted Putin at Versailles in 2017.',
    paragraph: 28,
    actors: ['macron', 'putin'],
  }),
  apElection: event({
    date: '2017',
    phrase: 'in 2017',
    sentence:
      'Since being elected president in 2017, Macron has shown a keen interest in establishing personal relationships with world leaders.',
    paragraph: 25,
    actors: ['macron'],
  }),
  franceinfoSinceDecember: event({
    date: '2021-12',
    phrase: 'Since December 2021',
    sentence: 'Since December 2021, Vladimir Putin and Emmanuel Macron have spoken fourteen times.',
    paragraph: 2,
    actors: ['putin', 'macron'],
  }),
  franceinfoDecember2021Day: event({
    date: '2021-12-01',
    precision: 'day',
    sentence: 'Vladimir Putin and Emmanuel Macron spoke on 1 December 2021.',
    actors: ['putin', 'macron'],
  }),
} satisfies Record<string, Event>;

describe('sameHappening', () => {
  describe.each([
    [
      'the 7 February Kremlin meeting: RFI (Macron) and the Kyiv Post (Putin, Macron)',
      M.rfiKremlin,
      M.kyivPostKremlin,
    ],
    [
      'the 7 February Kremlin meeting: RFI (Macron) and franceinfo (Macron)',
      M.rfiKremlin,
      M.franceinfoKremlin,
    ],
    [
      'the 7 February Kremlin meeting: the Kyiv Post (Putin, Macron) and franceinfo (Macron)',
      M.kyivPostKremlin,
      M.franceinfoKremlin,
    ],
    [
      'the 6 March call: AP (Macron, Putin) and franceinfo (Putin, Macron), two shared actors',
      M.apMarch6Call,
      M.franceinfoMarch6Call,
    ],
    ['24 February: AP (Macron) and franceinfo naming nobody', M.apInvasion, M.franceinfoInvasion],
    [
      'two mentions of December 2021 naming the same two people',
      M.franceinfoSinceDecember,
      { ...M.franceinfoSinceDecember, sentence: 'They spoke often from December 2021.' },
    ],
    [
      'the 8 February trip: the Kyiv Post’s “visiting Ukraine” (Macron, Putin) and RFI’s “go to Kiev” (Macron, Zelensky)',
      event({
        date: '2022-02-08',
        kind: 'visit',
        sentence:
          'Macron had not been able to influence President Putin before visiting Ukraine on Tuesday morning.',
        actors: ['macron', 'putin'],
      }),
      event({
        date: '2022-02-08',
        kind: 'visit',
        sentence:
          'Emmanuel Macron will go to Kiev on Tuesday to see his Ukrainian counterpart Volodymyr Zelensky.',
        actors: ['macron', 'zelensky'],
      }),
    ],
    [
      'two military actions of 2014 naming nobody',
      event({
        date: '2014',
        kind: 'military-action',
        sentence: 'Support shown in 2014 would have avoided the annexation of Crimea.',
      }),
      event({
        date: '2014',
        kind: 'military-action',
        sentence: 'The East has been embroiled in a war since 2014.',
      }),
    ],
    [
      'two year mentions worded alike without shared actors',
      { ...M.apVersailles, actors: [] },
      {
        ...M.apVersailles,
        actors: ['le-drian'],
        sentence: 'Macron first hosted Putin at Versailles in 2017, with pomp.',
      },
    ],
  ])('merges %s', (_, a, b) => {
    it('in one order', () => expect(sameHappening(a, b)).toBe(true));
    it('and in the other', () => expect(sameHappening(b, a)).toBe(true));
  });

  describe.each([
    [
      'Bennett’s Sunday call with Putin and Macron’s call with Putin on the same Sunday',
      M.apBennettSunday,
      M.apMarch6Call,
    ],
    [
      'Bennett’s Sunday call and franceinfo’s 6 March call',
      M.apBennettSunday,
      M.franceinfoMarch6Call,
    ],
    [
      'Kuleba receiving Baerbock and Macron at the Kremlin on the same Monday',
      M.rfiKuleba,
      M.kyivPostKremlin,
    ],
    [
      'visits on one day by two travellers',
      event({
        date: '2022-02-08',
        kind: 'visit',
        sentence: 'The French president flew to Kyiv on Tuesday to meet Zelensky in his palace.',
        actors: ['macron', 'zelensky'],
      }),
      event({
        date: '2022-02-08',
        kind: 'visit',
        sentence: 'Scholz went to Washington on Tuesday, where Macron also was.',
        actors: ['scholz', 'macron'],
      }),
    ],
    [
      'a visit and a call on one day by the same person',
      event({
        date: '2022-02-08',
        kind: 'visit',
        sentence: 'The French president flew to Kyiv on Tuesday to meet Zelensky in his palace.',
        actors: ['macron', 'zelensky'],
      }),
      event({
        date: '2022-02-08',
        kind: 'call',
        sentence: 'Later, Macron also spoke to Biden by phone.',
        actors: ['macron', 'biden'],
      }),
    ],
    [
      'the same people on different dates (Bennett on Saturday and on Sunday)',
      M.apBennettSaturday,
      M.apBennettSunday,
    ],
    ['the same sentence on different dates', M.rfiKremlin, { ...M.rfiKremlin, date: '2022-02-08' }],
    [
      'December 2021 and 1 December 2021, a month and a day within it',
      M.franceinfoSinceDecember,
      M.franceinfoDecember2021Day,
    ],
    [
      'the same date string at different precisions',
      { ...M.franceinfoSinceDecember, date: '2022-03', precision: 'month' as const },
      { ...M.franceinfoSinceDecember, date: '2022-03', precision: 'day' as const },
    ],
    [
      'two year-precision mentions of 2017: Versailles (Macron, Putin) and Macron’s election (Macron)',
      M.apVersailles,
      M.apElection,
    ],
    [
      'two 2014 military actions naming different actors',
      event({
        date: '2014',
        kind: 'military-action',
        sentence: 'Crimea was annexed in 2014.',
        actors: ['putin'],
      }),
      event({
        date: '2014',
        kind: 'military-action',
        sentence: 'A war has run in the East since 2014.',
      }),
    ],
    [
      'two year-precision mentions of 2014 naming nobody, worded differently',
      event({ date: '2014', sentence: 'Crimea was annexed in 2014.' }),
      event({ date: '2014', sentence: 'A war has run in the East since 2014.' }),
    ],
  ])('does not merge %s', (_, a, b) => {
    it('in one order', () => expect(sameHappening(a, b)).toBe(false));
    it('and in the other', () => expect(sameHappening(b, a)).toBe(false));
  });
});

/** The mentions of the Kremlin meeting and the 6 March call in their articles. */
function dossier() {
  return [
    article('rfi-feb-7', {
      outlet: 'rfi',
      published: '2022-02-07',
      events: [M.rfiKremlin, M.rfiKuleba],
    }),
    article('kyiv-post-feb-8', {
      outlet: 'kyiv-post',
      published: '2022-02-08',
      events: [M.kyivPostKremlin],
    }),
    article('ap-mar-7', {
      outlet: 'ap',
      published: '2022-03-07',
      events: [
        M.apInvasion,
        M.apBennettSaturday,
        M.apBennettSunday,
        M.apMarch6Call,
        M.apVersailles,
        M.apElection,
      ],
    }),
    article('franceinfo-mar-8', {
      outlet: 'franceinfo',
      published: '2022-03-08',
      events: [
        M.franceinfoInvasion,
        M.franceinfoKremlin,
        M.franceinfoMarch6Call,
        M.franceinfoSinceDecember,
      ],
    }),
  ];
}

/** Two different happenings of one day whose sentences begin with the same five words. */
function collidingMentions(): [Event, Event] {
  return [
    event({
      date: '2022-03-03',
      sentence: 'And there was what they had: grain talks.',
      actors: ['macron'],
    }),
    event({
      date: '2022-03-03',
      sentence: 'And there was what they had: nuclear safety.',
      actors: ['zelensky'],
    }),
  ];
}

const bySource = (e: TimelineEvent) => e.sources.map((s) => s.article);

describe('buildTimeline', () => {
  const timeline = buildTimeline(dossier());

  it('shows the 7 February Kremlin meeting once, citing RFI, the Kyiv Post and franceinfo in order of publication', () => {
    const kremlin = timeline.filter((e) => e.sources.some((s) => s.event === M.rfiKremlin));
    expect(kremlin).toHaveLength(1);
    expect(bySource(kremlin[0]!)).toEqual(['rfi-feb-7', 'kyiv-post-feb-8', 'franceinfo-mar-8']);
    expect(kremlin[0]!.sources.map((s) => s.outlet)).toEqual(['rfi', 'kyiv-post', 'franceinfo']);
  });

  it('gives a merged event the actors of all its sources, each once', () => {
    const kremlin = timeline.find((e) => e.sources.some((s) => s.event === M.rfiKremlin))!;
    expect([...kremlin.actors].sort()).toEqual(['macron', 'putin']);
  });

  it('merges transitively: a mention that matches only one member of an event joins it', () => {
    // A names Macron and Putin; B shares only Putin with A and is worded otherwise, so the
    // two do not match; C names nobody, so it matches both: A, B and C are one event.
    const a = event({
      date: '2022-04-01',
      sentence: 'Macron called Putin about the grain corridor.',
      actors: ['macron', 'putin'],
    });
    const b = event({
      date: '2022-04-01',
      sentence: 'Odessa port blockade lifted overnight, officials said.',
      actors: ['putin', 'erdogan'],
    });
    const c = event({
      date: '2022-04-01',
      sentence: 'Odessa port blockade lifted overnight.',
      actors: [],
    });
    expect(sameHappening(a, b)).toBe(false);
    const merged = buildTimeline([
      article('x', { outlet: 'ap', events: [a] }),
      article('y', { outlet: 'rfi', events: [b] }),
      article('z', { outlet: 'abc-es', events: [c] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources).toHaveLength(3);
  });

  it('keeps Bennett’s call and Macron’s call on 6 March apart, and the Kuleba visit apart from the Kremlin meeting', () => {
    const march6 = timeline.filter((e) => e.date === '2022-03-06');
    expect(march6).toHaveLength(2);
    expect(march6.map((e) => e.sources.length).sort()).toEqual([1, 2]);
    expect(timeline.filter((e) => e.date === '2022-02-07')).toHaveLength(2);
  });

  it('keeps one source per article sentence when the sentence dates the same happening twice', () => {
    const sentence =
      'Putin defended the militias that declared civil war in 2014, eight years ago.';
    const twice = article('abc', {
      outlet: 'abc-es',
      events: [
        event({ date: '2014', phrase: 'in 2014', sentence, paragraph: 6 }),
        event({
          date: '2014',
          phrase: 'eight years ago',
          resolution: 'relative',
          sentence,
          paragraph: 6,
        }),
      ],
    });
    const [only, ...rest] = buildTimeline([twice]);
    expect(rest).toEqual([]);
    expect(only!.sources).toHaveLength(1);
    expect(only!.sources[0]!.event.phrase).toBe('in 2014');
  });

  it('keeps two sources from one article when they are different sentences', () => {
    const kremlin = article('a', {
      outlet: 'rfi',
      events: [M.rfiKremlin, { ...M.franceinfoKremlin }],
    });
    expect(buildTimeline([kremlin])[0]!.sources).toHaveLength(2);
  });

  it('sorts events by date, background years first', () => {
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2017');
  });

  it('gives every event a unique id that starts with "e-<date>-" and is safe in an anchor', () => {
    const ids = timeline.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of timeline) {
      expect(e.id.startsWith(`e-${e.date}-`), e.id).toBe(true);
      expect(e.id).toMatch(/^[a-z0-9-]+$/u);
    }
  });

  it('labels an event with the sentence of its earliest absolute mention, else its earliest mention', () => {
    const kremlin = timeline.find((e) => e.date === '2022-02-07' && e.sources.length === 3)!;
    expect(kremlin.label).toBe(M.rfiKremlin.sentence);
    expect(kremlin.id).toBe('e-2022-02-07-emmanuel-macron-arrived-this-monday');
    const absolute = event({
      date: '2022-02-07',
      sentence: 'On 7 February 2022, Macron met Putin in the Kremlin.',
      actors: ['macron', 'putin'],
    });
    const later = buildTimeline([
      ...dossier(),
      article('z-late', { outlet: 'abc-es', published: '2022-06-25', events: [absolute] }),
    ]);
    expect(later.find((e) => e.sources.length === 4)!.label).toBe(absolute.sentence);
  });

  it('numbers ids that would otherwise collide, in order of publication', () => {
    const [grain, nuclear] = collidingMentions();
    const ids = buildTimeline([
      article('one', { published: '2022-03-04', events: [grain] }),
      article('two', { outlet: 'ap', published: '2022-03-05', events: [nuclear] }),
    ]).map((e) => e.id);
    expect(ids).toEqual([
      'e-2022-03-03-and-there-was-what-they',
      'e-2022-03-03-and-there-was-what-they-2',
    ]);
  });

  it('gives the same ids on every build, and whatever order the articles come in', () => {
    const again = buildTimeline(dossier());
    const reversed = buildTimeline([...dossier()].reverse());
    expect(again.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
    expect(reversed.map((e) => e.id).sort()).toEqual(timeline.map((e) => e.id).sort());
    const [grain, nuclear] = collidingMentions();
    const one = article('one', { published: '2022-03-04', events: [grain] });
    const two = article('two', { outlet: 'ap', published: '2022-03-05', events: [nuclear] });
    const idOf = (list: TimelineEvent[], article: string) =>
      list.find((e) => e.sources[0]!.article === article)!.id;
    const forward = buildTimeline([one, two]);
    const backward = buildTimeline([two, one]);
    expect(idOf(backward, 'one')).toBe(idOf(forward, 'one'));
    expect(idOf(backward, 'two')).toBe(idOf(forward, 'two'));
  });

  it('carries each source’s outlet, publication date, seed and dating evidence', () => {
    const call = timeline.find((e) => e.date === '2022-03-06' && e.sources.length === 2)!;
    expect(call.sources[0]).toEqual({
      article: 'ap-mar-7',
      outlet: 'ap',
      published: '2022-03-07',
      seed: 'ap-mar-7.txt',
      event: M.apMarch6Call,
    });
    expect(call.sources[0]!.event.reasoning).toBe(
      '“on Sunday”, in an article published Monday 7 March 2022, that is Sunday 6 March 2022',
    );
  });

  it('is empty for a dossier without dated events', () => {
    expect(buildTimeline([article('a'), article('b')])).toEqual([]);
  });
});

describe('splitByPeriod', () => {
  const timeline = buildTimeline(dossier());
  const { main, background } = splitByPeriod(timeline, '2022');

  it('keeps the dossier year’s events in the main chronology, in date order', () => {
    expect(main.length).toBeGreaterThan(0);
    expect(main.every((e) => e.date.startsWith('2022'))).toBe(true);
    expect(main.map((e) => e.date)).toEqual([...main.map((e) => e.date)].sort());
  });

  it('puts every other event under its year in the background', () => {
    expect([...background.keys()]).toEqual(['2017', '2021']);
    expect(background.get('2017')).toHaveLength(2);
    expect(background.get('2021')!.map((e) => e.date)).toEqual(['2021-12']);
  });

  it('loses no event and duplicates none', () => {
    const all = [...main, ...[...background.values()].flat()];
    expect(all.map((e) => e.id).sort()).toEqual(timeline.map((e) => e.id).sort());
  });

  it('leaves the background empty when everything happens in the year', () => {
    expect(splitByPeriod(main, '2022').background.size).toBe(0);
  });
});

describe('filterTimeline', () => {
  const timeline = buildTimeline(dossier());

  describe.each<[string, string, string[]]>([
    ['kyiv-post', 'kyiv-post', ['2022-02-07']],
    ['franceinfo', 'franceinfo', ['2021-12', '2022-02-07', '2022-02-24', '2022-03-06']],
    ['an outlet that reports nothing', 'nowhere', []],
  ])('by the outlet %s', (_, outlet, dates) => {
    const events = filterTimeline(timeline, { outlet });

    it('lists only the events it reports, in order', () => {
      expect(events.map((e) => e.date)).toEqual(dates);
    });

    it('keeps only its sources', () => {
      for (const e of events) expect(e.sources.every((s) => s.outlet === outlet)).toBe(true);
    });
  });

  it('does not change the timeline it filters', () => {
    const before = JSON.stringify(timeline);
    filterTimeline(timeline, { outlet: 'rfi' });
    expect(JSON.stringify(timeline)).toBe(before);
  });
});

describe('eventsByActor', () => {
  const timeline = buildTimeline(dossier());
  const byActor = eventsByActor(timeline);

  it.each<[string, string[]]>([
    ['bennett', ['2022-03-05', '2022-03-06']],
    ['kuleba', ['2022-02-07']],
    ['macron', ['2017', '2017', '2021-12', '2022-02-07', '2022-02-24', '2022-03-06']],
  ])('lists the events %s takes part in, in order', (actor, dates) => {
    expect(byActor.get(actor)!.map((e) => e.date)).toEqual(dates);
  });

  it('has no list for an actor nobody names', () => {
    expect(byActor.get('nobody')).toBeUndefined();
  });

  it('keeps every source of an event', () => {
    const kremlin = byActor.get('putin')!.find((e) => e.date === '2022-02-07')!;
    expect(kremlin.sources).toHaveLength(3);
  });

  it('is, for every actor, the events with a source whose actors name them, in order', () => {
    const actors = new Set(timeline.flatMap((e) => e.actors));
    expect([...byActor.keys()].sort()).toEqual([...actors].sort());
    for (const actor of actors)
      expect(byActor.get(actor)).toEqual(
        timeline.filter((e) => e.sources.length > 0 && e.actors.includes(actor)),
      );
  });
});

describe('statements said on each event’s occasion', () => {
  const call = event({
    id: 'call',
    date: '2022-02-20',
    kind: 'call',
    sentence: 'Four days before the invasion, Putin confirmed it to Macron.',
    actors: ['putin', 'macron'],
  });
  const echo = event({
    id: 'echo',
    date: '2022-02-20',
    kind: 'call',
    sentence: 'Four days before the invasion, Putin confirmed it to Macron.',
    actors: ['putin', 'macron'],
  });
  const abc = article('abc', {
    outlet: 'abc-es',
    events: [call, echo],
    claims: [
      claim({
        id: 'f1',
        kind: 'fragment',
        quote: 'separatists',
        speaker: 'putin',
        said: '2022-02-20',
        occasion: { kind: 'call', event: 'call' },
      }),
      claim({
        id: 'd1',
        kind: 'direct',
        quote: 'we will keep in touch.',
        speaker: 'macron',
        said: '2022-02-20',
        occasion: { kind: 'call', event: 'echo' },
      }),
      claim({ id: 'n1', quote: 'undated words' }),
      claim({
        id: 't1',
        quote: 'a tweet',
        said: '2022-02-20',
        occasion: { kind: 'tweet', event: null },
      }),
    ],
  });
  const timeline = buildTimeline([abc]);

  it('finds the merged event of an article’s event, also one left out as the same sentence, and none for an unknown id', () => {
    const of = mergedEventOf(timeline);
    expect(of(abc, 'call')).toBe(timeline[0]!.id);
    expect(of(abc, 'echo')).toBe(timeline[0]!.id);
    expect(of(abc, 'nope')).toBeNull();
  });

  it('lists under the event the statements whose occasion it is, full quotations first, and no others', () => {
    expect(
      statementsAt(timeline, [abc])
        .get(timeline[0]!.id)!
        .map((s) => s.claim.id),
    ).toEqual(['d1', 'f1']);
    expect([...statementsAt(timeline, [abc]).keys()]).toEqual([timeline[0]!.id]);
  });
  it.each<[string, Event[], string, string | null]>([
    [
      'an event the article has',
      [event({ id: 'a', date: '2022-02-20', sentence: 'Putin called Macron.' })],
      'a',
      'first',
    ],
    [
      'the first of two events with one id',
      [
        event({ id: 'a', date: '2022-02-20', sentence: 'Putin called Macron.' }),
        event({ id: 'a', date: '2022-03-01', sentence: 'Macron called Putin.' }),
      ],
      'a',
      'first',
    ],
    [
      'an id the article does not have',
      [event({ id: 'a', date: '2022-02-20', sentence: 'Putin called Macron.' })],
      'b',
      null,
    ],
  ])('looks up %s by its id', (_, events, id, expected) => {
    const a = article('a', { events });
    const built = buildTimeline([a]);
    const found = mergedEventOf(built)(a, id);
    expect(found).toBe(
      expected === null ? null : built.find((e) => e.sources[0]!.event === events[0])!.id,
    );
  });

  it('gives the same answers when asked again of one timeline, and its own for another', () => {
    const other = buildTimeline([
      article('abc', {
        events: [event({ id: 'call', date: '2022-02-21', sentence: 'Another call.' })],
      }),
    ]);
    expect(mergedEventOf(timeline)).toBe(mergedEventOf(timeline));
    expect(mergedEventOf(timeline)(abc, 'call')).toBe(timeline[0]!.id);
    expect(mergedEventOf(other)(abc, 'call')).toBe(null);
  });

  it('lists the statements of many articles on one occasion in article order, full quotations first (as a scan would)', () => {
    const copies = Array.from({ length: 30 }, (_, i) =>
      article(`c${i}`, {
        events: [call, echo],
        claims: abc.data.claims.map((c) => ({ ...c, id: `${c.id}-${i}` })),
      }),
    );
    const built = buildTimeline(copies);
    const listed = statementsAt(built, copies)
      .get(built[0]!.id)!
      .map((s) => s.claim.id);
    expect(listed).toEqual([
      ...copies.map((_, i) => `d1-${i}`),
      ...copies.map((_, i) => `f1-${i}`),
    ]);
  });
});

describe('buildTimeline against every pair compared (property)', () => {
  /** The groups of mentions that comparing every pair of one date's mentions makes. */
  function everyPair(articles: ReturnType<typeof article>[]): string[][] {
    const mentions = articles.flatMap((a) => {
      const seen = new Set<string>();
      return a.data.events.flatMap((e) => {
        const key = `${e.date}\n${e.sentence}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ key: `${a.id}/${e.paragraph}/${e.sentence}`, e }];
      });
    });
    const parent = mentions.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < mentions.length; i++)
      for (let j = i + 1; j < mentions.length; j++)
        if (
          mentions[i]!.e.date === mentions[j]!.e.date &&
          sameHappening(mentions[i]!.e, mentions[j]!.e)
        )
          parent[find(j)] = find(i);
    return sorted(
      [...Map.groupBy(mentions, (_, i) => find(i)).values()].map((g) => g.map((m) => m.key)),
    );
  }
  const sorted = (groups: string[][]) =>
    groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
  const POOL = Object.values(M);

  it('merges the same mentions into the same events, copies of one sentence included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 12,
        }),
        (picks) => {
          const articles = picks.map((ids, n) =>
            article(`a-${n}`, {
              events: ids.map((id, p) => ({ ...POOL[id]!, paragraph: p + 1 })),
            }),
          );
          const built = buildTimeline(articles).map((t) =>
            t.sources.map((s) => `${s.article}/${s.event.paragraph}/${s.event.sentence}`),
          );
          expect(sorted(built)).toEqual(everyPair(articles));
        },
      ),
      { numRuns: 200 },
    );
  });
});
