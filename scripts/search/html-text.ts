/**
 * Built article pages → text, for the search index (scripts/index-search.ts): the body's
 * visible text, one line per block, and the few words each quotation stands between in its
 * paragraph (for the search page's text fragments). Read with htmlparser2's streaming
 * parser, without building a tree (the index reads every article page, and a tree per page
 * was most of its time); the layout is not CSS's `innerText` but what the index has always
 * been given: each text node's spaces collapse on their own, and a quotation's context
 * stops at the apparatus set beside it.
 */
import { Parser } from 'htmlparser2';
import { quoteClaimId } from '../../src/lib/anchors';
import type { QuoteContext } from '../../src/lib/quote-anchor';

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

const hasClass = (attributes: Record<string, string>, name: string) =>
  (attributes.class ?? '').split(/\s+/u).includes(name);

/**
 * The apparatus set beside the text, left out of it: the speaker tags of quotations
 * (`<sup class="speaker-tag">`), paragraph numbers (`<a class="pn">`) and Cite disclosures
 * (`<details class="cite">`).
 */
function isApparatus(name: string, attributes: Record<string, string>): boolean {
  return (
    (name === 'sup' && hasClass(attributes, 'speaker-tag')) ||
    (name === 'a' && hasClass(attributes, 'pn')) ||
    (name === 'details' && hasClass(attributes, 'cite'))
  );
}

/**
 * The first `needle` in `markup` at or after `from` that is not inside an attribute value:
 * with an even number of `"` between `from` (outside a value) and it. Astro escapes `&`
 * and `"` in attribute values, not `<`, so a name in a value could hold `</article>`; text
 * escapes `"` too, so a `"` always delimits a value. -1 when there is none.
 */
function outsideValues(markup: string, needle: string, from: number): number {
  let quotes = 0;
  let quote = markup.indexOf('"', from);
  for (let at = markup.indexOf(needle, from); at >= 0; at = markup.indexOf(needle, at + 1)) {
    while (quote >= 0 && quote < at) {
      quotes++;
      quote = markup.indexOf('"', quote + 1);
    }
    if (quotes % 2 === 0) return at;
  }
  return -1;
}

/** An article page's body text, one line per block, and each quotation's context in it. */
export interface ArticleText {
  text: string;
  contexts: Map<string, QuoteContext>;
}

/**
 * The text of the page's `.article-body` element (the first one), or null when it has none.
 * The body is the last element of the page's `<article>`, so only the markup from its
 * opening tag to `</article>` is read, not the whole page (its head, the apparatus after
 * it, the raw seed's data: link); the first `</article>` outside an attribute value ends it.
 * A quotation's context is at most `words` whole words on either side.
 */
export function articlePageText(page: string, words = 6): ArticleText | null {
  const start = page.search(/<div class="article-body[ "]/u);
  if (start < 0) return null;
  const end = outsideValues(page, '</article>', start);
  const { blocks, contexts } = walk(page.slice(start, end < 0 ? undefined : end));
  const clipped = new Map<string, QuoteContext>();
  for (const [id, ctx] of contexts)
    clipped.set(id, {
      before: clip(ctx.before, words, 'end'),
      after: clip(ctx.after, words, 'start'),
    });
  return {
    text: blocks
      .map((b) => b.trim())
      .filter(Boolean)
      .join('\n'),
    contexts: clipped,
  };
}

interface Walk {
  /** The text of each block, in order. */
  blocks: string[];
  contexts: Map<string, QuoteContext>;
}

interface Open {
  block: boolean;
  /** A quotation's claim id, where its text began, and how many blocks had ended then. */
  quote: { id: string; at: number; from: number; ended: number } | null;
}

/**
 * Reads the markup of an `.article-body` element as the browser's DOM text: one string per
 * block, and each `#q-…` element's place in its block, without the apparatus
 * (`isApparatus`). A quotation's context stops at it: the browser lays a speaker tag out as
 * a box of its own, which a text fragment cannot reach across. A quotation with a block
 * inside it has no context. The markup after the body's own end tag is not read.
 */
function walk(markup: string): Walk {
  const blocks: string[] = [];
  const contexts = new Map<string, QuoteContext>();
  let text = '';
  // A text node's characters, which the parser may deliver in several pieces.
  let pending = '';
  let done: Array<{ id: string; start: number; end: number; from: number; to?: number }> = [];
  // Where the text since the last apparatus began: a context reaches no further back.
  let from = 0;
  // How many blocks have ended: a quotation spanning the end of one is dropped.
  let ended = 0;
  const open: Open[] = [];
  // Inside an apparatus element: how deep, so that its end is known.
  let skipping = 0;
  let finished = false;
  const settle = () => {
    text += pending.replace(/\s+/gu, ' ');
    pending = '';
  };
  const flush = () => {
    for (const q of done)
      contexts.set(q.id, { before: text.slice(q.from, q.start), after: text.slice(q.end, q.to) });
    if (text.trim()) blocks.push(text);
    text = '';
    from = 0;
    done = [];
    ended++;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (finished) return;
        if (skipping > 0) {
          skipping++;
          return;
        }
        settle();
        if (open.length > 0 && isApparatus(name, attributes)) {
          for (const q of done) q.to ??= text.length;
          from = text.length;
          skipping = 1;
          return;
        }
        const block = BLOCK.has(name);
        if (block && open.length > 0) flush();
        const id = block ? null : quoteClaimId(attributes.id ?? '');
        open.push({ block, quote: id === null ? null : { id, at: text.length, from, ended } });
      },
      ontext(data) {
        if (!finished && skipping === 0 && open.length > 0) pending += data;
      },
      onclosetag() {
        if (finished) return;
        if (skipping > 0) {
          skipping--;
          return;
        }
        settle();
        const element = open.pop();
        if (!element) return;
        if (open.length === 0) {
          finished = true;
          return;
        }
        if (element.block) flush();
        else if (element.quote && element.quote.ended === ended)
          done.push({
            id: element.quote.id,
            start: element.quote.at,
            end: text.length,
            from: element.quote.from,
          });
      },
    },
    { decodeEntities: true },
  );
  parser.end(markup);
  settle();
  flush();
  return { blocks, contexts };
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
