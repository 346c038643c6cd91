import { getCollection } from 'astro:content';
import { joinArticle } from './article-parts';
import { byPublication, relatedIndex } from './dossier';
import { groupOfClaim, groupStatements } from './groups';
import { pagedViews } from './paged-views';
import { recurringPhrases } from './recurring';
import { buildTimeline, statementsAt } from './timeline';

/**
 * Every article, its MDX entry joined with its data entry (`content/article-data/<id>.json`)
 * into the whole `Article`, in the order of `getCollection('articles')`. Pages read articles
 * through `loadDossier()`, not from `getCollection`, which holds only half of each.
 */
async function joinedArticles() {
  const [entries, data] = await Promise.all([
    getCollection('articles'),
    getCollection('articleData'),
  ]);
  const dataById = new Map(data.map((d) => [d.id, d.data]));
  return entries.map((entry) => {
    const extra = dataById.get(entry.id);
    if (!extra)
      throw new Error(
        `content/article-data/${entry.id}.json is missing for content/articles/${entry.id}.mdx: run \`npm run normalize\``,
      );
    return { ...entry, paragraphs: entry.data.paragraphs, data: joinArticle(entry.data, extra) };
  });
}

/**
 * The whole dossier, loaded once per build: the collections and what is computed across
 * them (timeline, cross-source groups), shared by every page and component that needs it.
 * The one way pages and components load data: only this module calls `getCollection`.
 */
async function load() {
  const articles = byPublication(await joinedArticles());
  const actors = await getCollection('actors');
  const outlets = await getCollection('outlets');
  const groups = groupStatements(articles);
  const timeline = buildTimeline(articles);
  return {
    articles,
    actors,
    outlets,
    articleById: new Map(articles.map((a) => [a.id, a])),
    actorById: new Map(actors.map((a) => [a.id, a])),
    outletById: new Map(outlets.map((o) => [o.id, o])),
    timeline,
    /** The statements said on each timeline event's occasion. */
    saidAt: statementsAt(timeline, articles),
    related: relatedIndex(articles),
    groups,
    groupOf: groupOfClaim(groups),
    recurring: recurringPhrases(articles),
    /** The paginated views and which page holds each anchor (paged-views.ts). */
    views: pagedViews({ articles, timeline, groups }),
  };
}

/** An article as pages read it: its id, its paragraphs and its whole data. */
export type DossierArticle = Awaited<ReturnType<typeof joinedArticles>>[number];

let cached: ReturnType<typeof load> | undefined;

export function loadDossier(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
