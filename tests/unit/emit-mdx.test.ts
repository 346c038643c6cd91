import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { emitBody, type BodyQuote } from '../../scripts/normalize/emit-mdx.ts';
import type { Block, BlockRole } from '../../scripts/normalize/segment.ts';

const block = (text: string, role: BlockRole = 'paragraph'): Block => ({ text, role, line: 1 });

/** A quote over `words` (first occurrence), with the marks found right around it, spaces allowed. */
function quoteOver(text: string, words: string, extra: Partial<BodyQuote> = {}): BodyQuote {
  const start = text.indexOf(words);
  const end = start + words.length;
  let open = start - 1;
  while (open >= 0 && text[open] === ' ') open--;
  let close = end;
  while (close < text.length && text[close] === ' ') close++;
  return {
    id: 'abc',
    kind: 'direct',
    speaker: 'putin',
    start,
    end,
    openMark: open >= 0 && '“”«»"'.includes(text[open]!) ? open : null,
    closeMark: close < text.length && '“”«»"'.includes(text[close]!) ? close : null,
    ...extra,
  };
}

/** The MDX of one paragraph, without the trailing newline. */
const one = (text: string, quotes: BodyQuote[] = [], role?: BlockRole) =>
  emitBody([block(text, role)], [quotes]).trimEnd();

/** Parses MDX back and gives each <Para>'s attributes and visible text. */
function readBack(
  mdx: string,
): Array<{ attributes: Record<string, string>; text: string; quotes: string[] }> {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  const paras: MdxJsxTextElement[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'paragraph') throw new Error(`unexpected ${paragraph.type}`);
    for (const child of paragraph.children)
      if (child.type === 'mdxJsxTextElement' && child.name === 'Para') paras.push(child);
  }
  return paras.map((p) => ({
    attributes: Object.fromEntries(
      p.attributes.map((a) =>
        'name' in a
          ? [a.name, typeof a.value === 'string' ? a.value : JSON.stringify(a.value)]
          : ['', ''],
      ),
    ),
    text: toString(p),
    quotes: p.children
      .filter((c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement' && c.name === 'Quote')
      .map((q) => toString(q)),
  }));
}

describe('emitBody: paragraphs', () => {
  it('numbers the paragraphs n="1", n="2", … in order, one <Para> per block, separated by a blank line', () => {
    const mdx = emitBody([block('First.'), block('Second.'), block('Third.')], [[], [], []]);
    expect(mdx).toBe(
      '<Para n="1">First.</Para>\n\n<Para n="2">Second.</Para>\n\n<Para n="3">Third.</Para>\n',
    );
  });

  it.each<[BlockRole]>([
    ['heading'],
    ['blockquote'],
    ['attribution'],
    ['orphan-attribution'],
    ['tweet'],
    ['caption'],
    ['author-note'],
  ])('gives a %s its role as an attribute', (role) => {
    expect(one('Some words', [], role)).toBe(`<Para n="1" role="${role}">Some words</Para>`);
  });

  it('gives a plain paragraph no role attribute', () => {
    expect(one('Some words.')).toBe('<Para n="1">Some words.</Para>');
  });

  it('writes an empty body for no blocks', () => {
    expect(emitBody([], []).trim()).toBe('');
  });
});

describe('emitBody: quotations', () => {
  it('replaces the quote marks with a <Quote> element carrying id, kind and speaker', () => {
    const text = 'Instead of mercy, Macron denounced Moscow’s “cynicism” after a new pledge.';
    expect(
      one(text, [quoteOver(text, 'cynicism', { id: '1a2b', kind: 'fragment', speaker: 'macron' })]),
    ).toBe(
      '<Para n="1">Instead of mercy, Macron denounced Moscow’s <Quote id="q-1a2b" kind="fragment" speaker="macron">cynicism</Quote> after a new pledge.</Para>',
    );
  });

  it('leaves out the speaker attribute when nobody is named', () => {
    const text = 'the familiar French word “tu” here';
    expect(one(text, [quoteOver(text, 'tu', { speaker: null, kind: 'fragment' })])).toBe(
      '<Para n="1">the familiar French word <Quote id="q-abc" kind="fragment">tu</Quote> here</Para>',
    );
  });

  it('keeps the text between the marks verbatim, including a mark it does not replace', () => {
    const text = 'Some of his ideas are possible “, said Vladimir Putin.';
    const quote: BodyQuote = {
      id: 'x',
      kind: 'direct',
      speaker: 'putin',
      start: 0,
      end: 30,
      openMark: null,
      closeMark: 31,
    };
    expect(one(text, [quote])).toBe(
      '<Para n="1"><Quote id="q-x" kind="direct" speaker="putin">Some of his ideas are possible</Quote>, said Vladimir Putin.</Para>',
    );
  });

  it.each<[string, string, string, string]>([
    [
      'a mark with spaces on both sides takes one space with it: “want” avoid war ” and”',
      'adding to want” avoid war ” and more',
      'avoid war',
      'adding to want <Quote id="q-abc" kind="direct" speaker="putin">avoid war</Quote> and more',
    ],
    [
      'an opening mark between spaces takes one space: “and ” build”',
      'and ” build the elements “.',
      'build the elements',
      'and <Quote id="q-abc" kind="direct" speaker="putin">build the elements</Quote>.',
    ],
    [
      'spaced marks at the start of a paragraph leave no leading space',
      '“ start the conversation “. Next.',
      'start the conversation',
      '<Quote id="q-abc" kind="direct" speaker="putin">start the conversation</Quote>. Next.',
    ],
    [
      'marks glued to words are dropped without gluing the words',
      'He said“yes”and left.',
      'yes',
      'He said<Quote id="q-abc" kind="direct" speaker="putin">yes</Quote>and left.',
    ],
    [
      'a closing mark before a word keeps the space after it',
      'the “dialogue” between them',
      'dialogue',
      'the <Quote id="q-abc" kind="direct" speaker="putin">dialogue</Quote> between them',
    ],
  ])('%s', (_name, text, words, body) => {
    expect(one(text, [quoteOver(text, words)])).toBe(`<Para n="1">${body}</Para>`);
  });

  it('never glues two words: every word of the text, marks aside, is still a word of the output', () => {
    const text =
      'adding to want” avoid war ” and ” build the elements of trust “. Then ” more “ words';
    const quotes = [
      quoteOver(text, 'avoid war'),
      quoteOver(text, 'build the elements of trust', { id: 'b' }),
      quoteOver(text, 'more', { id: 'c' }),
    ];
    const [para] = readBack(one(text, quotes));
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words(para!.text)).toEqual(words(text));
    expect(para!.quotes).toEqual(['avoid war', 'build the elements of trust', 'more']);
  });
});

