import { describe, expect, it } from 'vitest';
import { replaceControlCharacters } from '../../scripts/normalize/controls.ts';
import { decodeSeed } from '../../scripts/normalize/inputs.ts';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';

const replaceOne = (text: string, line = 1) => {
  const { paragraphs, repairs } = replaceControlCharacters([{ text, line }]);
  return { text: paragraphs[0]!.text, repairs };
};

describe('replaceControlCharacters: what a page cannot carry is replaced and recorded', () => {
  it.each([
    {
      name: 'NUL',
      char: '\u0000',
      symbol: '␀',
      rule: 'control-character',
      label: '<control-0000>',
    },
    {
      name: 'BEL',
      char: '\u0007',
      symbol: '␇',
      rule: 'control-character',
      label: '<control-0007>',
    },
    {
      name: 'backspace',
      char: '\u0008',
      symbol: '␈',
      rule: 'control-character',
      label: '<control-0008>',
    },
    {
      name: 'vertical tab',
      char: '\u000B',
      symbol: '␋',
      rule: 'control-character',
      label: '<control-000B>',
    },
    {
      name: 'form feed',
      char: '\u000C',
      symbol: '␌',
      rule: 'control-character',
      label: '<control-000C>',
    },
    {
      name: 'escape',
      char: '\u001B',
      symbol: '␛',
      rule: 'control-character',
      label: '<control-001B>',
    },
    {
      name: 'unit separator',
      char: '\u001F',
      symbol: '␟',
      rule: 'control-character',
      label: '<control-001F>',
    },
    {
      name: 'DEL',
      char: '\u007F',
      symbol: '␡',
      rule: 'control-character',
      label: '<control-007F>',
    },
    {
      name: 'the C1 control PAD',
      char: '\u0080',
      symbol: '\uFFFD',
      rule: 'control-character',
      label: '<control-0080>',
    },
    {
      name: 'NEL, a C1 control YAML reads as a line break',
      char: '\u0085',
      symbol: '\uFFFD',
      rule: 'control-character',
      label: '<control-0085>',
    },
    {
      name: 'the C1 control APC',
      char: '\u009F',
      symbol: '\uFFFD',
      rule: 'control-character',
      label: '<control-009F>',
    },
    {
      name: 'the noncharacter U+FDD0',
      char: '\uFDD0',
      symbol: '\uFFFD',
      rule: 'noncharacter',
      label: '<noncharacter-FDD0>',
    },
    {
      name: 'the noncharacter U+FFFF',
      char: '\uFFFF',
      symbol: '\uFFFD',
      rule: 'noncharacter',
      label: '<noncharacter-FFFF>',
    },
    {
      name: 'the astral noncharacter U+10FFFE',
      char: '\u{10FFFE}',
      symbol: '\uFFFD',
      rule: 'noncharacter',
      label: '<noncharacter-10FFFE>',
    },
  ])(
    'replaces $name by $symbol, and the repair names it $label',
    ({ char, symbol, rule, label }) => {
      const result = replaceOne(`Putin${char} called on Thursday.`, 37);
      expect(result.text).toBe(`Putin${symbol} called on Thursday.`);
      expect(result.repairs).toEqual([
        {
          rule,
          why: expect.stringMatching(/cannot/),
          before: `Putin${label} called on T`,
          after: `Putin${symbol} called on T`,
          line: 37,
        },
      ]);
    },
  );

  it.each([
    ['tab (the spacing step turns it into a space)', 'at\tfranceinfo'],
    ['no-break and zero-width spaces, the BOM', 'Vladimir\u00A0Putin\u200B, Macron\uFEFF'],
    ['bidirectional marks and overrides', 'שלום \u200F\u202Eevil\u202C مرحبا'],
    ['combining marks, ZWJ emoji, flags', 'e\u0301 👩‍👩‍👧 🇫🇷 1️⃣'],
    ['U+FFFD itself and the highest characters', '\uFFFD \u{10FFFD} \uFFFC'],
  ])('leaves %s as it is', (_name, text) => {
    expect(replaceOne(text)).toEqual({ text, repairs: [] });
  });

  it('records each character apart, with context cut by code point (never half a surrogate pair), its neighbours labelled too', () => {
    const result = replaceOne('👩‍👩‍👧 a\u0000\u0085b 🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷', 4);
    expect(result.text).toBe('👩‍👩‍👧 a␀\uFFFDb 🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷');
    expect(result.repairs).toEqual([
      {
        rule: 'control-character',
        why: expect.any(String),
        before: '👩‍👩‍👧 a<control-0000><control-0085>b 🇫🇷🇫🇷🇫🇷🇫🇷🇫',
        after: '👩‍👩‍👧 a␀\uFFFDb 🇫🇷🇫🇷🇫🇷🇫🇷🇫',
        line: 4,
      },
      {
        rule: 'control-character',
        why: expect.any(String),
        before: '👩‍👩‍👧 a<control-0000><control-0085>b 🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷',
        after: '👩‍👩‍👧 a␀\uFFFDb 🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷',
        line: 4,
      },
    ]);
    for (const r of result.repairs)
      expect(r.before + r.after).not.toMatch(
        // eslint-disable-next-line no-control-regex -- the very characters that must not remain
        /[\u0000\u0085]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u,
      );
  });

  it('keeps paragraphs, lines and order, and leaves its input unchanged', () => {
    const input = [
      { text: 'Clean text.', line: 1 },
      { text: 'One\u0000 NUL.', line: 3 },
      { text: 'Also clean.', line: 5 },
    ];
    const copy = structuredClone(input);
    const { paragraphs, repairs } = replaceControlCharacters(input);
    expect(input).toEqual(copy);
    expect(paragraphs).toEqual([input[0], { text: 'One␀ NUL.', line: 3 }, input[2]]);
    expect(repairs.map((r) => r.line)).toEqual([3]);
  });

  it('is idempotent: its output has nothing left to replace', () => {
    const once = replaceControlCharacters([
      { text: '\u0000\u0001\u007F\u0080\u009F\uFFFE\u{10FFFF}', line: 1 },
    ]);
    expect(replaceControlCharacters(once.paragraphs)).toEqual({
      paragraphs: once.paragraphs,
      repairs: [],
    });
  });
});

