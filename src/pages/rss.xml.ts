import { statementCount } from '../lib/statements';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { loadDossier } from '../lib/load';
import { urls } from '../lib/urls';

/** The feed carries the newest articles, as feeds do; the articles index has them all. */
const FEED_ITEMS = 50;

export async function GET(context: APIContext) {
  const articles = [...(await loadDossier()).articles].reverse().slice(0, FEED_ITEMS);
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site ?? context.url.origin,
    trailingSlash: true,
    items: articles.map((a) => ({
      title: a.data.title,
      link: urls.article(a.id),
      pubDate: new Date(`${a.data.published}T12:00:00Z`),
      description: `${statementCount(a.data.claims)} statements; publication date ${a.data.published_confidence === 'high' ? 'as published' : 'inferred'}.`,
    })),
  });
}
