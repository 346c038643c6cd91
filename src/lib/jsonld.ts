import { anchors } from './anchors';
import { isStatement } from './statements';
import type { ActorEntry, ArticleEntry, OutletEntry } from './dossier';

/** schema.org `NewsArticle` for an article page, with its quotations as `Quotation`s naming their creator. */
export function newsArticleJsonLd(
  article: ArticleEntry,
  outlet: OutletEntry | undefined,
  /** Every actor by id: the dossier's map, not a list to index on every page. */
  actorById: ReadonlyMap<string, ActorEntry>,
  pageUrl: string,
) {
  const names = { get: (id: string) => actorById.get(id)?.data };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.data.title,
    datePublished: article.data.published,
    inLanguage: article.data.language,
    url: pageUrl,
    ...(article.data.url ? { isBasedOn: article.data.url } : {}),
    ...(article.data.author && article.data.author_confidence === 'high'
      ? { author: { '@type': 'Person', name: article.data.author } }
      : {}),
    ...(outlet
      ? {
          publisher: {
            '@type': 'NewsMediaOrganization',
            name: outlet.data.name,
            ...(outlet.data.homepage ? { url: outlet.data.homepage } : {}),
          },
        }
      : {}),
    about: article.data.actors.slice(0, 6).flatMap((id) => {
      const actor = names.get(id);
      return actor
        ? [{ '@type': actor.kind === 'person' ? 'Person' : 'Organization', name: actor.name }]
        : [];
    }),
    hasPart: article.data.claims
      .filter((c) => c.kind !== 'indirect' && isStatement(c))
      .map((c) => {
        const speaker = c.speaker ? names.get(c.speaker) : undefined;
        return {
          '@type': 'Quotation',
          '@id': `${pageUrl}#${anchors.quote(c.id)}`,
          text: c.quote,
          ...(speaker
            ? {
                creator: {
                  '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
                  name: speaker.name,
                },
              }
            : {}),
          ...(c.said ? { dateCreated: c.said } : {}),
        };
      }),
  };
}
