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
import { searchBox, searchResults } from '../i18n/ui';
import { suggestSpellings } from '../lib/spelling';
import { urls } from '../lib/urls';
import { chosen, el, form, input, list, more, selects, sortSelect, status } from './dom';
import { applyParams, readForm, toParams, updateUrl, type State } from './form';
import { loadPagefind, loadVocabulary } from './pagefind';
import { isLatest, nextSequence, showMore, SORTS, summary, total, type Run } from './results';

/** A query with fewer results than this is offered the nearest spellings of its words. */
const FEW_RESULTS = 3;

/**
 * After a query with few results: "Did you mean Zelensky or Zelenskiy?" in the status,
 * each a link to that search (so it works from the keyboard, and opens in a new tab),
 * which runs it in place.
 */
async function offerSpellings(state: State, mine: number): Promise<void> {
  const vocabulary = await loadVocabulary().catch(() => null);
  if (!vocabulary || !isLatest(mine)) return;
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
  const words: Array<Node | string> = [` ${searchBox.didYouMean} `];
  for (const [i, link] of links.entries()) {
    if (i > 0) words.push(i === links.length - 1 ? ` ${searchBox.or} ` : ', ');
    words.push(link);
  }
  words.push('?');
  status.append(el('span', { class: 'search-suggestions' }, ...words));
}

let current: Run | null = null;

function finish(message: string): void {
  status.textContent = message;
  list.removeAttribute('aria-busy');
  document.dispatchEvent(new CustomEvent('search:rendered', { detail: { at: performance.now() } }));
}

async function runSearch(state: State): Promise<void> {
  const mine = nextSequence();
  updateUrl(state);
  // The folded filters' summary says how many are set, so a phone reader sees a search is narrowed.
  chosen.textContent = searchBox.chosen(Object.keys(state.filters).length + (state.sort ? 1 : 0));
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
      filters: state.filters,
      ...(sort ? { sort: { date: sort } } : {}),
    });
    if (!isLatest(mine) || !response) return;
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
    if (!isLatest(mine)) return;
    finish(summary(state, run));
    const known = total(run);
    if (state.q && known !== null && known < FEW_RESULTS) await offerSpellings(state, mine);
  } catch (error) {
    if (!isLatest(mine)) return;
    console.warn('search failed', error);
    list.replaceChildren();
    more.hidden = true;
    finish(searchResults.failed);
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
async function onMore(): Promise<void> {
  if (!current) return;
  const items = await showMore(current);
  items[0]?.querySelector('a')?.focus();
}
more.addEventListener('click', () => void onMore());
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