describe('emitBody: escaping (seed text only ever becomes text)', () => {
  it.each<[string, string, string]>([
    ['braces, which would start an expression', 'a {x} b', 'a \\{x\\} b'],
    [
      'angle brackets, which would start a tag',
      'a <b>tag</b> and 3 > 2',
      'a \\<b\\>tag\\</b\\> and 3 \\> 2',
    ],
    [
      'square brackets of an editor’s insertion (seed 004)',
      'the same concern [que son homologue] with regard to security',
      'the same concern \\[que son homologue] with regard to security',
    ],
    ['Markdown emphasis', 'a *star* and _under_', 'a \\*star\\* and \\_under\\_'],
  ])('escapes %s', (_name, text, escaped) => {
    expect(one(text)).toBe(`<Para n="1">${escaped}</Para>`);
  });

  it.each<[string, string]>([
    ['braces and brackets', 'Putin {says} <script>alert(1)</script> & more'],
    [
      'Markdown constructs',
      '# not a heading, * not a list, [not](a link), `not code`, > not a quote',
    ],
    ['an import line', 'import x from "y"; export const z = 1'],
    [
      'a URL and an ellipsis (seed 003)',
      'chief editor of Russian Monitor https://rusmonitor.com/ , member… (h.c.)',
    ],
    ['a paragraph starting with a number and a dot', '1. This is not a list item.'],
  ])('reads back %s as the very same characters', (_name, text) => {
    const [para] = readBack(one(text));
    expect(para!.text).toBe(text);
    expect(para!.attributes).toEqual({ n: '1' });
  });

  it('escapes inside a quotation too', () => {
    const text = 'He said “a {b} <c>” here.';
    const [para] = readBack(one(text, [quoteOver(text, 'a {b} <c>')]));
    expect(para!.quotes).toEqual(['a {b} <c>']);
    expect(para!.text).toBe('He said a {b} <c> here.');
  });
});
