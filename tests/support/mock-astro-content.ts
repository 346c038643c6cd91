/**
 * A stand-in for `astro:content` holding given collections, for tests of the code that
 * loads them (src/lib/load.ts) and of what uses it, without a build. Whole articles go in,
 * built with scripts/fixture-entries.ts, and are written as the build holds them: an MDX
 * entry (the frontmatter, outlet as a reference) and a data entry of the same id, cut with
 * the normalizer's own `splitArticle`. Used with `vi.doMock('astro:content', () => ...)`.
 */
import { splitArticle } from '../../src/lib/article-parts.ts';
import type { ActorEntry, ArticleEntry, OutletEntry } from '../../src/lib/dossier.ts';

export interface MockedCollections {
  articles?: readonly ArticleEntry[];
  actors?: readonly ActorEntry[];
  outlets?: readonly OutletEntry[];
  /** ids of articles whose data entry (content/article-data/<id>.json) is left out */
  withoutData?: readonly string[];
}

export function mockedAstroContent({
  articles = [],
  actors = [],
  outlets = [],
  withoutData = [],
}: MockedCollections) {
  const parts = articles.map(({ id, data }) => {
    const { frontmatter, data: rest } = splitArticle({
      ...data,
      outlet: { collection: 'outlets', id: data.outlet.id },
    });
    return { id, frontmatter, rest };
  });
  const collections: Record<string, readonly { id: string }[]> = {
    articles: parts.map(({ id, frontmatter }) => ({
      id,
      collection: 'articles',
      data: frontmatter,
    })),
    articleData: parts
      .filter(({ id }) => !withoutData.includes(id))
      .map(({ id, rest }) => ({ id, collection: 'articleData', data: rest })),
    actors: actors.map((a) => ({ ...a, collection: 'actors' })),
    outlets: outlets.map((o) => ({ ...o, collection: 'outlets' })),
  };
  return {
    getCollection: (name: string, filter?: (entry: { id: string }) => unknown) => {
      const entries = collections[name];
      if (!entries) throw new Error(`no collection "${name}" in the mocked astro:content`);
      return Promise.resolve(filter ? entries.filter(filter) : [...entries]);
    },
  };
}
