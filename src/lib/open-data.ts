import { stringify } from 'csv-stringify/sync';
import type { ActorEntry, ArticleEntry, OutletEntry } from './dossier';
import { urls } from './urls';

/**
 * The open data files (`data/*.json`, `data/claims.csv`): a contract other tools read, so
 * field names and order are fixed here and nowhere else.
 */

export interface ClaimRow {
  id: string;
  article: string;
  seed: string;
  outlet: { id: string; name: string };
  speaker: { id: string; name: string } | null;
  speaker_text: string | null;
  quote: string;
  kind: string;
  said: string | null;
  attribution: string;
  confidence: string;
  paragraph: number;
  url: string;
}

export function claimRows(articles: readonly ArticleEntry[], actors: readonly ActorEntry[], outlets: readonly OutletEntry[], base?: string): ClaimRow[] {
  const actorName = new Map(actors.map((a) => [a.id, a.data.name]));
  const outletName = new Map(outlets.map((o) => [o.id, o.data.name]));
  return articles.flatMap((article) =>
    article.data.claims.map((claim) => ({
      id: claim.id,
      article: article.id,
      seed: article.data.seed,
      outlet: { id: article.data.outlet.id, name: outletName.get(article.data.outlet.id) ?? article.data.outlet.id },
      speaker: claim.speaker ? { id: claim.speaker, name: actorName.get(claim.speaker) ?? claim.speaker } : null,
      speaker_text: claim.speaker_text,
      quote: claim.quote,
      kind: claim.kind,
      said: claim.said,
      attribution: claim.attribution,
      confidence: claim.confidence,
      paragraph: claim.paragraph,
      url: urls.quote(article.id, claim.id, base),
    })),
  );
}

/** The claims as RFC 4180 CSV: a header row, CRLF line ends, fields quoted where needed. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  const columns = ['id', 'article', 'seed', 'outlet_id', 'outlet_name', 'speaker_id', 'speaker_name', 'speaker_text', 'quote', 'kind', 'said', 'attribution', 'confidence', 'paragraph', 'url'];
  const records = rows.map((r) => [r.id, r.article, r.seed, r.outlet.id, r.outlet.name, r.speaker?.id ?? '', r.speaker?.name ?? '', r.speaker_text ?? '', r.quote, r.kind, r.said ?? '', r.attribution, r.confidence, String(r.paragraph), r.url]);
  return stringify([columns, ...records], { record_delimiter: 'windows' });
}

export function articleRows(articles: readonly ArticleEntry[], base?: string) {
  return articles.map((a) => ({
    slug: a.id,
    title: a.data.title,
    outlet: a.data.outlet.id,
    published: a.data.published,
    published_confidence: a.data.published_confidence,
    published_evidence: a.data.published_evidence,
    author: a.data.author,
    language: a.data.language,
    original_language: a.data.original_language,
    seed: a.data.seed,
    source_url: a.data.url,
    url: urls.article(a.id, base),
    actors: a.data.actors,
    claims: a.data.claims.length,
  }));
}
