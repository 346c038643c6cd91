import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/lib/groups.ts';
import {
  claimRows,
  claimsCsv,
  groupRows,
  timelineJs,
  timelineRows,
} from '../../src/lib/open-data.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { actor, article, claim, event, outlet } from '../../scripts/fixture-entries.ts';
import { parseCsv } from '../support/csv.ts';

const HOSTILE_QUOTE = 'He said: "We, the people,\r\nwill go on" – and “left”.\nThen, nothing';

const RFI_WORDS =
  'Some of his ideas, his proposals (…) are possible to lay the foundations for common progress';
const KYIV_POST_WORDS =
  'In my opinion, some of his (Macron’s) suggestions are feasible and could serve as a foundation.';

const rfi = article('facing-putin', {
  outlet: 'rfi',
  published: '2022-02-07',
  seed: '001_rfi.txt',
  claims: [
    claim({
      id: 'b1aba6793a',
      speaker: 'putin',
      speaker_text: 'Vladimir Putin',
      quote: RFI_WORDS,
      said: '2022-02-07',
      said_evidence: '“this Monday, February 7” (paragraph 1), the occasion the passage is about',
      occasion: { kind: 'visit', event: 'rfi-kremlin' },
      paragraph: 3,
    }),
    claim({ id: '16351afa3f', speaker: null, quote: 'avoid war', kind: 'fragment', paragraph: 1 }),
  ],
  events: [
    event({
      id: 'rfi-kremlin',
      date: '2022-02-07',
      phrase: 'this Monday, February 7',
      resolution: 'relative',
      reasoning: '“this Monday, February 7”, that is Monday 7 February 2022',
      sentence: 'Emmanuel Macron arrived this Monday, February 7 at the Kremlin.',
      paragraph: 1,
      actors: ['macron'],
    }),
  ],
});
const kyivPost = article('macron-faces', {
  outlet: 'kyiv-post',
  published: '2022-02-08',
  seed: '003_kyiv.txt',
  claims: [
    claim({
      id: '14a8b60e73',
      speaker: 'putin',
      quote: KYIV_POST_WORDS,
      said: '2022-02-07',
      paragraph: 7,
      attribution: 'reviewed',
      confidence: 'medium',
    }),
    claim({ id: 'c0ffee0001', speaker: 'ghost', quote: HOSTILE_QUOTE, paragraph: 9 }),
  ],
  events: [
    event({
      date: '2022-02-07',
      phrase: 'on Monday evening',
      resolution: 'relative',
      sentence: 'Putin spent five hours with Macron on Monday evening.',
      paragraph: 3,
      actors: ['putin', 'macron'],
    }),
    event({
      date: '2022-02-24',
      phrase: 'on February 24',
      sentence: 'Russian forces attacked Ukraine on February 24.',
      paragraph: 5,
      actors: [],
    }),
    event({
      date: '1997',
      phrase: 'in 1997',
      sentence: `Putin’s permanent hope is that this time machine could return things to the moment in 1997 – the year of the otherwise unimportant agreement between NATO and Russia.`,
      paragraph: 14,
      actors: ['putin'],
    }),
    event({
      date: '2021-12',
      phrase: 'Since December 2021',
      sentence: 'Since December 2021, they have spoken fourteen times.',
      paragraph: 2,
      actors: ['putin', 'macron'],
    }),
  ],
});
const articles = [rfi, kyivPost];
const actors = [actor('putin', 'Vladimir Putin'), actor('macron', 'Emmanuel Macron')];
const outlets = [outlet('rfi', 'RFI'), outlet('kyiv-post', 'Kyiv Post')];
const groups = groupStatements(articles);
const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m.claim.id, g] as const)));

