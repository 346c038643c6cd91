import { describe, expect, it } from 'vitest';
import {
  attributionFollows,
  classifyKind,
  findQuotes,
  pairMarks,
  type QuoteKind,
} from '../../scripts/normalize/quotes.ts';
import type { Block, BlockRole } from '../../scripts/normalize/segment.ts';

/** What a reader sees of a span: its words, and which of its marks the source has. */
interface Seen {
  quote: string;
  open: 'mark' | 'inferred';
  close: 'mark' | 'inferred';
}

const seen = (text: string): Seen[] =>
  pairMarks(text).spans.map((s) => ({
    quote: text.slice(s.start, s.end),
    open: s.openMark === null ? 'inferred' : 'mark',
    close: s.closeMark === null ? 'inferred' : 'mark',
  }));

const both = (quote: string): Seen => ({ quote, open: 'mark', close: 'mark' });

describe('pairMarks on the RFI text (seed 004), whose marks machine translation scrambled', () => {
  it.each<[string, string, Seen[]]>([
    [
      'a closing-looking “ followed by “, said Vladimir Putin” closes a quote whose opening is inferred at the paragraph start',
      'Some of his ideas, his proposals (…) are possible to lay the foundations for common progress “, said Vladimir Putin, during a joint press conference.',
      [
        {
          quote:
            'Some of his ideas, his proposals (…) are possible to lay the foundations for common progress',
          open: 'inferred',
          close: 'mark',
        },
      ],
    ],
    [
      'the marks of “ ” avoid war ” ” (a reversed opener, then a mark between two spaces) pair into one quote',
      'Discussion can initiate where we need to go, which is de-escalation “, said Emmanuel Macron, adding to want” avoid war ” and ” build the elements of trust, stability, visibility for everyone “.',
      [
        {
          quote: 'Discussion can initiate where we need to go, which is de-escalation',
          open: 'inferred',
          close: 'mark',
        },
        both('avoid war'),
        both('build the elements of trust, stability, visibility for everyone'),
      ],
    ],
    [
      'a guillemet « opens and a “ before “, reports” closes: “« I’m reasonably optimistic … miracles “,”',
      'Emmanuel Macron said to himself ” determined and lucid » before addressing his discussion with Vladimir Putin in the Kremlin adding: « I’m reasonably optimistic, I don’t believe in spontaneous miracles “, reports our special correspondent in Moscow, Valerie Gas.',
      [
        both('determined and lucid'),
        both('I’m reasonably optimistic, I don’t believe in spontaneous miracles'),
      ],
    ],
    [
      'an opener never closed closes at the end of its sentence',
      'He described ” the critical situation of Europe which requires us to be responsible and evoked a necessary dialogue. The talks then began.',
      [
        {
          quote:
            'the critical situation of Europe which requires us to be responsible and evoked a necessary dialogue.',
          open: 'mark',
          close: 'inferred',
        },
      ],
    ],
    [
      'after a closed quote, an unopened one starts with the first sentence after it',
      'Emmanuel Macron said that he had proposed to ” building concrete security guarantees. ” President Putin assured me of his readiness. “, added the French president.',
      [
        both('building concrete security guarantees.'),
        { quote: 'President Putin assured me of his readiness.', open: 'inferred', close: 'mark' },
      ],
    ],
    [
      'a mark with a space inside it on one side only still pairs: “ No concessions on territorial integrity”',
      'Earlier, the minister had set his red lines: “ No concessions on territorial integrity” and “a lasting withdrawal of Russian forces “.',
      [
        both('No concessions on territorial integrity'),
        both('a lasting withdrawal of Russian forces'),
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it('explains what it inferred, for the notice', () => {
    const [lostOpening] = pairMarks('Some of his ideas are possible “, said Vladimir Putin.').spans;
    expect(lostOpening!.inferred).toMatch(/opening quote mark is missing/u);
    const [lostClosing] = pairMarks('He described ” the critical situation of Europe.').spans;
    expect(lostClosing!.inferred).toMatch(/closing quote mark is missing/u);
  });

  it('infers nothing for a well-formed quotation', () => {
    expect(
      pairMarks('Moscow’s “cynicism” after a new pledge.').spans.map((s) => s.inferred),
    ).toEqual([null]);
  });

  it('reports a stray mark that pairs with nothing, and makes no quote of it', () => {
    const text = 'By promising to do his best efforts “, to try the rest.';
    const { spans, unpaired } = pairMarks(text);
    expect(spans).toEqual([]);
    expect(unpaired).toEqual([text.indexOf('“')]);
  });
});

describe('pairMarks on well-formed and straight marks', () => {
  it.each<[string, string, Seen[]]>([
    [
      'curly marks',
      'Moscow’s “cynicism” after a new pledge to create “humanitarian corridors”.',
      [both('cynicism'), both('humanitarian corridors')],
    ],
    [
      'straight double quotes',
      'the familiar French word "you" rather than the official word "vos".',
      [both('you'), both('vos')],
    ],
    [
      'a straight opener with a curly closer (seed 003)',
      'In his book "The First Person”, published in 2000, Putin describes an episode.',
      [both('The First Person')],
    ],
    [
      'guillemets',
      'Macron dit espérer « amorcer une désescalade ».',
      [both('amorcer une désescalade')],
    ],
    [
      'a quotation ending with its sentence',
      '“The president is not naive,” said Le Drian.',
      [both('The president is not naive,')],
    ],
    [
      'a closing mark left alone at the end of the paragraph: the last sentence is the quote (seed 002)',
      '“The president is not naive,” said Le Drian on the eve of the invasion. He knows the styles, personality and cynical nature of Putin. ”',
      [
        both('The president is not naive,'),
        {
          quote: 'He knows the styles, personality and cynical nature of Putin.',
          open: 'inferred',
          close: 'mark',
        },
      ],
    ],
  ])('pairs %s', (_name, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it('finds no quote in a text without marks', () => {
    expect(
      pairMarks('Putin called on Thursday. Macron responded and they spoke for 90 minutes.'),
    ).toEqual({ spans: [], unpaired: [] });
  });

  it('gives offsets that index the paragraph: the marks are at openMark and closeMark', () => {
    const text = 'the French president wants to “avoid war” in Ukraine.';
    const [span] = pairMarks(text).spans;
    expect([
      text[span!.openMark!],
      text[span!.closeMark!],
      text.slice(span!.start, span!.end),
    ]).toEqual(['“', '”', 'avoid war']);
  });
});

describe('attributionFollows', () => {
  it.each<[string, string, boolean]>([
    ['“, said Vladimir Putin”', ', said Vladimir Putin, during', true],
    ['“ Haddad said”', ' Haddad said, or that', true],
    ['“ she adds”', ' she adds, recalling', true],
    ['“, thus declared Dmytro Kouleba”', ', thus declared Dmytro Kouleba', true],
    ['“ and will continue”', ' and will continue', false],
    ['“ of a process”', ' of a process that', false],
  ])('after a mark, %s is %s', (_name, after, expected) => {
    expect(attributionFollows(after, 0)).toBe(expected);
  });
});

describe('classifyKind', () => {
  const kindOf = (text: string, quote: string): QuoteKind => {
    const start = text.indexOf(quote);
    return classifyKind(text, { start, end: start + quote.length, openMark: start - 1 });
  };

  it.each<[string, string, string, QuoteKind]>([
    [
      'a scare-quoted word inside the writer’s sentence is a fragment',
      'Instead of mercy, the French president denounced Moscow’s “cynicism” after a new pledge.',
      'cynicism',
      'fragment',
    ],
    [
      'a short phrase inside the sentence is a fragment',
      'The French president wants to “avoid war” in Ukraine.',
      'avoid war',
      'fragment',
    ],
    [
      'a quotation opening the sentence is direct, however short',
      '“Not talking helps”, assures franceinfo.',
      'Not talking helps',
      'direct',
    ],
    [
      'a quotation after a colon is direct',
      'He set his red lines: “No concessions on territorial integrity” and more.',
      'No concessions on territorial integrity',
      'direct',
    ],
    [
      'a quotation ending with a full stop is direct',
      'Putin ends the conversation ironically, saying that he was going “to do physical exercises.”',
      'to do physical exercises.',
      'direct',
    ],
    [
      'a long quotation inside the sentence is direct',
      'Macron said that saying that “we will protect people by bringing them to Russia” is hypocrisy.',
      'we will protect people by bringing them to Russia',
      'direct',
    ],
  ])('%s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote)).toBe(kind);
  });
});

describe('findQuotes over blocks', () => {
  const block = (role: BlockRole, text: string): Block => ({ role, text, line: 1 });

  it('reads a block quote and a tweet whole, without their marks', () => {
    const blocks = [
      block('blockquote', '“There will be accounts in the history books.”'),
      block('attribution', 'Emmanuel Macron’s entourage'),
      block('tweet', 'I spoke to President Putin this morning. We must avoid the worst.'),
      block('attribution', '– Emmanuel Macron (@EmmanuelMacron) March 3, 2022'),
    ];
    const { spans, notices } = findQuotes(blocks);
    expect(
      spans.map((s) => [s.block, blocks[s.block]!.text.slice(s.start, s.end), s.kind]),
    ).toEqual([
      [0, 'There will be accounts in the history books.', 'direct'],
      [2, 'I spoke to President Putin this morning. We must avoid the worst.', 'direct'],
    ]);
    expect(notices).toEqual([]);
  });

  it('does not read headings, attribution lines or the author’s note', () => {
    const blocks = [
      block('heading', 'Russia seeks to “dig a ditch”'),
      block('attribution', '“said” he'),
      block('author-note', 'Author of “The Book”.'),
    ];
    expect(findQuotes(blocks)).toEqual({ spans: [], notices: [] });
  });

  it('records each inferred boundary on its span and leaves a notice, with the paragraph number, for each stray mark', () => {
    const blocks = [
      block('paragraph', 'Nothing quoted here.'),
      block('paragraph', 'Some of his ideas are possible “, said Vladimir Putin.'),
      block('paragraph', 'By promising to do his best efforts “, to try the rest.'),
      block(
        'paragraph',
        'The head of European diplomacy estimated that Europe was going through the “ most dangerous moment since the end of the Cold War',
      ),
    ];
    const { spans, notices } = findQuotes(blocks);
    expect(notices.map((n) => [n.paragraph, n.kind])).toEqual([[3, 'unbalanced-quote-mark']]);
    expect(notices[0]!.message).toContain('“mising to do his best efforts”');
    expect(spans.map((s) => [s.block, s.inferred])).toEqual([
      [
        1,
        'the opening quote mark is missing in the source; the quote is taken to start with its sentence',
      ],
      [
        3,
        'the closing quote mark is missing in the source; the quote is taken to end with its sentence',
      ],
    ]);
  });
});
