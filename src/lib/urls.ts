import { anchors } from './anchors';
import { pathWithBase } from './base';

/**
 * Page n of a paginated view: page 1 keeps the view's address (`/timeline/`), later pages
 * are `page/<n>/` under it (`/timeline/page/2/`, `/actors/putin/page/3/`).
 */
function paged(path: string, page: number, base?: string): string {
  return pathWithBase(page <= 1 ? path : `${path}page/${page}/`, base);
}

/**
 * Every page and anchor of the site, built through the one base-path helper. A link to an
 * anchor of a paginated view takes the page that holds it (`pages.ts`'s `pageOf`).
 */
export const urls = {
  home: (base?: string) => pathWithBase('/', base),
  articles: (base?: string, page = 1) => paged('/articles/', page, base),
  article: (slug: string, base?: string) => pathWithBase(`/articles/${slug}/`, base),
  paragraph: (slug: string, n: number, base?: string) =>
    `${pathWithBase(`/articles/${slug}/`, base)}#${anchors.paragraph(n)}`,
  quote: (slug: string, claimId: string, base?: string) =>
    `${pathWithBase(`/articles/${slug}/`, base)}#${anchors.quote(claimId)}`,
  actors: (base?: string, page = 1) => paged('/actors/', page, base),
  actor: (id: string, base?: string, page = 1) => paged(`/actors/${id}/`, page, base),
  /** A statement on its speaker's page. */
  statement: (actorId: string, claimId: string, page = 1, base?: string) =>
    `${paged(`/actors/${actorId}/`, page, base)}#${anchors.statement(claimId)}`,
  actorArticles: (id: string, base?: string, page = 1) =>
    paged(`/actors/${id}/articles/`, page, base),
  outlets: (base?: string, page = 1) => paged('/outlets/', page, base),
  outlet: (id: string, base?: string, page = 1) => paged(`/outlets/${id}/`, page, base),
  outletArticles: (id: string, base?: string, page = 1) =>
    paged(`/outlets/${id}/articles/`, page, base),
  timeline: (base?: string, page = 1) => paged('/timeline/', page, base),
  timelineEvent: (eventId: string, base?: string, page = 1) =>
    `${paged('/timeline/', page, base)}#${eventId}`,
  timelineByActor: (id: string, base?: string, page = 1) =>
    paged(`/timeline/actor/${id}/`, page, base),
  timelineByOutlet: (id: string, base?: string, page = 1) =>
    paged(`/timeline/outlet/${id}/`, page, base),
  group: (groupId: string, base?: string, page = 1) =>
    `${paged('/who-said-what/', page, base)}#${groupId}`,
  /** An occasion (`o-…`) on who said what. */
  occasion: (occasionId: string, base?: string, page = 1) =>
    `${paged('/who-said-what/', page, base)}#${occasionId}`,
  whoSaidWhat: (base?: string, page = 1) => paged('/who-said-what/', page, base),
  search: (base?: string) => pathWithBase('/search/', base),
  about: (base?: string) => pathWithBase('/about/', base),
  data: (file: string, base?: string) => pathWithBase(`/data/${file}`, base),
  rss: (base?: string) => pathWithBase('/rss.xml', base),
};
