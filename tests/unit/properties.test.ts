/**
 * Properties of the normalizer that must hold for any input, checked with fast-check:
 * - seed text, however hostile, comes out of the MDX serialiser as literal text (MDX reads
 *   it back as the same characters, never as code, a tag or a Markdown construct);
 * - the pipeline is deterministic and does not touch its input;
 * - repairing typography twice changes nothing the first pass did not.
 */
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { CLEANING_RULES, cleanParagraphs } from '../../scripts/normalize/clean.ts';
import { replaceControlCharacters } from '../../scripts/normalize/controls.ts';
import { emitBody, type BodyQuote } from '../../scripts/normalize/emit-mdx.ts';
import {
  normalizeArticle,
  type NormalizeInput,
} from '../../scripts/normalize/normalize-article.ts';
import { splitParagraphs } from '../../scripts/normalize/paragraphs.ts';
import type { Block, BlockRole } from '../../scripts/normalize/segment.ts';
import { normalizeSpacing, repairTypography } from '../../scripts/normalize/typography.ts';
import {
  ActorSchema,
  ArticleSchema,
  ParagraphRoleSchema,
  type Actor,
} from '../../src/schemas/index.ts';

const NUM_RUNS = 200;

/** Fragments that mean something to MDX, JSX, JavaScript, Markdown, HTML or Unicode layout. */
const HOSTILE = [
  '{process.exit(1)}',
  '{',
  '}',
  '{/* c */}',
  '<script>alert(1)</script>',
  '<Foo />',
  '<Para n="9">',
  '</Para>',
  '<Quote id="x">',
  '</Quote>',
  '<',
  '>',
  '<>',
  '</>',
  'export const x = 1',
  'import fs from "fs"',
  '<!--',
  '-->',
  '`',
  '```js',
  '~~~',
  '#',
  '## ',
  '>',
  '-',
  '- ',
  '+ ',
  '1.',
  '1) ',
  '*',
  '**',
  '_',
  '__',
  '~~x~~',
  '[a](b)',
  '![i](j)',
  '[x]: y',
  '<https://x.y>',
  'https://x.y',
  'a@b.c',
  '&amp;',
  '&#123;',
  '&lt;',
  '&',
  ';',
  '\\',
  '\\{',
  '\\<',
  '|',
  '| a | b |',
  '---',
  '***',
  '===',
  '    ',
  ':::',
  '$$',
  '^',
  'שלום עולם',
  'مرحبا',
  '\u202E',
  '\u200F',
  '\u200B',
  '\u2060',
  '\uFEFF',
  'e\u0301',
  '\u0301',
  '\u0300\u0316',
  '👩‍👩‍👧',
  '🇫🇷',
  '😀',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u0085',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  ' ',
  '  ',
  '“',
  '”',
  '«',
  '»',
  '"',
  "'",
  '’',
  '…',
  '.',
  ' .',
];

const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'Macron said',
          'Putin',
          'the',
          'word',
          'Word.',
          'on Sunday',
          ' ',
          '\n\n',
        ),
      },
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const ROLES: readonly BlockRole[] = ParagraphRoleSchema.options;

/**
 * What the pipeline feeds `emitBody`: the seed cut into paragraphs (no line breaks inside),
 * control characters and noncharacters replaced, spacing normalised and ends trimmed.
 */
function blocksOf(raw: string, roles: readonly BlockRole[]): Block[] {
  return repairTypography(replaceControlCharacters(splitParagraphs(raw)).paragraphs).paragraphs.map(
    (p, i) => ({ role: roles[i % roles.length]!, text: p.text, line: p.line }),
  );
}

const parser = unified().use(remarkParse).use(remarkMdx);
const parse = (mdx: string) => parser.parse(mdx);

const FORBIDDEN = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Every node of the tree that would run code or render a tag other than ours. */
function intruders(tree: Nodes): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (FORBIDDEN.has(node.type)) found.push(node.type);
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name !== 'Para' &&
      node.name !== 'Quote'
    )
      found.push(`<${node.name ?? ''}>`);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

const attr = (el: MdxJsxTextElement, name: string) =>
  (
    el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name) as
      MdxJsxAttribute | undefined
  )?.value;

