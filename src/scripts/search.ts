/**
 * The search island of /search/: the only client script of the site. It runs the page's
 * form against the Pagefind index (dist/pagefind/, written by scripts/index-search.ts) as
 * the reader types, renders the results with DOM calls (no HTML strings), announces their
 * number in the page's live region, and keeps the query in the URL (history.replaceState),
 * so a search can be shared and bookmarked.
 *
 * Quotation results link to the quotation's anchor with a text fragment
 * (`#q-<id>:~:text=…`): browsers that support it highlight the matched words on the
 * article page, which itself stays free of JavaScript.
 */
import { ui } from '../i18n/ui';
import { pathWithBase } from '../lib/base';
import { suggestSpellings, VOCABULARY_FILE, type Vocabulary } from '../lib/spelling';
import { urls } from '../lib/urls';
import { formatDate } from '../lib/format';
import { orderHits, pageHits, pagesToRead, type Hit, type PageData } from '../lib/search-hits';
import {
  excerptPieces,
  FILTER_KEYS,
  markedWords,
  markPieces,
  queryWords,
  textFragment,
  type FilterKey,
} from '../lib/search-records';

interface Result {
  id: string;
  data(): Promise<PageData>;
}
interface SearchResponse {
  results: Result[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResponse | null>;
}

const PAGE_SIZE = 10;
/** At most this many Pagefind pages (articles, actors) read at once to fill a screen of results. */
const MAX_PAGES_AT_ONCE = 10;
/** A search matching at most this many pages reads them all at once, so it can say how many results it has. */
const READ_ALL_BELOW = 12;
/** A query with fewer results than this is offered the nearest spellings of its words. */
const FEW_RESULTS = 3;
const FILTERS = FILTER_KEYS;
type FilterName = FilterKey;
const SORTS: Record<string, 'asc' | 'desc'> = { newest: 'desc', oldest: 'asc' };

interface State {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: string;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
/** The filters the page offers (one with a single choice is left out of the form). */
const selects = new Map(
  FILTERS.flatMap((name) => {
    const select = document.querySelector<HTMLSelectElement>(`#search-${name}`);
    return select ? [[name, select] as const] : [];
  }),
);
const chosen = document.querySelector<HTMLElement>('#search-chosen')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let pagefindPromise: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    // Built after Astro, so Vite must not try to resolve it; its own URL gives Pagefind the base path.
    const pagefind = (await import(
      /* @vite-ignore */ pathWithBase('/pagefind/pagefind.js')
    )) as Pagefind;
    // The main thread, not Pagefind's web worker: one script fewer to download for an index this size.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

let vocabularyPromise: Promise<Vocabulary> | null = null;
/** The dossier's names and words (scripts/index-search.ts), fetched once, the first time a query finds little. */
function loadVocabulary(): Promise<Vocabulary> {
  vocabularyPromise ??= fetch(pathWithBase(`/pagefind/${VOCABULARY_FILE}`)).then(
    async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return (await response.json()) as Vocabulary;
    },
  );
  return vocabularyPromise;
}

function readForm(): State {
  const filters: State['filters'] = {};
  for (const [name, select] of selects) if (select.value) filters[name] = select.value;
  return { q: input.value.trim(), filters, sort: sortSelect.value };
}

/**
 * Sets a select to a value from the URL. The speaker and outlet lists offer only the most
 * quoted (FACET_LIMIT): another id of the address (a link from an actor's page) is added as
 * a choice, so the search still narrows by it.
 */
function choose(select: HTMLSelectElement, value: string | null): void {
  let option = [...select.options].find((o) => o.value === (value ?? ''));
  if (!option && value && /^[a-z0-9][a-z0-9-]*$/u.test(value) && select.dataset.open === 'true') {
    option = el('option', { value }, value);
    select.append(option);
  }
  select.value = option ? option.value : '';
}

function applyParams(params: URLSearchParams): void {
  input.value = params.get('q') ?? '';
  for (const [name, select] of selects) choose(select, params.get(name));
  choose(sortSelect, params.get('sort'));
}

function toParams(state: State): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

function updateUrl(state: State): void {
  const query = toParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`)
    history.replaceState(history.state, '', url);
}

/** "speaker Vladimir Putin, outlet RFI": the chosen filters in words, for the status line. */
function describeFilters(state: State): string {
  return FILTERS.filter((name) => state.filters[name])
    .map(
      (name) =>
        `${name} ${selects.get(name)?.selectedOptions[0]?.textContent ?? state.filters[name]}`,
    )
    .join(', ');
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

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
    document.createTextNode(said ? ui.searchResults.said : ui.searchResults.published),
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

function renderResult(hit: Hit, state: State): HTMLLIElement {
  const data = hit.page;
  const one = (key: string) => data.filters[key]?.[0] ?? '';
  const marked = markedWords(hit.excerpt);
  const query = queryWords(state.q);
  if (hit.type === 'quote') {
    const { quote } = hit;
    const badge = el(
      'p',
      { class: 'result-kind meta' },
      el('span', { class: 'badge' }, ui.searchResults.claimKinds[quote.k]),
    );
    const href = `${hit.url}${textFragment(quote.q, { before: quote.x?.[0] ?? '', after: quote.x?.[1] ?? '' }, marked, query)}`;
    const words = markedText(quote.q, marked, query);
    const quoted = quote.k === 'indirect' ? words : ['“', ...words, '”'];
    // The speaker's name is marked too when the words searched are in it: the quotation was found by its speaker.
    const speaker = quote.n
      ? el('span', { class: 'result-speaker' }, ...markedText(quote.n, marked, query))
      : quote.u
        ? ui.searchResults.unnamedSpeaker(quote.u)
        : ui.searchResults.noSpeaker;
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
        ui.searchResults.source,
        el('a', { href: data.url.replace(/#.*$/u, '') }, data.meta.title ?? ''),
      ),
    );
  }
  const title = data.meta.title ?? '';
  const badge = el(
    'p',
    { class: 'result-kind meta' },
    el('span', { class: 'badge' }, ui.searchResults.kinds[hit.type]),
  );
  if (hit.type === 'actor') {
    const statements = Number(one('statements') || 0);
    const aliases = (data.filters.aliases ?? []).join(', ');
    return el(
      'li',
      { class: 'search-result result-actor' },
      badge,
      el('h3', {}, el('a', { href: data.url }, ...markedText(title, marked, query))),
      el(
        'p',
        { class: 'meta result-meta' },
        ...joinMeta([one('role'), ui.searchResults.statements(statements)]),
      ),
      ...(aliases
        ? [
            el(
              'p',
              { class: 'meta result-excerpt' },
              ui.searchResults.alsoWritten,
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

/**
 * After a query with few results: "Did you mean Zelensky or Zelenskiy?" in the status,
 * each a link to that search (so it works from the keyboard, and opens in a new tab),
 * which runs it in place.
 */
async function offerSpellings(state: State, mine: number): Promise<void> {
  const vocabulary = await loadVocabulary().catch(() => null);
  if (!vocabulary || mine !== sequence) return;
  const options = suggestSpellings(state.q, vocabulary).filter(
    (q) => q.toLowerCase() !== state.q.toLowerCase(),
  );
  if (options.length === 0) return;
  const links = options.map((q) => {
    const params = toParams({ ...state, q });
    const link = el('a', { href: `${urls.search()}?${params.toString()}` }, q);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = q;
      input.focus();
      void runSearch(readForm());
    });
    return link;
  });
  const words: Array<Node | string> = [` ${ui.searchBox.didYouMean} `];
  for (const [i, link] of links.entries()) {
    if (i > 0) words.push(i === links.length - 1 ? ` ${ui.searchBox.or} ` : ', ');
    words.push(link);
  }
  words.push('?');
  status.append(el('span', { class: 'search-suggestions' }, ...words));
}

let sequence = 0;

/** A search being shown: Pagefind's pages, how many of them were read, and the results read but not shown yet. */
interface Run {
  state: State;
  results: Result[];
  /** Pages read so far. */
  read: number;
  /** Results read so far. */
  found: number;
  pending: Hit[];
  shown: number;
  sequence: number;
}
let current: Run | null = null;

/** Is every result of the run known (all pages read, or one result per page: articles only, people only)? */
function complete(run: Run): boolean {
  return (
    run.read >= run.results.length ||
    run.state.filters.kind === 'article' ||
    run.state.filters.kind === 'actor'
  );
}

/** How many results a run has, when it is known. */
function total(run: Run): number | null {
  if (run.read >= run.results.length) return run.found;
  return complete(run) ? run.results.length : null;
}

/**
 * Reads Pagefind pages, best first, until `PAGE_SIZE` results are waiting or none is left,
 * and adds what they hold to the run's pending results, each batch in the page's order
 * (search-hits.ts). A search matching few pages reads them all at once.
 */
async function fill(run: Run): Promise<void> {
  const query = queryWords(run.state.q);
  const sort = SORTS[run.state.sort];
  const first = run.read === 0 && run.results.length <= READ_ALL_BELOW;
  const batch: Hit[] = [];
  while (run.read < run.results.length && run.pending.length + batch.length < PAGE_SIZE) {
    const count = first
      ? run.results.length
      : pagesToRead(
          PAGE_SIZE - run.pending.length - batch.length,
          run.found + batch.length,
          run.read,
          MAX_PAGES_AT_ONCE,
        );
    const slice = run.results.slice(run.read, run.read + count);
    const pages = await Promise.all(slice.map((r) => r.data()));
    if (run.sequence !== sequence) return;
    for (const [i, page] of pages.entries())
      batch.push(...pageHits(page, run.read + i, run.state.filters, query));
    run.read += slice.length;
  }
  run.found += batch.length;
  run.pending.push(...orderHits(batch, sort));
}

/** Shows the next `PAGE_SIZE` results of the run, reading pages as needed; returns the new items. */
async function showMore(run: Run): Promise<HTMLLIElement[]> {
  await fill(run);
  if (run.sequence !== sequence) return [];
  const items = run.pending.splice(0, PAGE_SIZE).map((hit) => renderResult(hit, run.state));
  if (run.shown === 0) list.replaceChildren(...items);
  else list.append(...items);
  run.shown += items.length;
  more.hidden = run.pending.length === 0 && run.read >= run.results.length;
  more.textContent = ui.searchResults.more(run.shown, total(run));
  return items;
}

function summary(state: State, run: Run): string {
  const filters = describeFilters(state);
  const what = state.q ? ui.searchResults.forQuery(state.q) : '';
  const within = filters ? `${what ? ', ' : ''}${ui.searchResults.withFilters(filters)}` : '';
  const count = total(run);
  if (count === 0 || run.results.length === 0)
    return ui.searchResults.none(`${what}${within}`).replace(/ {2,}/gu, ' ');
  if (count === null)
    return ui.searchResults
      .moreThan(run.shown, `${what}${within}`, run.results.length)
      .replace(/ {2,}/gu, ' ');
  return ui.searchResults.count(count, `${what}${within}`).replace(/ \./u, '.');
}

function finish(message: string): void {
  status.textContent = message;
  list.removeAttribute('aria-busy');
  document.dispatchEvent(new CustomEvent('search:rendered', { detail: { at: performance.now() } }));
}

async function runSearch(state: State): Promise<void> {
  const mine = ++sequence;
  updateUrl(state);
  // The folded filters' summary says how many are set, so a phone reader sees a search is narrowed.
  chosen.textContent = ui.searchBox.chosen(
    Object.keys(state.filters).length + (state.sort ? 1 : 0),
  );
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    finish('');
    return;
  }
  list.setAttribute('aria-busy', 'true');
  try {
    const pagefind = await loadPagefind();
    const sort = SORTS[state.sort];
    const response = await pagefind.search(state.q || null, {
      filters: state.filters as Record<string, string>,
      ...(sort ? { sort: { date: sort } } : {}),
    });
    if (mine !== sequence || !response) return;
    const run: Run = {
      state,
      results: response.results,
      read: 0,
      found: 0,
      pending: [],
      shown: 0,
      sequence: mine,
    };
    current = run;
    await showMore(run);
    if (mine !== sequence) return;
    finish(summary(state, run));
    const known = total(run);
    if (state.q && known !== null && known < FEW_RESULTS) await offerSpellings(state, mine);
  } catch (error) {
    if (mine !== sequence) return;
    console.warn('search failed', error);
    list.replaceChildren();
    more.hidden = true;
    finish(ui.searchResults.failed);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(delay = 60): void {
  clearTimeout(timer);
  timer = setTimeout(() => void runSearch(readForm()), delay);
}

input.addEventListener('input', () => schedule());
for (const select of [...selects.values(), sortSelect])
  select.addEventListener('change', () => schedule(0));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void runSearch(readForm());
});
more.addEventListener('click', async () => {
  if (!current) return;
  const items = await showMore(current);
  items[0]?.querySelector('a')?.focus();
});
window.addEventListener('popstate', () => {
  applyParams(new URLSearchParams(location.search));
  schedule(0);
});

// The page's message for readers without JavaScript: this one has it.
document.querySelector<HTMLElement>('#search-nojs')?.setAttribute('hidden', '');
applyParams(new URLSearchParams(location.search));
void loadPagefind().catch(() => undefined);
const initial = readForm();
if (initial.q || Object.keys(initial.filters).length) void runSearch(initial);
