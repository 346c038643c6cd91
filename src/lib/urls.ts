import { pathWithBase } from './base';

/** Every page and anchor of the site, built through the one base-path helper. */
export const urls = {
  home: (base?: string) => pathWithBase('/', base),
  articles: (base?: string) => pathWithBase('/articles/', base),
  article: (slug: string, base?: string) => pathWithBase(`/articles/${slug}/`, base),
  paragraph: (slug: string, n: number, base?: string) => `${pathWithBase(`/articles/${slug}/`, base)}#p-${n}`,
  quote: (slug: string, claimId: string, base?: string) => `${pathWithBase(`/articles/${slug}/`, base)}#q-${claimId}`,
  actors: (base?: string) => pathWithBase('/actors/', base),
  actor: (id: string, base?: string) => pathWithBase(`/actors/${id}/`, base),
  outlets: (base?: string) => pathWithBase('/outlets/', base),
  outlet: (id: string, base?: string) => pathWithBase(`/outlets/${id}/`, base),
  timeline: (base?: string) => pathWithBase('/timeline/', base),
  timelineEvent: (eventId: string, base?: string) => `${pathWithBase('/timeline/', base)}#${eventId}`,
  timelineByActor: (id: string, base?: string) => pathWithBase(`/timeline/actor/${id}/`, base),
  timelineByOutlet: (id: string, base?: string) => pathWithBase(`/timeline/outlet/${id}/`, base),
  group: (groupId: string, base?: string) => `${pathWithBase('/who-said-what/', base)}#${groupId}`,
  whoSaidWhat: (base?: string) => pathWithBase('/who-said-what/', base),
  search: (base?: string) => pathWithBase('/search/', base),
  about: (base?: string) => pathWithBase('/about/', base),
  seed: (file: string, base?: string) => pathWithBase(`/seeds/${file}`, base),
  data: (file: string, base?: string) => pathWithBase(`/data/${file}`, base),
  rss: (base?: string) => pathWithBase('/rss.xml', base),
};
