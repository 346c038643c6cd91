import { describe, expect, it } from 'vitest';
import { CLEANING_RULES, cleanParagraphs } from '../../scripts/normalize/clean.ts';
import type { SourceParagraph } from '../../scripts/normalize/paragraphs.ts';

const at = (line: number, text: string): SourceParagraph => ({ text, line });
const why = (rule: string) => CLEANING_RULES.find((r) => r.name === rule)?.why;

/** A paragraph of ordinary article text, placed first so no rule about the opening applies. */
const LEAD = at(1, 'He is one of the privileged interlocutors of the master of the Kremlin.');

describe('cleanParagraphs: whole-paragraph debris', () => {
  it.each(
    [
      {
        rule: 'cookie-banner',
        name: 'drops the cookie notice captured with the AP page (seed 002)',
        text: "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
      },
      {
        rule: 'source-credit',
        name: 'drops the scraper’s credit line “source site” (seed 001)',
        text: 'source site',
      },
      { rule: 'source-credit', name: 'drops a bare “Source.”', text: 'Source.' },
      {
        rule: 'site-tag',
        name: 'drops the page-template tag “rf-1-europe” (seed 004)',
        text: 'rf-1-europe',
      },
      {
        rule: 'live-teaser',
        name: 'drops the live-coverage teaser “>> Find the latest…” (seed 001)',
        text: '>> Find the latest information on the war in Ukraine in our live',
      },
      {
        rule: 'related-link',
        name: 'drops a “Read also: …” link (seed 004)',
        text: 'Read also: Russian troops at the gates of Ukraine: Kiev puts things into perspective despite the American warning',
      },
      {
        rule: 'related-link',
        name: 'drops a “To listen also: …” link (seed 004)',
        text: 'To listen also: Ukrainian crisis: “Macron cannot play any role in de-escalation”',
      },
    ].map((c) => [c.name, c] as const),
  )('%s', (_name, { rule, text }) => {
    const { paragraphs, removals } = cleanParagraphs([LEAD, at(7, text)]);
    expect(paragraphs).toEqual([LEAD]);
    expect(removals).toEqual([{ rule, why: why(rule), text, line: 7 }]);
  });
});

describe('cleanParagraphs: debris inside a paragraph', () => {
  it.each(
    [
      {
        rule: 'stray-period',
        name: 'cuts the lone full stop after “Putin. .” (seed 000)',
        text: 'the military decisions taken and to be taken by Putin. .',
        kept: 'the military decisions taken and to be taken by Putin.',
        removed: ' .',
      },
      {
        rule: 'stray-period',
        name: 'cuts a lone full stop after a closing quote mark',
        text: 'He said “we will keep in touch.” .',
        kept: 'He said “we will keep in touch.”',
        removed: ' .',
      },
      {
        rule: 'dangling-word',
        name: 'cuts the one-word fragment in “…a springboard for Russia. Invade.” (seed 002)',
        text: 'with most of the routes to Russia or its ally Belarus, serving as a springboard for Russia. Invade.',
        kept: 'with most of the routes to Russia or its ally Belarus, serving as a springboard for Russia.',
        removed: ' Invade.',
      },
    ].map((c) => [c.name, c] as const),
  )('%s', (_name, { rule, text, kept, removed }) => {
    const { paragraphs, removals } = cleanParagraphs([LEAD, at(19, text)]);
    expect(paragraphs).toEqual([LEAD, at(19, kept)]);
    expect(removals).toEqual([{ rule, why: why(rule), text: removed, line: 19 }]);
  });
});

describe('cleanParagraphs: a repeated headline', () => {
  it('drops the second paragraph when it is the headline again without punctuation (seed 004)', () => {
    const headline = at(1, 'to Putin, Macron says he hopes to “start a de-escalation”');
    const repeated = at(3, 'to Putin Macron says he hopes to start a de escalation');
    const body = at(
      5,
      'Emmanuel Macron arrived this Monday, February 7 at 6:30 p.m. local time at the Kremlin.',
    );
    const { paragraphs, removals } = cleanParagraphs([headline, repeated, body]);
    expect(paragraphs).toEqual([headline, body]);
    expect(removals).toEqual([
      {
        rule: 'duplicate-headline',
        why: 'the headline repeated without its punctuation',
        text: repeated.text,
        line: 3,
      },
    ]);
  });

  it('keeps a paragraph repeating the first one when it is not the second paragraph', () => {
    const paragraphs = [
      at(1, 'Diplomatic efforts'),
      at(3, 'Some text.'),
      at(5, 'Diplomatic efforts'),
    ];
    expect(cleanParagraphs(paragraphs)).toEqual({ paragraphs, removals: [] });
  });

  it('keeps a second paragraph that differs from the headline by a word', () => {
    const paragraphs = [
      at(1, 'Russia seeks to “dig a ditch”'),
      at(3, 'Russia seeks to dig a deeper ditch'),
    ];
    expect(cleanParagraphs(paragraphs)).toEqual({ paragraphs, removals: [] });
  });
});

