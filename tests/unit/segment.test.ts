import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../scripts/normalize/paragraphs.ts';
import { segment, type BlockRole } from '../../scripts/normalize/segment.ts';

/** Roles of the blocks, each with the start of its text, for one seed-like text. */
const roles = (text: string, author?: string) =>
  segment(splitParagraphs(text), author).blocks.map((b) => [b.role, b.text] as [BlockRole, string]);

const INTRO =
  'The idea is clear: to keep an open discussion channel in case Vladimir Putin decides to negotiate.';

describe('segment: the headline', () => {
  it('takes a first paragraph without closing punctuation as the headline, records it and numbers the body from the next one', () => {
    const result = segment(
      splitParagraphs(
        'Macron fights Western tendency by keeping dialogue open with Putin\n\nWhile most of the world shuns President Vladimir Putin, Macron talks to him.',
      ),
      undefined,
    );
    expect(result.headline).toBe(
      'Macron fights Western tendency by keeping dialogue open with Putin',
    );
    expect(result.removals).toEqual([
      {
        rule: 'headline',
        why: expect.any(String),
        text: 'Macron fights Western tendency by keeping dialogue open with Putin',
        line: 1,
      },
    ]);
    expect(result.blocks).toEqual([
      {
        role: 'paragraph',
        text: 'While most of the world shuns President Vladimir Putin, Macron talks to him.',
        line: 3,
      },
    ]);
  });

  it('takes a question as the headline (seed 001)', () => {
    const result = segment(
      splitParagraphs(
        'What are the telephone exchanges between Emmanuel Macron and Vladimir Poutine for?\n\nHe is one of the privileged interlocutors of the master of the Kremlin.',
      ),
      undefined,
    );
    expect(result.headline).toBe(
      'What are the telephone exchanges between Emmanuel Macron and Vladimir Poutine for?',
    );
  });

  it.each([
    [
      'a first paragraph that ends with a full stop (seed 000 starts with the article)',
      'Four days before the Russian invasion of Ukraine, Vladimir Putin confirmed his support.',
    ],
    [
      'a first line longer than 25 words',
      'This first line has no closing punctuation but it runs on for far more than twenty five words so it cannot be the headline of the article at all',
    ],
  ])('finds no headline in %s', (_name, first) => {
    const result = segment(splitParagraphs(`${first}\n\nThe next paragraph.`), undefined);
    expect(result.headline).toBeNull();
    expect(result.removals).toEqual([]);
    expect(result.blocks[0]!.text).toBe(first);
  });
});

