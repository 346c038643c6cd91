import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitBody, type BodyQuote } from '../../scripts/normalize/emit-mdx.ts';
import type { Block } from '../../scripts/normalize/segment.ts';
import {
  directParagraph,
  parseArticleBody,
  parsedParagraphs,
} from '../../src/loaders/article-body.ts';
import { splitFrontmatter } from '../../src/loaders/articles.ts';

const block = (text: string, role: Block['role'] = 'paragraph'): Block => ({ text, role, line: 1 });
const quote = (start: number, end: number, speaker: string | null = 'putin'): BodyQuote => ({
  id: 'abc123',
  kind: 'direct',
  speaker,
  start,
  end,
  openMark: null,
  closeMark: null,
});
/** A paragraph's text as its segments give it back. */
const textOf = (p: { segments: Array<{ text: string }> }) => p.segments.map((s) => s.text).join('');

describe('parseArticleBody', () => {
  it.each([
    [
      'a plain paragraph',
      '<Para n="1">Plain words.</Para>\n',
      [{ n: 1, role: 'paragraph', segments: [{ text: 'Plain words.', quote: null }] }],
    ],
    [
      'a role and a quotation with its speaker',
      '<Para n="2" role="blockquote"><Quote id="q-ab12" kind="direct" speaker="putin">Words</Quote></Para>\n',
      [
        {
          n: 2,
          role: 'blockquote',
          segments: [{ text: 'Words', quote: { claim: 'ab12', kind: 'direct', speaker: 'putin' } }],
        },
      ],
    ],
    [
      'a quotation nobody is said to have said, between plain runs',
      '<Para n="1">A <Quote id="q-cd34" kind="term">term</Quote> here.</Para>\n',
      [
        {
          n: 1,
          role: 'paragraph',
          segments: [
            { text: 'A ', quote: null },
            { text: 'term', quote: { claim: 'cd34', kind: 'term', speaker: null } },
            { text: ' here.', quote: null },
          ],
        },
      ],
    ],
    ['an empty body', '\n', []],
  ])('reads %s', (_name, body, expected) => {
    expect(parseArticleBody(body, 'a.mdx')).toEqual(expected);
  });

  it.each([
    ['braces and brackets', 'Putin {says} <script>alert(1)</script> & more'],
    ['Markdown constructs', '# not a heading, * not a list, [not](a link), `not code`, > no'],
    ['an import line', 'import x from "y"; export const z = 1'],
    ['character references', '&amp; &#x3C; &lt;b&gt; \\ back\\slash'],
    ['a control character', 'a\u0007bell'],
  ])('reads back %s, which the emitter escaped, as the very same characters', (_name, text) => {
    const body = emitBody([block('Before.'), block(text)], [[], [quote(0, 1)]]);
    const [first, second] = parseArticleBody(body, 'a.mdx');
    expect(textOf(first!)).toBe('Before.');
    expect(textOf(second!)).toBe(text);
    expect(second!.segments[0]).toEqual({
      text: text[0],
      quote: { claim: 'abc123', kind: 'direct', speaker: 'putin' },
    });
  });

  it('reads whatever the emitter writes as the text and quotation it was given (property)', () => {
    // A block's text is one trimmed line of the seed: no line break, no space at either end.
    const alphabet = fc.constantFrom(...'ab \u00a0{}<>&#*_[]`\\"“”:;\t\u0001-–1.é'.split(''));
    fc.assert(
      fc.property(
        fc
          .array(alphabet, { minLength: 1, maxLength: 40 })
          .map((cs) => cs.join('').trim())
          .filter((text) => text !== ''),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const [start, end] = [a % text.length, b % text.length].sort((x, y) => x - y);
          const quotes = end! > start! ? [quote(start!, end!, null)] : [];
          const body = emitBody([block(text)], [quotes]);
          const [read] = parseArticleBody(body, 'a.mdx');
          expect(textOf(read!)).toBe(text);
          if (quotes.length > 0)
            expect(read!.segments.find((s) => s.quote)?.text).toBe(text.slice(start, end));
          // Where the regular expression reads a paragraph, it reads what the parser reads.
          const direct = directParagraph(body.trim());
          if (direct) expect(direct).toEqual(parsedParagraphs(body, 'a.mdx')[0]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('names the file and line of a body that is not paragraphs', () => {
    expect(() =>
      parseArticleBody('<Para n="1">One.</Para>\n\n# A heading\n', 'content/articles/a.mdx'),
    ).toThrow(/^content\/articles\/a\.mdx:3: the body holds something other than one <Para>/u);
    expect(() =>
      parseArticleBody('<Para n="1">A <em>word</em></Para>\n', 'content/articles/a.mdx'),
    ).toThrow(/a <Para> holds a mdxJsxTextElement that is neither text nor a <Quote>/u);
  });
});

describe('splitFrontmatter', () => {
  it('reads the comment lines and the one line of JSON, and gives the body after them', () => {
    const text = '---\n# Generated\n{"title":"T","n":[1]}\n---\n\n<Para n="1">x</Para>\n';
    expect(splitFrontmatter(text, 'a.mdx')).toEqual({
      data: { title: 'T', n: [1] },
      body: '\n<Para n="1">x</Para>\n',
    });
  });

  it.each([
    ['no frontmatter', '<Para n="1">x</Para>\n', /^a\.mdx:1: no frontmatter/u],
    ['a YAML frontmatter', '---\n# c\ntitle: T\n---\n', /^a\.mdx:3: the frontmatter is not/u],
    ['a JSON list', '---\n[1]\n---\n', /^a\.mdx:2: .*not an object/u],
  ])('names the file and line of %s', (_name, text, error) => {
    expect(() => splitFrontmatter(text, 'a.mdx')).toThrow(error);
  });
});
