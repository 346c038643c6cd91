/**
 * The search page's elements (src/pages/search.astro, SearchForm.astro), and the one helper
 * that builds new ones: the island renders with DOM calls, no HTML strings.
 */
import { FILTER_KEYS } from '../lib/search-filters';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export const form = document.querySelector<HTMLFormElement>('#search-form')!;
export const input = document.querySelector<HTMLInputElement>('#search-q')!;
/** The filters the page offers (one with a single choice is left out of the form). */
export const selects = new Map(
  FILTER_KEYS.flatMap((name) => {
    const select = document.querySelector<HTMLSelectElement>(`#search-${name}`);
    return select ? [[name, select] as const] : [];
  }),
);
export const chosen = document.querySelector<HTMLElement>('#search-chosen')!;
export const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
export const status = document.querySelector<HTMLElement>('#search-status')!;
export const list = document.querySelector<HTMLOListElement>('#search-results')!;
export const more = document.querySelector<HTMLButtonElement>('#search-more')!;