describe('segment: roles of the body’s paragraphs', () => {
  it.each<[string, string, Array<[BlockRole, string]>]>([
    [
      'a short line without closing punctuation between paragraphs is a heading (seed 004: “Diplomatic efforts”)',
      `${INTRO}\n\nDiplomatic efforts\n\nEmmanuel Macron will go to Kiev on Tuesday.`,
      [
        ['paragraph', INTRO],
        ['heading', 'Diplomatic efforts'],
        ['paragraph', 'Emmanuel Macron will go to Kiev on Tuesday.'],
      ],
    ],
    [
      'a quotation standing alone is a block quote, and the two lines after it are its attribution (seed 001)',
      `${INTRO}\n\n“There will be accounts in the history books. It is important to document what Russia says, and historians will judge.”\n\nEmmanuel Macron’s entourage\n\nat franceinfo\n\nThe issue is also Franco-French.`,
      [
        ['paragraph', INTRO],
        [
          'blockquote',
          '“There will be accounts in the history books. It is important to document what Russia says, and historians will judge.”',
        ],
        ['attribution', 'Emmanuel Macron’s entourage'],
        ['attribution', 'at franceinfo'],
        ['paragraph', 'The issue is also Franco-French.'],
      ],
    ],
    [
      'an unmarked first-person paragraph followed by “said Vladimir Putin at the end of the discussions.” is a block quote with its attribution (seed 003)',
      `${INTRO}\n\nPresident Macron has been talking to me for nearly six hours – almost torturing me!\n\nsaid Vladimir Putin at the end of the discussions.\n\nThis commentary from the Russian president underlines the intensity of the exchange.`,
      [
        ['paragraph', INTRO],
        [
          'blockquote',
          'President Macron has been talking to me for nearly six hours – almost torturing me!',
        ],
        ['attribution', 'said Vladimir Putin at the end of the discussions.'],
        [
          'paragraph',
          'This commentary from the Russian president underlines the intensity of the exchange.',
        ],
      ],
    ],
    [
      'an unmarked paragraph ending with a comma followed by “he quipped.” is a block quote with its attribution (seed 003)',
      `${INTRO}\n\nPresident Zelensky leads a country on whose border are massed 125,000 Russian soldiers – I am sure it’s a cause for nervousness,\n\nhe quipped.`,
      [
        ['paragraph', INTRO],
        [
          'blockquote',
          'President Zelensky leads a country on whose border are massed 125,000 Russian soldiers – I am sure it’s a cause for nervousness,',
        ],
        ['attribution', 'he quipped.'],
      ],
    ],
    [
      'a “said Benjamin Haddad, …” line after a third-person paragraph is an orphan attribution: its quotation is missing (seed 002)',
      'With Russian forces penetrating deep into Ukraine, Macron’s determination to maintain channels of communication with Putin provides Western allies with insight.\n\nsaid Benjamin Haddad, senior director for Europe at the Atlantic Council in Paris and a member of Macron’s party.',
      [
        [
          'paragraph',
          'With Russian forces penetrating deep into Ukraine, Macron’s determination to maintain channels of communication with Putin provides Western allies with insight.',
        ],
        [
          'orphan-attribution',
          'said Benjamin Haddad, senior director for Europe at the Atlantic Council in Paris and a member of Macron’s party.',
        ],
      ],
    ],
    [
      'a pasted tweet is followed by its signature, split from the article text glued after it (seed 002)',
      'He said the dialogue would continue.\n\nI spoke to President Putin this morning. We must avoid the worst.\n\n– Emmanuel Macron (@EmmanuelMacron) March 3, 2022 Since being elected president in 2017, Macron has shown a keen interest in establishing personal relationships.',
      [
        ['paragraph', 'He said the dialogue would continue.'],
        ['tweet', 'I spoke to President Putin this morning. We must avoid the worst.'],
        ['attribution', '– Emmanuel Macron (@EmmanuelMacron) March 3, 2022'],
        [
          'paragraph',
          'Since being elected president in 2017, Macron has shown a keen interest in establishing personal relationships.',
        ],
      ],
    ],
    [
      'a paragraph ending with a credit in capitals is a photo caption (seed 001)',
      `${INTRO}\n\nEmmanuel Macron surrounded by his advisers in the golden salon of the Elysée, February 28, 2022.   (SOAZIG DE LA MOISSONNIERE / INSTAGRAM)`,
      [
        ['paragraph', INTRO],
        [
          'caption',
          'Emmanuel Macron surrounded by his advisers in the golden salon of the Elysée, February 28, 2022.   (SOAZIG DE LA MOISSONNIERE / INSTAGRAM)',
        ],
      ],
    ],
    [
      'a quotation standing alone without an attribution line stays a paragraph, read with its neighbours (seed 003)',
      `${INTRO}\n\n“In my opinion, some of his suggestions are feasible and could serve as a foundation.”\n\nHowever, Putin made no concessions.`,
      [
        ['paragraph', INTRO],
        [
          'paragraph',
          '“In my opinion, some of his suggestions are feasible and could serve as a foundation.”',
        ],
        ['paragraph', 'However, Putin made no concessions.'],
      ],
    ],
    [
      'a heading with quote marks in it stays a heading (seed 004: “Avoiding War”)',
      `${INTRO}\n\n“Avoiding War”\n\nDiscussion can initiate where we need to go.`,
      [
        ['paragraph', INTRO],
        ['heading', '“Avoiding War”'],
        ['paragraph', 'Discussion can initiate where we need to go.'],
      ],
    ],
    [
      'an ordinary paragraph with a quotation inside stays a paragraph',
      `${INTRO}\n\nThe French president wants to “avoid war” in Ukraine.`,
      [
        ['paragraph', INTRO],
        ['paragraph', 'The French president wants to “avoid war” in Ukraine.'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('segment: the author’s note', () => {
  const text = `${INTRO}\n\nProfessor (h.c.) Olivier VÉDRINE, political scientist, journalist, writer, chief editor of Russian Monitor.`;

  it('marks the last paragraph as the author’s note when it names the author, accents and case aside (seed 003)', () => {
    expect(roles(text, 'Olivier Védrine').at(-1)).toEqual([
      'author-note',
      'Professor (h.c.) Olivier VÉDRINE, political scientist, journalist, writer, chief editor of Russian Monitor.',
    ]);
  });

  it.each([
    ['no author is known', undefined],
    ['the last paragraph names someone else', 'Barbara Surk'],
  ])('leaves the last paragraph alone when %s', (_name, author) => {
    expect(roles(text, author).at(-1)![0]).toBe('paragraph');
  });
});

describe('segment: lines', () => {
  it('keeps each block’s seed line, and gives a split-off tweet signature and the text after it the same line', () => {
    const text =
      'He said the dialogue would continue.\n\nI spoke to President Putin this morning.\n\n– Emmanuel Macron (@EmmanuelMacron) March 3, 2022 Since being elected president in 2017, Macron has shown interest.';
    expect(segment(splitParagraphs(text), undefined).blocks.map((b) => [b.role, b.line])).toEqual([
      ['paragraph', 1],
      ['tweet', 3],
      ['attribution', 5],
      ['paragraph', 5],
    ]);
  });
});
