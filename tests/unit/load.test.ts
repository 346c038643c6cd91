/**
 * src/lib/load.ts against mocked collections (tests/support/mock-astro-content.ts): the
 * loader joins each article's MDX entry with its data entry, orders the articles by
 * publication, indexes actors and outlets, and computes the timeline and groups from them,
 * once per build. Each test loads a fresh copy of the module, as its results are cached.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { actor, article, claim, event, outlet } from '../../scripts/fixture-entries.ts';
import { mockedAstroContent, type MockedCollections } from '../support/mock-astro-content.ts';

async function loaderOver(collections: MockedCollections) {
  vi.doMock('astro:content', () => mockedAstroContent(collections));
  return import('../../src/lib/load.ts');
}

const later = article('ap', {
  outlet: 'ap',
  published: '2022-03-07',
  claims: [claim({ id: 'ap-1', speaker: 'macron', quote: 'We will keep talking', paragraph: 2 })],
  events: [event({ date: '2022-03-06', paragraph: 2, actors: ['macron', 'putin'] })],
});
const earlier = article('rfi', {
  published: '2022-02-07',
  claims: [
    claim({ id: 'rfi-1', speaker: 'putin', quote: 'Words of Putin' }),
    claim({ id: 'rfi-2', speaker: 'macron', quote: 'Words of Macron', kind: 'indirect' }),
  ],
  events: [event({ date: '2022-02-07', actors: ['macron'] })],
});
const collections: MockedCollections = {
  articles: [later, earlier],
  actors: [actor('macron', 'Emmanuel Macron'), actor('putin', 'Vladimir Putin')],
  outlets: [outlet('ap', 'Associated Press'), outlet('rfi', 'RFI')],
};

beforeEach(() => {
  vi.resetModules();
});

describe('loadDossier over mocked collections', () => {
  it('joins each article back whole from its two entries, oldest first', async () => {
    const { loadDossier } = await loaderOver(collections);
    const { articles, articleById } = await loadDossier();
    expect(articles.map((a) => a.id)).toEqual(['rfi', 'ap']);
    for (const original of [earlier, later]) {
      expect(articleById.get(original.id)?.data).toEqual({
        ...original.data,
        outlet: { collection: 'outlets', id: original.data.outlet.id },
      });
    }
  });

  it('indexes actors and outlets by id', async () => {
    const { loadDossier } = await loaderOver(collections);
    const { actorById, outletById } = await loadDossier();
    expect(actorById.get('putin')?.data.name).toBe('Vladimir Putin');
    expect(outletById.get('ap')?.data.name).toBe('Associated Press');
    expect([...actorById.keys()]).toEqual(['macron', 'putin']);
  });

  it('builds the timeline from every article’s events, in date order', async () => {
    const { loadDossier } = await loaderOver(collections);
    const { timeline } = await loadDossier();
    expect(timeline.map((t) => [t.date, t.sources.map((s) => s.article)])).toEqual([
      ['2022-02-07', ['rfi']],
      ['2022-03-06', ['ap']],
    ]);
  });

  it('loads once: every caller shares the same promise', async () => {
    const { loadDossier } = await loaderOver(collections);
    expect(loadDossier()).toBe(loadDossier());
  });

  it('fails, naming both files, when an article has no data entry', async () => {
    const { loadDossier } = await loaderOver({ ...collections, withoutData: ['ap'] });
    await expect(loadDossier()).rejects.toThrow(
      'content/article-data/ap.json is missing for content/articles/ap.mdx: run `npm run normalize`',
    );
  });
});
