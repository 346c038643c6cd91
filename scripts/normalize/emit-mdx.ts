import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { anchors } from '../../src/lib/anchors';
import type { Block } from './segment';

/**
 * Writes an article body as MDX by building its syntax tree and serialising it, so that
 * escaping is the serialiser's job: seed text only ever enters the tree as `text` nodes,
 * which the serialiser escapes so that MDX reads them back as the same characters (no
 * expression, tag, import or Markdown construct can come out of them). Every paragraph is
 * a `<Para n role>` element; every quotation a `<Quote id kind speaker>` inside it.
 *
 * Escaping is most of the serialiser's cost, and most paragraphs need none: one whose
 * text holds no character the serialiser could escape there is written directly, with
 * the serialiser's exact layout; any other goes through the serialiser.
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
    unsafe: ['{', '}', '<', '>'].map((character) => ({
      character,
      inConstruct: 'phrasing' as const,
    })),
  });

export function emitBody(blocks: readonly Block[], quotes: readonly BodyQuote[][]): string {
  // The serialiser joins paragraphs with a blank line and ends the document with a line break.
  return blocks
    .map((block, i) => `${emitParagraph(paragraph(block, i + 1, quotes[i] ?? []))}\n`)
    .join('\n');
}

function emitParagraph(node: Paragraph): string {
  const child = node.children[0];
  const direct =
    node.children.length === 1 && child?.type === 'mdxJsxTextElement' ? writeElement(child) : null;
  // The serialiser's output for a document of one paragraph is that paragraph and a line break.
  return (
    direct ?? serializer.stringify({ type: 'root', children: [node] } satisfies Root).slice(0, -1)
  );
}

/**
 * Characters the serialiser may escape or encode in text between the tags of a `<Para>`,
 * whatever their neighbours: line breaks and other controls, the backslash, character
 * references, emphasis, code, links, tags and expressions. Every other character (spaces
 * included, with no line break beside them; `#`, `-` or `1.` only matter at a line start,
 * which a text between tags never is) comes out as it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what MDX text must escape
const ESCAPABLE = /[\u0000-\u001f\u007f\\&*<>[\]_`{}]/u;

/** The element as the serialiser writes it when no text inside needs escaping; null when some does. */
function writeElement(node: MdxJsxTextElement): string | null {
  let open = `<${node.name ?? ''}`;
  for (const a of node.attributes) {
    // A quote mark in a value would be written as a character reference.
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string' || a.value.includes('"'))
      return null;
    open += ` ${a.name}="${a.value}"`;
  }
  if (node.children.length === 0) return `${open} />`;
  let inner = '';
  for (const child of node.children) {
    const written =
      child.type === 'text'
        ? ESCAPABLE.test(child.value)
          ? null
          : child.value
        : child.type === 'mdxJsxTextElement'
          ? writeElement(child)
          : null;
    if (written === null) return null;
    inner += written;
  }
  return `${open}>${inner}</${node.name ?? ''}>`;
}

function paragraph(block: Block, n: number, quotes: readonly BodyQuote[]): Paragraph {
  const attributes = [attribute('n', String(n))];
  if (block.role !== 'paragraph') attributes.push(attribute('role', block.role));
  return {
    type: 'paragraph',
    children: [element('Para', attributes, segments(block.text, quotes))],
  };
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
      if (spaced && text[q.openMark + 1] === ' ' && q.openMark + 1 < q.start)
        dropped.add(q.openMark + 1);
    }
    if (q.closeMark !== null) {
      dropped.add(q.closeMark);
      const spaced = !LETTER.test(text[q.closeMark + 1] ?? '');
      if (spaced && text[q.closeMark - 1] === ' ' && q.closeMark - 1 >= q.end)
        dropped.add(q.closeMark - 1);
    }
  }
  const offsets = [...dropped].sort((a, b) => a - b);
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    out.push(...plain(text, at, q.start, offsets));
    const attributes = [attribute('id', anchors.quote(q.id)), attribute('kind', q.kind)];
    if (q.speaker) attributes.push(attribute('speaker', q.speaker));
    out.push(element('Quote', attributes, [{ type: 'text', value: text.slice(q.start, q.end) }]));
    at = q.end;
  }
  out.push(...plain(text, at, text.length, offsets));
  return out;
}

/** A constant: esbuild builds a regular expression literal with \p{…} each time it is used. */
const LETTER = /\p{L}/u;

/** The text between two offsets without the characters at `dropped` (in increasing order), as a text node if any is left. */
function plain(text: string, from: number, to: number, dropped: readonly number[]): Text[] {
  let value = '';
  let at = from;
  for (const d of dropped) {
    if (d < from || d >= to) continue;
    value += text.slice(at, d);
    at = d + 1;
  }
  value += text.slice(at, to);
  return value ? [{ type: 'text', value }] : [];
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function element(
  name: string,
  attributes: MdxJsxAttribute[],
  children: PhrasingContent[],
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}
