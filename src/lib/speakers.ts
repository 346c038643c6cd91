import type { ArticleEntry } from './dossier';
import { speakersIn } from './dossier';

/** The speakers of several articles (an outlet's), most statements first, the unattributed last. */
export function speakersAcross(
  articles: readonly ArticleEntry[],
): Array<{ speaker: string | null; count: number }> {
  const counts = new Map<string | null, number>();
  for (const { speaker, count } of articles.flatMap(speakersIn))
    counts.set(speaker, (counts.get(speaker) ?? 0) + count);
  return [...counts]
    .map(([speaker, count]) => ({ speaker, count }))
    .sort(
      (a, b) =>
        (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) ||
        b.count - a.count ||
        (a.speaker ?? '').localeCompare(b.speaker ?? ''),
    );
}