/** The `<Para>` elements, checking the body is nothing but one paragraph per block, each one `<Para>`. */
function paras(tree: Root): MdxJsxTextElement[] {
  return tree.children.map((node) => {
    expect(node.type).toBe('paragraph');
    const children = node.type === 'paragraph' ? node.children : [];
    expect(children).toHaveLength(1);
    const para = children[0]!;
    expect(para.type === 'mdxJsxTextElement' && para.name).toBe('Para');
    return para as MdxJsxTextElement;
  });
}

/** Inside a `<Para>`, only text and `<Quote>` elements holding text: no emphasis, link, code, HTML… */
function expectOnlyText(para: MdxJsxTextElement): void {
  for (const child of para.children) {
    if (child.type === 'mdxJsxTextElement') {
      expect(child.name).toBe('Quote');
      for (const inner of child.children) expect(inner.type).toBe('text');
    } else {
      expect(child.type).toBe('text');
    }
  }
}

describe('any seed text, however hostile, comes out as literal text', () => {
  it('each paragraph reads back as exactly its text, inside its <Para>, with nothing executable', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.array(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 4 }),
        (raw, roles) => {
          const blocks = blocksOf(raw, roles);
          const mdx = emitBody(
            blocks,
            blocks.map(() => []),
          );
          const tree = parse(mdx);
          expect(intruders(tree)).toEqual([]);
          const elements = paras(tree);
          expect(elements).toHaveLength(blocks.length);
          elements.forEach((para, i) => {
            expectOnlyText(para);
            expect(toString(para)).toBe(blocks[i]!.text);
            expect(attr(para, 'n')).toBe(String(i + 1));
            expect(attr(para, 'role')).toBe(
              blocks[i]!.role === 'paragraph' ? undefined : blocks[i]!.role,
            );
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('a <Quote> anywhere in a paragraph holds exactly its slice, and the paragraph its whole text', () => {
    const withQuote = hostileText
      .map((raw) => blocksOf(raw, ['paragraph'])[0])
      .filter((block): block is Block => block !== undefined)
      .chain((block) => {
        // Quotes start and end between graphemes, as quote marks do.
        const cuts = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(block.text)]
          .map((s) => s.index)
          .concat(block.text.length);
        return fc.record({
          block: fc.constant(block),
          cut: fc
            .uniqueArray(fc.constantFrom(...cuts), { minLength: 2, maxLength: 2 })
            .map(([a, b]) => [Math.min(a!, b!), Math.max(a!, b!)] as const),
          kind: fc.constantFrom('direct', 'fragment', 'indirect'),
          speaker: fc.option(fc.constantFrom('macron', 'putin', 'le-drian'), { nil: null }),
        });
      });
    fc.assert(
      fc.property(withQuote, ({ block, cut: [start, end], kind, speaker }) => {
        const quote: BodyQuote = {
          id: 'abc123',
          kind,
          speaker,
          start,
          end,
          openMark: null,
          closeMark: null,
        };
        const tree = parse(emitBody([block], [[quote]]));
        expect(intruders(tree)).toEqual([]);
        const [para] = paras(tree);
        expectOnlyText(para!);
        expect(toString(para!)).toBe(block.text);
        const quotes = para!.children.filter(
          (c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement',
        );
        expect(quotes).toHaveLength(1);
        expect(toString(quotes[0]!)).toBe(block.text.slice(start, end));
        expect(attr(quotes[0]!, 'id')).toBe('q-abc123');
        expect(attr(quotes[0]!, 'kind')).toBe(kind);
        expect(attr(quotes[0]!, 'speaker')).toBe(speaker ?? undefined);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

const GAZETTEER: Actor[] = [
  ActorSchema.parse({
    id: 'macron',
    name: 'Emmanuel Macron',
    titles: ['the French president'],
    role: 'President of France',
  }),
  ActorSchema.parse({
    id: 'putin',
    name: 'Vladimir Putin',
    aliases: ['Poutine'],
    role: 'President of Russia',
  }),
];

/** Article-like text: sentences with names, speech verbs, quote marks and dates, plus hostile fragments. */
const articleText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Macron said',
        'said Vladimir Putin.',
        'the French president',
        'Poutine',
        '“',
        '”',
        '«',
        '»',
        '"',
        'on Sunday',
        'next Thursday',
        'eight years ago',
        'on February 7, 2022',
        'We will not',
        'he added,',
        'she adds.',
        'Read also: more',
        'source site',
        'rf-1-europe',
        '>> Find the latest',
        ' .',
        '. ',
        ', ',
        '\n\n',
        '\n',
        ' ',
        'John Smith said',
        'challengeadmits Sylvie Bermann,',
        'law”we',
        'Bermann.“Not',
      ),
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'grapheme-ascii', maxLength: 10 }),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

function articleInput(text: string): NormalizeInput {
  return {
    text,
    source: {
      file: 'property.txt',
      outlet: 'ap',
      published: '2022-03-07',
      published_confidence: 'high',
      published_evidence: 'fixed for the property',
      language: 'en',
      notes: [],
      author: 'Barbara Surk',
    },
    actors: GAZETTEER,
    annotations: [],
  };
}

describe('normalizing twice changes nothing', () => {
  it('normalizeArticle is deterministic, leaves its input untouched, and writes valid frontmatter', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const input = articleInput(text);
        const before = structuredClone(input);
        const first = normalizeArticle(input);
        const second = normalizeArticle(input);
        expect(second).toEqual(first);
        expect(input).toEqual(before);
        expect(() => ArticleSchema.parse(first.frontmatter)).not.toThrow();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never dates a statement, or its occasion, later than the article’s publication', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const { frontmatter } = normalizeArticle(articleInput(text));
        for (const c of frontmatter.claims) {
          if (c.said !== null) expect(c.said.slice(0, 10) <= frontmatter.published).toBe(true);
          if (c.occasion !== null) expect(c.said).not.toBeNull();
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('repairing typography on repaired text repairs nothing more', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, hostileText), (text) => {
        const once = repairTypography(splitParagraphs(text));
        const twice = repairTypography(once.paragraphs);
        expect(twice.paragraphs).toEqual(once.paragraphs);
        expect(twice.repairs).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('normalizing spacing is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, hostileText), (text) => {
        const once = normalizeSpacing(text);
        expect(normalizeSpacing(once)).toBe(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('repairing typography never changes a letter or a digit', () => {
    const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
    fc.assert(
      fc.property(fc.oneof(articleText, hostileText), (text) => {
        const paragraphs = splitParagraphs(text);
        const repaired = repairTypography(paragraphs).paragraphs;
        expect(repaired.map((p) => letters(p.text))).toEqual(
          paragraphs.map((p) => letters(p.text)),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  // Cleaning is deliberately NOT idempotent: run again on its own output, `dangling-word`
  // would cut the next last word ("word. Foo. Bar." → "word. Foo." → "word."), one of two
  // stray full stops survives each pass ("Foo. . ." → "Foo. ." → "Foo."), and a first
  // paragraph cut by a rule can become equal to the second. The pipeline cleans once; what
  // must hold is that every cut is recorded.
  it('cleaning loses nothing: each paragraph is either removed whole, or its kept text plus its recorded cuts', () => {
    const debris = fc
      .array(
        fc.constantFrom(
          'word',
          'Word.',
          'Foo.',
          'source',
          'Source site',
          '.',
          ' .',
          'rf-1-europe',
          'a-b-c',
          '!',
          '\n\n',
          'This site uses cookies, accept',
          '>> Find',
          'Read also:',
          'Title',
          '“',
          '”',
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(debris, articleText), (text) => {
        const paragraphs = splitParagraphs(text);
        const { paragraphs: kept, removals } = cleanParagraphs(paragraphs);
        const inlineRules = new Set(CLEANING_RULES.filter((r) => r.inline).map((r) => r.name));
        for (const p of paragraphs) {
          const here = removals.filter((r) => r.line === p.line);
          const whole = here.filter((r) => !inlineRules.has(r.rule));
          const k = kept.find((q) => q.line === p.line);
          if (whole.length > 0) {
            expect(whole).toHaveLength(1);
            expect(whole[0]!.text).toBe(p.text);
            expect(k).toBeUndefined();
          } else {
            // Inline cuts are taken from the end, one rule after the other.
            expect(
              k!.text +
                here
                  .map((r) => r.text)
                  .reverse()
                  .join(''),
            ).toBe(p.text);
          }
        }
        expect(kept.length + removals.filter((r) => !inlineRules.has(r.rule)).length).toBe(
          paragraphs.length,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
