import { describe, expect, it } from 'vitest';
import { splitParagraphs, type SourceParagraph } from '../../scripts/normalize/paragraphs.ts';

describe('splitParagraphs', () => {
  it.each(
    (
      [
        {
          name: 'splits at blank lines and gives each paragraph the 1-based line it starts on',
          text: 'Macron fights Western tendency by keeping dialogue open with Putin\n\nWhile most of the world shuns President Vladimir Putin…\n\nMacron’s diplomatic efforts to prevent war have failed.',
          expected: [
            { text: 'Macron fights Western tendency by keeping dialogue open with Putin', line: 1 },
            { text: 'While most of the world shuns President Vladimir Putin…', line: 3 },
            { text: 'Macron’s diplomatic efforts to prevent war have failed.', line: 5 },
          ],
        },
        {
          name: 'counts every blank line, so a paragraph after two blank lines keeps its true line (seed 002, line 64)',
          text: '“The president is not naive,” said Le Drian on the eve of the Russian invasion.\n\n\nThis website uses cookies to improve your experience.',
          expected: [
            {
              text: '“The president is not naive,” said Le Drian on the eve of the Russian invasion.',
              line: 1,
            },
            { text: 'This website uses cookies to improve your experience.', line: 4 },
          ],
        },
        {
          name: 'joins a stray line break inside a paragraph with one space',
          text: 'Emmanuel Macron’s entourage said\nthat the call lasted\n  an hour and a half.',
          expected: [
            {
              text: 'Emmanuel Macron’s entourage said that the call lasted an hour and a half.',
              line: 1,
            },
          ],
        },
        {
          name: 'splits at a single line break between two sentences: one paragraph a line, as many news texts are (PolNeAR)',
          text: 'CNN President Jeff Zucker isn’t kowtowing to Trump. \n“We do not pay candidates,” Zucker said.\nThe next GOP debate is on Dec. 15\non CNN.',
          expected: [
            { text: 'CNN President Jeff Zucker isn’t kowtowing to Trump.', line: 1 },
            { text: '“We do not pay candidates,” Zucker said.', line: 2 },
            { text: 'The next GOP debate is on Dec. 15 on CNN.', line: 3 },
          ],
        },
        {
          name: 'accepts Windows line endings (CRLF) and keeps the line numbers',
          text: 'Emmanuel Macron’s entourage\r\n\r\nat franceinfo\r\n\r\nThe idea is clear.\r\n',
          expected: [
            { text: 'Emmanuel Macron’s entourage', line: 1 },
            { text: 'at franceinfo', line: 3 },
            { text: 'The idea is clear.', line: 5 },
          ],
        },
        {
          name: 'accepts old Mac line endings (CR alone)',
          text: 'said Vladimir Putin\rat the end of the discussions.\r\rThis commentary…',
          expected: [
            { text: 'said Vladimir Putin at the end of the discussions.', line: 1 },
            { text: 'This commentary…', line: 4 },
          ],
        },
        {
          name: 'treats a line of spaces or tabs as blank, and trims each line (seed 003 ends lines with a space)',
          text: 'It was all about politics and psychology. \n \t \nAfter more than 5 hours of dialogue. ',
          expected: [
            { text: 'It was all about politics and psychology.', line: 1 },
            { text: 'After more than 5 hours of dialogue.', line: 3 },
          ],
        },
        {
          name: 'skips leading and trailing blank lines without a paragraph for them',
          text: '\n\n\nrf-1-europe\n\n\n',
          expected: [{ text: 'rf-1-europe', line: 4 }],
        },
        {
          name: 'keeps the last paragraph when the file has no final newline (as the seeds do)',
          text: 'To listen also: Ukrainian crisis\n\nrf-1-europe',
          expected: [
            { text: 'To listen also: Ukrainian crisis', line: 1 },
            { text: 'rf-1-europe', line: 3 },
          ],
        },
      ] satisfies Array<{ name: string; text: string; expected: SourceParagraph[] }>
    ).map((c) => [c.name, c] as const),
  )('%s', (_name, { text, expected }) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it('gives no paragraph for an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\r\n\t')).toEqual([]);
  });

  it('does not change a word: joining the paragraphs gives the words of the text in order', () => {
    const text =
      'He is one of the privileged interlocutors\nof the master of the Kremlin.\r\n\r\n>> Find the latest information\n\nsource site';
    const words = (s: string) => s.split(/\s+/u).filter(Boolean);
    expect(
      words(
        splitParagraphs(text)
          .map((p) => p.text)
          .join(' '),
      ),
    ).toEqual(words(text));
  });
});
