/**
 * What the search island loads: Pagefind's browser side (dist/pagefind/pagefind.js, written
 * by scripts/index-search.ts) and the spelling vocabulary beside it, each fetched once.
 */
import { pathWithBase } from '../lib/base';
import { VOCABULARY_FILE, type Vocabulary } from '../lib/spelling';
import type { PageData } from '../lib/search-hits';

export interface Result {
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

let pagefindPromise: Promise<Pagefind> | null = null;
export function loadPagefind(): Promise<Pagefind> {
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
export function loadVocabulary(): Promise<Vocabulary> {
  vocabularyPromise ??= fetch(pathWithBase(`/pagefind/${VOCABULARY_FILE}`)).then(
    async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return (await response.json()) as Vocabulary;
    },
  );
  return vocabularyPromise;
}
