/**
 * Built article pages → text, for the search index (scripts/index-search.ts): the body's
 * visible text, one line per block, and the few words each quotation stands between in its
 * paragraph (for the search page's text fragments). Parsed with hast-util-from-html; the
 * tree is walked here rather than with hast-util-to-text, whose layout of blocks and spaces
 * (CSS's `innerText`) is not what the index has always been given: each text node's spaces
 * collapse on their own, and a quotation's context stops at the apparatus set beside it.
 */
import { fromHtml } from 'hast-util-from-html';
import { quoteClaimId } from '../../src/lib/anchors';
import type { QuoteContext } from '../../src/lib/quote-anchor';

type Root = ReturnType<typeof fromHtml>;
type Node = Root | Root['children'][number];
type Element = Extract<Node, { type: 'element' }>;

/** Elements that end a line of text (and a quotation's context), at their start and at their end. */
const BLOCK = new Set([
  'p',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
]);

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

/**
 * The apparatus set beside the text, left out of it: the speaker tags of quotations
 * (`<sup class="speaker-tag">`), paragraph numbers (`<a class="pn">`) and Cite disclosures
 * (`<details class="cite">`).
 */
function isApparatus(node: Element): boolean {
  return (
    (node.tagName === 'sup' && hasClass(node, 'speaker-tag')) ||
    (node.tagName === 'a' && hasClass(node, 'pn')) ||
    (node.tagName === 'details' && hasClass(node, 'cite'))
  );
}

function find(node: Node, test: (element: Element) => boolean): Element | null {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'root' && node.type !== 'element') return null;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

/** The page's `.article-body` element (the first one), or null. */
export function articleBody(page: string): Element | null {
  return find(fromHtml(page), (e) => e.tagName === 'div' && hasClass(e, 'article-body'));
}

interface Walk {
  /** The text of each block, in order. */
  blocks: string[];
  contexts: Map<string, QuoteContext>;
}

/**
 * Walks an element as the browser's DOM text: one string per block, and each `#q-…`
 * element's place in its block, without the apparatus (`isApparatus`). A quotation's
 * context stops at it: the browser lays a speaker tag out as a box of its own, which a text
 * fragment cannot reach across. A quotation with a block inside it has no context.
 */
function walk(root: Element): Walk {
  const blocks: string[] = [];
  const contexts = new Map<string, QuoteContext>();
  let text = '';
  let done: Array<{ id: string; start: number; end: number; from: number; to?: number }> = [];
  // Where the text since the last apparatus began: a context reaches no further back.
  let from = 0;
  // How many blocks have ended: a quotation spanning the end of one is dropped.
  let ended = 0;
  const flush = () => {
    for (const q of done)
      contexts.set(q.id, { before: text.slice(q.from, q.start), after: text.slice(q.end, q.to) });
    if (text.trim()) blocks.push(text);
    text = '';
    from = 0;
    done = [];
    ended++;
  };
  const visit = (node: Node): void => {
    if (node.type === 'text') {
      text += node.value.replace(/\s+/gu, ' ');
      return;
    }
    if (node.type !== 'element') return;
    if (isApparatus(node)) {
      for (const q of done) q.to ??= text.length;
      from = text.length;
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) flush();
    const id = block ? null : quoteClaimId(String(node.properties.id ?? ''));
    const start = { at: text.length, from, ended };
    for (const child of node.children) visit(child);
    if (block) flush();
    else if (id !== null && start.ended === ended)
      done.push({ id, start: start.at, end: text.length, from: start.from });
  };
  for (const child of root.children) visit(child);
  flush();
  return { blocks, contexts };
}

/** The visible text of an element, one line per block. */
export function bodyText(body: Element): string {
  return walk(body)
    .blocks.map((b) => b.trim())
    .filter(Boolean)
    .join('\n');
}

/** Trims context to at most `words` whole words next to the quotation. */
function clip(text: string, words: number, side: 'end' | 'start'): string {
  const parts = text.split(/(\s+)/u);
  if (side === 'end') {
    let kept = 0;
    let i = parts.length;
    while (i > 0 && kept < words) {
      i--;
      if (parts[i]!.trim()) kept++;
    }
    return parts.slice(i).join('');
  }
  let kept = 0;
  let i = 0;
  while (i < parts.length && kept < words) {
    if (parts[i]!.trim()) kept++;
    i++;
  }
  return parts.slice(0, i).join('');
}

/** For each quotation (`id="q-…"`) in an article body: a few words of its paragraph before and after it, as rendered. */
export function quoteContexts(body: Element, words = 6): Map<string, QuoteContext> {
  const out = new Map<string, QuoteContext>();
  for (const [id, ctx] of walk(body).contexts)
    out.set(id, { before: clip(ctx.before, words, 'end'), after: clip(ctx.after, words, 'start') });
  return out;
}
