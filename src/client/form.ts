/**
 * The search page's form as a state, and the state in the page's address
 * (history.replaceState), so a search can be shared and bookmarked.
 */
import { FILTER_KEYS, type FilterKey } from '../lib/search-filters';
import { el, input, selects, sortSelect } from './dom';

export interface State {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: string;
}

export function readForm(): State {
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

export function applyParams(params: URLSearchParams): void {
  input.value = params.get('q') ?? '';
  for (const [name, select] of selects) choose(select, params.get(name));
  choose(sortSelect, params.get('sort'));
}

export function toParams(state: State): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_KEYS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

export function updateUrl(state: State): void {
  const query = toParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`)
    history.replaceState(history.state, '', url);
}

/** "speaker Vladimir Putin, outlet RFI": the chosen filters in words, for the status line. */
export function describeFilters(state: State): string {
  return FILTER_KEYS.filter((name) => state.filters[name])
    .map(
      (name) =>
        `${name} ${selects.get(name)?.selectedOptions[0]?.textContent ?? state.filters[name]}`,
    )
    .join(', ');
}
