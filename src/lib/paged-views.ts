import { statementsBy, type ArticleEntry, type Statement } from './dossier';
import type { StatementGroup } from './groups';
import { paginateOccasions, sliceKeys, type OccasionSlice } from './occasion-pages';
import { groupByOccasion, groupsByOccasion, reportedByMany } from './occasions';
import { pageIndex, pageOf, paginate } from './pages';
import { eventsByActor, filterTimeline, splitByPeriod, type TimelineEvent } from './timeline';
import { urls } from './urls';
import { INVASION } from '../consts';

/**
 * The dossier's paginated views, each computed once per build when first asked for (by its
 * own pages or by a link into it from elsewhere), and where each anchor lives in them, so
 * that a link to `#e-…`, `#o-…`, `#g-…` or `#s-…` goes to the page that holds it.
 *
 * Page sizes, the same for every dossier. Events: 20 a page. Occasions: columns and groups
 * up to a weight of 250 (a statement counts 1, a column or a speaker's heading 1, a group
 * its heading and reports). Lists of articles, actors and outlets: 100 a page. Smaller pages
 * read better but each is a file, and a CDN caps a deployment's files (Cloudflare Pages:
 * 20,000): measured at 1,000 synthetic articles, occasions at 120 and lists at 50 made 1.26
 * view pages per article, and their largest page 10 KB gzip of a 100 KB budget. At the
 * five-article dossier the timeline has two pages and every other view one.
 */
export const EVENTS_PER_PAGE = 20;
export const OCCASION_BUDGET = 250;
export const LIST_PER_PAGE = 100;
/** An actor's or outlet's page lists this many of its articles, and links the rest. */
export const ARTICLES_SHOWN = 10;

export interface Paged<T> {
  pages: T[][];
  /** Anchor (or item key) → its 1-based page. */
  index: Map<string, number>;
}

export interface DossierForViews {
  articles: readonly ArticleEntry[];
  timeline: readonly TimelineEvent[];
  groups: readonly StatementGroup[];
}

/** Main-year events first, then the background years, as the timeline shows them. */
export function timelineOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const { main, background } = splitByPeriod(events, INVASION.date.slice(0, 4));
  return [...main, ...[...background.values()].flat()];
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key)!;
  };
}

export function pagedViews({ articles, timeline, groups }: DossierForViews) {
  const events = (list: readonly TimelineEvent[]): Paged<TimelineEvent> => {
    const pages = paginate(timelineOrder(list), EVENTS_PER_PAGE);
    return { pages, index: pageIndex(pages, (e) => [e.id]) };
  };
  const occasions = (
    statements: readonly Statement[],
    options: Parameters<typeof groupByOccasion>[2] = {},
    withGroups = false,
  ): Paged<OccasionSlice> => {
    const list = groupByOccasion(statements, timeline, options);
    const pages = paginateOccasions(
      list,
      withGroups ? groupsByOccasion(list, groups) : new Map(),
      OCCASION_BUDGET,
    );
    return { pages, index: pageIndex(pages, sliceKeys) };
  };
  const allStatements = () =>
    articles.flatMap((article) => article.data.claims.map((claim) => ({ article, claim })));
  const mainTimeline = memo((_: 'all') => events(timeline));
  const whoSaidWhat = memo((_: 'all') =>
    occasions(
      allStatements(),
      { reported: { events: timeline.filter(reportedByMany), articles }, shown: 2 },
      true,
    ),
  );
  const byOutlet = memo((id: string) => articles.filter((a) => a.data.outlet.id === id));
  const byActor = memo((_: 'all') => eventsByActor(timeline));
  const views = {
    timeline: () => mainTimeline('all'),
    timelineByActor: memo((id: string) => events(byActor('all').get(id) ?? [])),
    timelineByOutlet: memo((id: string) => events(filterTimeline(timeline, { outlet: id }))),
    whoSaidWhat: () => whoSaidWhat('all'),
    actor: memo((id: string) => occasions(statementsBy(id, articles))),
    outlet: memo((id: string) =>
      occasions(
        byOutlet(id).flatMap((article) => article.data.claims.map((claim) => ({ article, claim }))),
      ),
    ),
    outletArticles: byOutlet,
  };
  return {
    ...views,
    /** A timeline event on the full timeline's page that lists it. */
    eventHref: (eventId: string) =>
      urls.timelineEvent(eventId, undefined, pageOf(views.timeline().index, eventId)),
    /** A cross-source group on who said what. */
    groupHref: (groupId: string) =>
      urls.group(groupId, undefined, pageOf(views.whoSaidWhat().index, groupId)),
    /** An occasion on who said what. */
    occasionHref: (occasionId: string) =>
      urls.occasion(occasionId, undefined, pageOf(views.whoSaidWhat().index, occasionId)),
    /** A statement on its speaker's page. */
    statementHref: (actorId: string, claimId: string) =>
      urls.statement(actorId, claimId, pageOf(views.actor(actorId).index, claimId)),
  };
}

export type PagedViews = ReturnType<typeof pagedViews>;