describe('claimRows', () => {
  const timeline = buildTimeline(articles);
  const kremlin = timeline.find((e) => e.date === '2022-02-07')!;
  const rows = claimRows(articles, actors, outlets, { groupOf, timeline }, '/dossier/');
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('has one row per claim, in article order, with the fields of the contract in order', () => {
    expect(rows.map((r) => r.id)).toEqual(['b1aba6793a', '16351afa3f', '14a8b60e73', 'c0ffee0001']);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'article',
      'seed',
      'outlet',
      'speaker',
      'speaker_text',
      'quote',
      'kind',
      'said',
      'said_evidence',
      'occasion',
      'attribution',
      'confidence',
      'paragraph',
      'url',
      'group',
    ]);
  });

  it('describes a claim with its article, seed, outlet, speaker and provenance', () => {
    expect(row('b1aba6793a')).toEqual({
      id: 'b1aba6793a',
      article: 'facing-putin',
      seed: '001_rfi.txt',
      outlet: { id: 'rfi', name: 'RFI' },
      speaker: { id: 'putin', name: 'Vladimir Putin' },
      speaker_text: 'Vladimir Putin',
      quote: RFI_WORDS,
      kind: 'direct',
      said: '2022-02-07',
      said_evidence: '“this Monday, February 7” (paragraph 1), the occasion the passage is about',
      occasion: { kind: 'visit', event: kremlin.id, url: `/dossier/timeline/#${kremlin.id}` },
      attribution: 'auto',
      confidence: 'high',
      paragraph: 3,
      url: '/dossier/articles/facing-putin/#q-b1aba6793a',
      group: groups[0]!.id,
    });
  });

  it.each([
    ['/', '/articles/facing-putin/#q-b1aba6793a'],
    ['/dossier/', '/dossier/articles/facing-putin/#q-b1aba6793a'],
    ['/dossier', '/dossier/articles/facing-putin/#q-b1aba6793a'],
  ])('builds the quote’s url under the base %s', (base, url) => {
    expect(claimRows(articles, actors, outlets, { groupOf }, base)[0]!.url).toBe(url);
  });

  it('gives null for a claim nobody is named as saying, and no group for a claim outside one', () => {
    expect(row('16351afa3f').speaker).toBeNull();
    expect(row('16351afa3f').group).toBeNull();
  });

  it('links an occasion to the merged timeline event of its article’s event, and to nothing without a timeline', () => {
    expect(kremlin.sources.map((s) => s.article)).toEqual(['facing-putin', 'macron-faces']);
    expect(row('16351afa3f').occasion).toBeNull();
    expect(claimRows(articles, actors, outlets, {}, '/')[0]!.occasion).toEqual({
      kind: 'visit',
      event: null,
      url: null,
    });
  });

  it('puts both versions of Putin’s 7 February words in the same group', () => {
    expect(row('b1aba6793a').group).not.toBeNull();
    expect(row('14a8b60e73').group).toBe(row('b1aba6793a').group);
  });

  it('falls back to the id when an actor or outlet has no entry', () => {
    expect(row('c0ffee0001').speaker).toEqual({ id: 'ghost', name: 'ghost' });
    expect(claimRows(articles, actors, [], { groupOf }, '/')[0]!.outlet).toEqual({
      id: 'rfi',
      name: 'rfi',
    });
  });

  it('has no groups when none are given', () => {
    expect(claimRows(articles, actors, outlets, {}, '/').every((r) => r.group === null)).toBe(true);
  });
});

