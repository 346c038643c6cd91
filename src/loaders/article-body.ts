import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { quoteClaimId } from '../lib/anchors';

/**
 * An article body, as the normalizer writes it (scripts/normalize/emit-mdx.ts: one
 * `<Para n role>` a paragraph, a `<Quote id kind speaker>` a claim inside it), read back as
 * data: the pages render the paragraphs themselves, so no article is compiled to a module
 * and its text is never evaluated. Pure.
 *
 * A paragraph the emitter wrote directly (no character in its text that MDX could read as
 * anything but itself) is read with one regular expression; any other by the MDX parser,
 * which resolves the serialiser's escapes exactly (about a hundred times slower). The
 * emitter separates paragraphs with a blank line; should a chunk between blank lines not
 * read as one paragraph, the parser reads the whole body.
 */
export function parseArticleBody(body: string, file: string): RawParagraph[] {
  const chunks = body.trim() === '' ? [] : body.trim().split('\n\n');
  const paragraphs: RawParagraph[] = [];
  for (const chunk of chunks) {
    const read = directParagraph(chunk) ?? oneParagraph(chunk, file);
    // The whole body through the parser: the same paragraphs, or an error naming its line.
    if (read === null) return parsedParagraphs(body, file);
    paragraphs.push(read);
  }
  return paragraphs;
}

/** A chunk through the parser when it reads as exactly one paragraph, else null. */
function oneParagraph(chunk: string, file: string): RawParagraph | null {
  try {
    const read = parsedParagraphs(chunk, file);
    return read.length === 1 ? read[0]! : null;
  } catch {
    return null;
  }
}

/** A paragraph as read, before the collection's schema (BodyParagraphSchema) checks its role and kinds. */
export interface RawParagraph {
  n: number;
  role: string;
  segments: RawSegment[];
}
interface RawSegment {
  text: string;
  quote: { claim: string; kind: string; speaker: string | null } | null;
}

/** Text MDX reads back as written: no control character, escape, reference, emphasis, code, link, tag or expression. */
const PLAIN_CHARACTER = '[^\\u0000-\\u001f\\u007f\\\\&*<>[\\]_`{}]';
const PLAIN = `${PLAIN_CHARACTER}*`;
const VALUE = '[^"&\\\\{}<>]*';
const QUOTE = `<Quote id="(${VALUE})" kind="(${VALUE})"(?: speaker="(${VALUE})")?>(${PLAIN})</Quote>`;
const PARAGRAPH = new RegExp(
  `^<Para n="(\\d+)"(?: role="(${VALUE})")?>((?:${PLAIN_CHARACTER}|${QUOTE})*)</Para>$`,
  'u',
);
const QUOTES = new RegExp(QUOTE, 'gu');

/** One paragraph the emitter wrote directly, or null when it needs the parser. */
export function directParagraph(chunk: string): RawParagraph | null {
  const m = PARAGRAPH.exec(chunk);
  if (!m) return null;
  const inner = m[3]!;
  const segments: RawSegment[] = [];
  let at = 0;
  for (const q of inner.matchAll(QUOTES)) {
    if (q.index > at) segments.push({ text: inner.slice(at, q.index), quote: null });
    const claim = quoteClaimId(q[1]!);
    if (claim === null) return null;
    segments.push({ text: q[4]!, quote: { claim, kind: q[2]!, speaker: q[3] ?? null } });
    at = q.index + q[0].length;
  }
  if (at < inner.length) segments.push({ text: inner.slice(at), quote: null });
  return { n: Number(m[1]), role: m[2] ?? 'paragraph', segments };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Every paragraph of a body, through the MDX parser. */
export function parsedParagraphs(body: string, file: string): RawParagraph[] {
  const tree = parser.parse(body);
  return tree.children.map((node) => {
    const para = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : null;
    if (!isElement(para, 'Para'))
      throw new Error(
        `${file}:${node.position?.start.line ?? '?'}: the body holds something other than one <Para> a paragraph; content/ is generated, run \`npm run normalize\``,
      );
    return {
      n: Number(attribute(para, 'n')),
      role: attribute(para, 'role') ?? 'paragraph',
      segments: para.children.map((child) => segment(child, file)),
    };
  });
}

function segment(node: PhrasingContent, file: string): RawSegment {
  if (node.type === 'text') return { text: node.value, quote: null };
  const claim = isElement(node, 'Quote') ? quoteClaimId(attribute(node, 'id') ?? '') : null;
  if (!isElement(node, 'Quote') || claim === null)
    throw new Error(
      `${file}:${node.position?.start.line ?? '?'}: a <Para> holds a ${node.type} that is neither text nor a <Quote>; content/ is generated, run \`npm run normalize\``,
    );
  return {
    text: toString(node),
    quote: {
      claim,
      kind: attribute(node, 'kind') ?? '',
      speaker: attribute(node, 'speaker') ?? null,
    },
  };
}

function isElement(node: unknown, name: string): node is MdxJsxTextElement {
  const n = node as MdxJsxTextElement | null;
  return n?.type === 'mdxJsxTextElement' && n.name === name;
}

function attribute(node: MdxJsxTextElement, name: string): string | undefined {
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')
      return a.value;
  return undefined;
}
