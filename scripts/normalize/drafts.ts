import type { Annotation } from '../../src/schemas';
import type { Attribution } from './cast-context';
import type { QuoteSpan } from './quotes';

/**
 * The shapes the steps of `normalize-article.ts` hand each other before claims have ids: a
 * claim as found (or as a reviewed correction made it) and a correction with where it stands
 * in `seeds/annotations.yaml`. Used by `normalize-article.ts`, `annotate.ts` and
 * `article-cache.ts`.
 */

export interface LocatedAnnotation {
  annotation: Annotation;
  /** Line of `seeds/annotations.yaml` where the correction starts, for error messages. */
  line: number;
  /** The line of each of its fields, when known. */
  fields?: Readonly<Record<string, number>>;
}

export interface ClaimDraft {
  span: QuoteSpan;
  attribution: Attribution;
  reviewed: { note: string; said?: string | null } | null;
}