describe('claimsCsv', () => {
  const rows = claimRows(articles, actors, outlets, { groupOf }, '/dossier/');
  const csv = claimsCsv(rows);
  const records = parseCsv(csv);
  const HEADER = [
    'id',
    'article',
    'seed',
    'outlet_id',
    'outlet_name',
    'speaker_id',
    'speaker_name',
    'speaker_text',
    'quote',
    'kind',
    'said',
    'said_evidence',
    'occasion_kind',
    'occasion_event',
    'attribution',
    'confidence',
    'paragraph',
    'url',
    'group',
  ];

  it('starts with the header row', () => {
    expect(csv.startsWith(`${HEADER.join(',')}\r\n`)).toBe(true);
    expect(records[0]).toEqual(HEADER);
  });

  it('ends every record with CRLF, and has no bare LF outside quoted fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/gu, '""');
    expect(
      outsideQuotes.split('\r\n').every((line) => !line.includes('\n') && !line.includes('\r')),
    ).toBe(true);
    expect(outsideQuotes.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('has one record per claim, each with as many fields as the header', () => {
    expect(records).toHaveLength(rows.length + 1);
    for (const record of records) expect(record).toHaveLength(HEADER.length);
  });

  it('reads back to the same values', () => {
    for (const [i, row] of rows.entries()) {
      const record = Object.fromEntries(HEADER.map((h, j) => [h, records[i + 1]![j]]));
      expect(record).toEqual({
        id: row.id,
        article: row.article,
        seed: row.seed,
        outlet_id: row.outlet.id,
        outlet_name: row.outlet.name,
        speaker_id: row.speaker?.id ?? '',
        speaker_name: row.speaker?.name ?? '',
        speaker_text: row.speaker_text ?? '',
        quote: row.quote,
        kind: row.kind,
        said: row.said ?? '',
        said_evidence: row.said_evidence ?? '',
        occasion_kind: row.occasion?.kind ?? '',
        occasion_event: row.occasion?.event ?? '',
        attribution: row.attribution,
        confidence: row.confidence,
        paragraph: String(row.paragraph),
        url: row.url,
        group: row.group ?? '',
      });
    }
  });

  it('quotes a field with commas, quotes and line breaks, doubling its quotes', () => {
    const escaped = `"${HOSTILE_QUOTE.replaceAll('"', '""')}"`;
    expect(csv).toContain(`,${escaped},`);
    expect(parseCsv(csv).find((r) => r[0] === 'c0ffee0001')![8]).toBe(HOSTILE_QUOTE);
  });

  it('is only a header for no claims', () => {
    expect(claimsCsv([])).toBe(`${HEADER.join(',')}\r\n`);
  });
});

describe('timelineRows', () => {
  const timeline = buildTimeline(articles);
  const rows = timelineRows(timeline, '/dossier/');

  it('has one row per event, with its id, date, precision, label, actors and page url', () => {
    const kremlin = rows.find((r) => r.date === '2022-02-07')!;
    expect(kremlin).toMatchObject({
      id: timeline.find((e) => e.date === '2022-02-07')!.id,
      precision: 'day',
      label: 'Emmanuel Macron arrived this Monday, February 7 at the Kremlin.',
      actors: ['macron', 'putin'],
    });
    expect(kremlin.url).toBe(`/dossier/timeline/#${kremlin.id}`);
    expect(rows.map((r) => r.id)).toEqual(timeline.map((e) => e.id));
  });

  it('lists every source with its article, seed, outlet, dating words, reasoning and paragraph url', () => {
    const kremlin = rows.find((r) => r.date === '2022-02-07')!;
    expect(kremlin.sources).toEqual([
      {
        article: 'facing-putin',
        seed: '001_rfi.txt',
        outlet: 'rfi',
        phrase: 'this Monday, February 7',
        resolution: 'relative',
        anchored_on: null,
        reasoning: '“this Monday, February 7”, that is Monday 7 February 2022',
        url: '/dossier/articles/facing-putin/#p-1',
      },
      {
        article: 'macron-faces',
        seed: '003_kyiv.txt',
        outlet: 'kyiv-post',
        phrase: 'on Monday evening',
        resolution: 'relative',
        anchored_on: null,
        reasoning: kyivPost.data.events[0]!.reasoning,
        url: '/dossier/articles/macron-faces/#p-3',
      },
    ]);
  });

  it('builds root urls under the base /', () => {
    const [first] = timelineRows(timeline, '/');
    expect(first!.url).toBe(`/timeline/#${first!.id}`);
    expect(first!.sources[0]!.url).toMatch(/^\/articles\/[a-z-]+\/#p-\d+$/u);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});

describe('timelineJs', () => {
  const timeline = buildTimeline(articles);
  const outletName = (id: string) => outlets.find((o) => o.id === id)?.data.name ?? id;
  const data = timelineJs(
    timeline,
    'The Macron–Putin dossier',
    outletName,
    '2022-02-24',
    '/dossier/',
  );
  const byId = (date: string) =>
    data.events.find((e) => e.unique_id === timeline.find((t) => t.date === date)!.id)!;

  it('has a title slide with a headline', () => {
    expect(data.title.text.headline).toBe('The Macron–Putin dossier');
    expect(typeof data.title.text.text).toBe('string');
  });

  it('has one event per timeline event, each with a unique_id, start_date, display_date, group and text', () => {
    expect(data.events.map((e) => e.unique_id)).toEqual(timeline.map((e) => e.id));
    expect(new Set(data.events.map((e) => e.unique_id)).size).toBe(data.events.length);
    for (const e of data.events) {
      expect(Object.keys(e).sort()).toEqual([
        'display_date',
        'group',
        'start_date',
        'text',
        'unique_id',
      ]);
      expect(typeof e.text.headline).toBe('string');
      expect(e.text.headline.length).toBeGreaterThan(0);
      expect(Object.values(e.start_date).every((v) => typeof v === 'string')).toBe(true);
    }
  });

  it.each([
    ['2022-02-07', { year: '2022', month: '2', day: '7' }, '7 February 2022'],
    ['2021-12', { year: '2021', month: '12' }, 'December 2021'],
    ['1997', { year: '1997' }, '1997'],
  ])(
    'gives %s as a start_date of strings without leading zeros, and a display_date in words',
    (date, start, display) => {
      expect(byId(date).start_date).toEqual(start);
      expect(byId(date).display_date).toBe(display);
    },
  );

  it.each([
    ['2022-02-24', 'Landmark'],
    ['2022-02-07', '2022'],
    ['2021-12', 'Background'],
    ['1997', 'Background'],
  ])('puts %s in the group %s', (date, group) => {
    expect(byId(date).group).toBe(group);
  });

  it('gives each event its headline: who did what, not the sentence', () => {
    for (const e of timeline)
      expect(byId(e.date).text.headline).toBe(timeline.find((t) => t.date === e.date)!.headline);
    expect(byId('1997').text.headline).not.toBe(timeline.find((t) => t.date === '1997')!.label);
  });

  it('cites each source by outlet and dating words, linking its paragraph under the base', () => {
    expect(byId('2022-02-07').text.text).toBe(
      'RFI: “this Monday, February 7” (<a href="/dossier/articles/facing-putin/#p-1">source paragraph</a>)<br>Kyiv Post: “on Monday evening” (<a href="/dossier/articles/macron-faces/#p-3">source paragraph</a>)',
    );
  });
});

describe('groupRows', () => {
  it.each([
    ['/', ''],
    ['/dossier/', '/dossier'],
  ])(
    'lists each group with its speaker, date, members and urls under the base %s',
    (base, prefix) => {
      expect(groupRows(groups, base)).toEqual([
        {
          id: 'g-b1aba6793a',
          speaker: 'putin',
          said: '2022-02-07',
          url: `${prefix}/who-said-what/#g-b1aba6793a`,
          members: [
            {
              claim: 'b1aba6793a',
              article: 'facing-putin',
              outlet: 'rfi',
              quote: RFI_WORDS,
              url: `${prefix}/articles/facing-putin/#q-b1aba6793a`,
            },
            {
              claim: '14a8b60e73',
              article: 'macron-faces',
              outlet: 'kyiv-post',
              quote: KYIV_POST_WORDS,
              url: `${prefix}/articles/macron-faces/#q-14a8b60e73`,
            },
          ],
        },
      ]);
    },
  );

  it('is empty without groups', () => {
    expect(groupRows([], '/')).toEqual([]);
  });
});
