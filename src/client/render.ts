/**
 * One search result as a list item: a quotation (linking to its anchor with a text
 * fragment), an article or a person or group, the reader's words marked in it.
 */
import { claimKinds, searchResults } from '../i18n/ui';
import { formatDate } from '../lib/format';
import type { Hit } from '../lib/search-hits';
import { el } from './dom';
import type { State } from './form';
import { excerptPieces, markedWords, markPieces, queryWords } from './highlight';
import { textFragment } from './text-fragment';

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

const t = searchResults;

function markedText(text: string, marked: readonly string[], query: readonly string[]): Node[] {
  return piecesNodes(markPieces(text, marked, query));
}

function piecesNodes(pieces: ReadonlyArray<{ text: string; mark: boolean }>): Node[] {
  return pieces.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** "said 7 February 2022" or "published 25 June 2022". */
function dateNode(date: string | undefined, said: boolean): Node[] {
  if (!date) return [];
  return [
    document.createTextNode(said ? t.said : t.published),
    el('time', { datetime: date }, formatDate(date)),
  ];
}

function joinMeta(parts: Array<Node[] | Node | string | null>): Node[] {
  const out: Node[] = [];
  for (const part of parts) {
    if (part === null || (Array.isArray(part) && part.length === 0) || part === '') continue;
    if (out.length) out.push(document.createTextNode(' · '));
    if (Array.isArray(part)) out.push(...part);
    else out.push(typeof part === 'string' ? document.createTextNode(part) : part);
  }
  return out;
}

export function renderResult(hit: Hit, state: State): HTMLLIElement {
  const data = hit.page;
  const one = (key: string) => data.filters[key]?.[0] ?? '';
  const marked = markedWords(hit.excerpt);
  const query = queryWords(state.q);
  if (hit.type === 'quote') {
    const { quote } = hit;
    const badge = el(
      'p',
      { class: 'result-kind meta' },
      el('span', { class: 'badge' }, capitalised(claimKinds[quote.k])),
    );
    const href = `${hit.url}${textFragment(quote.q, { before: quote.x?.[0] ?? '', after: quote.x?.[1] ?? '' }, marked, query)}`;
    const words = markedText(quote.q, marked, query);
    const quoted = quote.k === 'indirect' ? words : ['“', ...words, '”'];
    // The speaker's name is marked too when the words searched are in it: the quotation was found by its speaker.
    const speaker = quote.n
      ? el('span', { class: 'result-speaker' }, ...markedText(quote.n, marked, query))
      : quote.u
        ? t.unnamedSpeaker(quote.u)
        : t.noSpeaker;
    return el(
      'li',
      { class: 'search-result result-quote' },
      badge,
      el('h3', {}, el('a', { href }, ...quoted)),
      el(
        'p',
        { class: 'meta result-meta' },
        ...joinMeta([speaker, one('outlet_name'), dateNode(quote.d, quote.b === 's')]),
      ),
      el(
        'p',
        { class: 'meta result-source' },
        t.source,
        el('a', { href: data.url.replace(/#.*$/u, '') }, data.meta.title ?? ''),
      ),
    );
  }
  const title = data.meta.title ?? '';
  const badge = el(
    'p',
    { class: 'result-kind meta' },
    el('span', { class: 'badge' }, t.kinds[hit.type]),
  );
  if (hit.type === 'actor') {
    const statements = Number(one('statements') || 0);
    const aliases = (data.filters.aliases ?? []).join(', ');
    return el(
      'li',
      { class: 'search-result result-actor' },
      badge,
      el('h3', {}, el('a', { href: data.url }, ...markedText(title, marked, query))),
      el('p', { class: 'meta result-meta' }, ...joinMeta([one('role'), t.statements(statements)])),
      ...(aliases
        ? [
            el(
              'p',
              { class: 'meta result-excerpt' },
              t.alsoWritten,
              ...markedText(aliases, marked, query),
            ),
          ]
        : []),
    );
  }
  return el(
    'li',
    { class: 'search-result result-article' },
    badge,
    el('h3', {}, el('a', { href: data.url }, ...markedText(title, marked, query))),
    el(
      'p',
      { class: 'meta result-meta' },
      ...joinMeta([one('outlet_name'), dateNode(one('published'), false)]),
    ),
    ...(hit.excerpt
      ? [el('p', { class: 'result-excerpt' }, ...piecesNodes(excerptPieces(hit.excerpt, query)))]
      : []),
  );
}
