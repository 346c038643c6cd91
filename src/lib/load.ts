import { getCollection } from 'astro:content';
import { byPublication, relatedIndex } from './dossier';
import { groupOfClaim, groupStatements, recurringPhrases } from './groups';
import { pagedViews } from './paged-views';
import { buildTimeline, statementsAt } from './timeline';

/**
 * The whole dossier, loaded once per build: the collections and what is computed across
 * them (timeline, cross-source groups), shared by every page and component that needs it.
 */
async function load() {
  const articles = byPublication(await getCollection('articles'));
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

let cached: ReturnType<typeof load> | undefined;

export function loadDossier(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
