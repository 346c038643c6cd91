/** The dossier's directory of people named in full, by surname, across its articles. */

import type { Actor } from '../../../src/schemas';
import { nameParts } from './name-parts';
import type { Directory } from './types';

/**
 * The dossier's directory: for each surname, the one person the articles name in full with
 * it, when one clearly dominates (in twice as many articles as any other); "Obama" in an
 * article that never writes "Barack Obama" is then the Barack Obama of the others.
 */
export function buildDirectory(actorsByArticle: ReadonlyArray<readonly Actor[]>): Directory {
  const bySurname = new Map<string, Map<string, { name: string; articles: number }>>();
  for (const actors of actorsByArticle) {
    for (const a of actors) {
      if (a.kind !== 'person' || a.anonymous || !a.name.includes(' ')) continue;
      const key = nameParts(a.name).last;
      const people = bySurname.get(key) ?? new Map<string, { name: string; articles: number }>();
      const seen = people.get(a.id) ?? { name: a.name, articles: 0 };
      seen.articles++;
      people.set(a.id, seen);
      bySurname.set(key, people);
    }
  }
  const directory = new Map<string, { id: string; name: string }>();
  for (const [surname, people] of bySurname) {
    const [first, second] = [...people].sort(
      (x, y) => y[1].articles - x[1].articles || x[0].localeCompare(y[0]),
    );
    if (first && (!second || first[1].articles >= 2 * second[1].articles))
      directory.set(surname, { id: first[0], name: first[1].name });
  }
  return directory;
}

/** Does an article name someone by a surname alone that the directory knows? Then it is worth a second reading. */
export function needsDirectory(actors: readonly Actor[], directory: Directory): boolean {
  return actors.some(
    (a) =>
      a.kind === 'person' &&
      !a.anonymous &&
      !a.name.includes(' ') &&
      directory.has(nameParts(a.name).last),
  );
}