describe('in the pipeline: replaced before cleaning, so no record quotes the raw character either', () => {
  it('a removed paragraph and the title show the symbol; the article records the repair', () => {
    const { frontmatter, body } = normalizeArticle({
      text: 'Headline\u0007 of the day\n\nThe text, with a NUL\u0000 in it.\n\nRead also: a link\u001B with an escape\n',
      source: {
        file: 'x.txt',
        outlet: 'ap',
        published: '2022-03-07',
        published_confidence: 'high',
        published_evidence: 'fixed',
        language: 'en',
        notes: [],
      },
      actors: [],
      annotations: [],
    });
    expect(frontmatter.title).toBe('Headline␇ of the day');
    expect(body).toContain('The text, with a NUL␀ in it.');
    expect(frontmatter.removals.map((r) => [r.rule, r.text])).toEqual([
      ['headline', 'Headline␇ of the day'],
      ['related-link', 'Read also: a link␛ with an escape'],
    ]);
    expect(frontmatter.repairs.map((r) => [r.line, r.before])).toEqual([
      [1, 'Headline<control-0007> of the day'],
      [3, ', with a NUL<control-0000> in it.'],
      [5, 'also: a link<control-001B> with an esc'],
    ]);
    // Every string the article holds, raw (JSON.stringify would escape what is looked for).
    const strings: string[] = [];
    JSON.stringify({ frontmatter, body }, (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.join('')).not.toMatch(/(?!\n)\p{Cc}/u);
  });
});

describe('decodeSeed: a few control characters are text, a file full of them is binary', () => {
  const prose = 'Emmanuel Macron called Vladimir Putin again on Sunday, for nearly two hours. ';
  it.each([
    {
      name: 'three NULs in an article',
      bytes: Buffer.from(`${prose.repeat(4)}\u0000${prose}\u0000\u0000${prose}`),
      binary: false,
    },
    {
      name: 'BEL, ESC, DEL and a C1 control in an article',
      bytes: Buffer.from(`${prose.repeat(4)}\u0007\u001B\u007F\u0085${prose}`),
      binary: false,
    },
    {
      name: 'one NUL in every 19 bytes (just over 5%)',
      bytes: Buffer.from(`${'a'.repeat(18)}\u0000`.repeat(40)),
      binary: true,
    },
    {
      name: 'NUL-separated text (UTF-16 read as bytes)',
      bytes: Buffer.from('Macron and Putin', 'utf16le'),
      binary: true,
    },
  ])('$name: binary $binary', ({ bytes, binary }) => {
    if (binary) expect(() => decodeSeed('seeds/x.txt', bytes)).toThrow(/looks binary/);
    else expect(decodeSeed('seeds/x.txt', bytes)).toBe(bytes.toString('utf8'));
  });
});
