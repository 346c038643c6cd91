/** Orders and describes articles for lists: pure functions over collection data. */

export interface ArticleSummary {
  id: string;
  data: { title: string; published: string; published_confidence: 'high' | 'medium' | 'low'; outlet: { id: string } };
}

/** Oldest first, then by title, so the dossier reads as a chronology. */
export function byPublication<T extends ArticleSummary>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.data.title.localeCompare(b.data.title));
}

/** How sure the publication date is, in words for readers; empty when it is certain. */
export function dateQualifier(confidence: 'high' | 'medium' | 'low'): string {
  return confidence === 'high' ? '' : confidence === 'medium' ? 'inferred' : 'approximate';
}
