import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Block } from './segment';

/**
 * Writes an article body as MDX by building its syntax tree and serialising it, so that
 * escaping is the serialiser's job: seed text only ever enters the tree as `text` nodes,
 * which the serialiser escapes so that MDX reads them back as the same characters (no
 * expression, tag, import or Markdown construct can come out of them). Every paragraph is
 * a `<Para n role>` element; every quotation a `<Quote id kind speaker>` inside it.
 */

export interface BodyQuote {
  id: string;
  kind: string;
  speaker: string | null;
  start: number;
  end: number;
  /** Offsets of the quote marks the `<Quote>` element replaces. */
  openMark: number | null;
  closeMark: number | null;
}

const serializer = unified()
  .use(remarkMdx)
  .use(remarkStringify, {
    // Inside MDX, braces and angle brackets start expressions and tags: escape them in text.
    unsafe: ['{', '}', '<', '>'].map((character) => ({ character, inConstruct: 'phrasing' as const })),
  });

export function emitBody(blocks: readonly Block[], quotes: readonly BodyQuote[][]): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map((block, i) => paragraph(block, i + 1, quotes[i] ?? [])),
  };
  return serializer.stringify(tree);
}

function paragraph(block: Block, n: number, quotes: readonly BodyQuote[]): Paragraph {
  const attributes = [attribute('n', String(n))];
  if (block.role !== 'paragraph') attributes.push(attribute('role', block.role));
  return { type: 'paragraph', children: [element('Para', attributes, segments(block.text, quotes))] };
}

/** The block's text cut into plain runs and quotes, without the marks the quotes replace. */
function segments(text: string, quotes: readonly BodyQuote[]): PhrasingContent[] {
  const dropped = new Set<number>();
  for (const q of quotes) {
    // A mark written with spaces on both sides (" ” building") takes one space with it,
    // unless that would glue two words together.
    if (q.openMark !== null) {
      dropped.add(q.openMark);
      const spaced = q.openMark === 0 || /\s/u.test(text[q.openMark - 1]!);
      if (spaced && text[q.openMark + 1] === ' ' && q.openMark + 1 < q.start) dropped.add(q.openMark + 1);
    }
    if (q.closeMark !== null) {
      dropped.add(q.closeMark);
      const spaced = !/\p{L}/u.test(text[q.closeMark + 1] ?? '');
      if (spaced && text[q.closeMark - 1] === ' ' && q.closeMark - 1 >= q.end) dropped.add(q.closeMark - 1);
    }
  }
  const plain = (from: number, to: number): Text[] => {
    let value = '';
    for (let i = from; i < to; i++) if (!dropped.has(i)) value += text[i];
    return value ? [{ type: 'text', value }] : [];
  };
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    out.push(...plain(at, q.start));
    const attributes = [attribute('id', `q-${q.id}`), attribute('kind', q.kind)];
    if (q.speaker) attributes.push(attribute('speaker', q.speaker));
    out.push(element('Quote', attributes, [{ type: 'text', value: text.slice(q.start, q.end) }]));
    at = q.end;
  }
  out.push(...plain(at, text.length));
  return out;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function element(name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}