describe('cleanParagraphs: ordinary text is kept untouched', () => {
  it.each([
    [
      'a sentence that mentions cookies without a consent notice',
      'The Elysée served cookies and tea to the delegation.',
    ],
    [
      'a sentence that starts with “Source”',
      'Sources close to the Elysée say the call lasted two hours.',
    ],
    [
      'a lower-case label with hyphenated words, which is not a lone tag',
      'face-to-face in the Kremlin',
    ],
    [
      '“read also” in the middle of a sentence',
      'Diplomats will read also the fine print: nothing is agreed.',
    ],
    ['a section heading', 'London and Berlin send reinforcements'],
    [
      'an ellipsis and a full stop inside a sentence',
      'Russian-American, Russian-Ukrainian… Putin gives his agreement. It is done.',
    ],
    ['a paragraph that ends on a two-word sentence', 'Putin called on Thursday. Macron responded.'],
    ['a paragraph that ends with “p.m.”', 'Emmanuel Macron arrived at 6:30 p.m.'],
    [
      'the quoted closing words “… Putin. ”',
      'He knows the styles, personality and cynical nature of Putin. ”',
    ],
  ])('keeps %s', (_name, text) => {
    const paragraphs = [LEAD, at(9, text)];
    expect(cleanParagraphs(paragraphs)).toEqual({ paragraphs, removals: [] });
  });

  it('keeps the first paragraph even when it looks like a headline: that is segment’s job', () => {
    const paragraphs = [
      at(1, 'Macron fights Western tendency by keeping dialogue open with Putin'),
      at(3, 'While most of the world shuns President Vladimir Putin.'),
    ];
    expect(cleanParagraphs(paragraphs)).toEqual({ paragraphs, removals: [] });
  });
});

describe('cleanParagraphs: the record of removals', () => {
  const seedTail = [
    LEAD,
    at(3, '>> Find the latest information on the war in Ukraine in our live'),
    at(33, 'and Anne-Sophie Bradelle, for international communication. .'),
    at(43, 'Read also: Russian troops at the gates of Ukraine'),
    at(49, 'source site'),
    at(59, 'rf-1-europe'),
  ];

  it('records every removal with its rule, the reason, the exact text and its line, in reading order', () => {
    const { removals } = cleanParagraphs(seedTail);
    expect(removals.map((r) => [r.rule, r.line, r.text])).toEqual([
      ['live-teaser', 3, '>> Find the latest information on the war in Ukraine in our live'],
      ['stray-period', 33, ' .'],
      ['related-link', 43, 'Read also: Russian troops at the gates of Ukraine'],
      ['source-credit', 49, 'source site'],
      ['site-tag', 59, 'rf-1-europe'],
    ]);
    for (const removal of removals) expect(removal.why).toBe(why(removal.rule));
  });

  it('loses nothing: kept text plus removed text is the input, character for character', () => {
    const { paragraphs, removals } = cleanParagraphs(seedTail);
    const total = (texts: string[]) => texts.join('').length;
    expect(total(paragraphs.map((p) => p.text)) + total(removals.map((r) => r.text))).toBe(
      total(seedTail.map((p) => p.text)),
    );
  });

  it('does not change its input', () => {
    const input = [LEAD, at(5, 'by Putin. .')];
    const copy = structuredClone(input);
    cleanParagraphs(input);
    expect(input).toEqual(copy);
  });

  it('applies only the rules it is given', () => {
    const onlyTags = CLEANING_RULES.filter((r) => r.name === 'site-tag');
    const { paragraphs, removals } = cleanParagraphs(
      [LEAD, at(3, 'source site'), at(5, 'rf-1-europe')],
      onlyTags,
    );
    expect(paragraphs.map((p) => p.text)).toEqual([LEAD.text, 'source site']);
    expect(removals.map((r) => r.rule)).toEqual(['site-tag']);
  });
});
