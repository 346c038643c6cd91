import { stringify } from 'csv-stringify/sync';
import type { z } from 'astro/zod';
import type { ArticleRowSchema, Claim, ClaimRowSchema } from '../schemas';
import type { ActorEntry, ArticleEntry, OutletEntry } from './dossier';
import { formatDate } from './format';
import type { StatementGroup } from './groups';
import { mergedEventOf, type TimelineEvent } from './timeline';
import { urls } from './urls';

/**
 * The open data files (`data/*.json`, `data/claims.csv`): a contract other tools read, so
 * field names and order are fixed here and nowhere else.
 */

/**
 * An open data file's response: compact JSON with a final newline. Tools read these files;
 * at 10,000 synthetic articles the claims indented by two spaces were 138 MB against 107 MB
 * compact, and an endpoint's whole body is one string in memory.
 */
export function jsonFile(value: unknown): Response {
  return new Response(`${JSON.stringify(value)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** One row of `data/claims.json`: its fields are the schema's, their order the object `claimRows` builds. */
export type ClaimRow = z.infer<typeof ClaimRowSchema>;

/** What is computed across the dossier that a claim's row names: its cross-source group, its occasion's timeline event. */
export interface ClaimLinks {
  groupOf?: ReadonlyMap<string, { id: string }>;
  timeline?: readonly TimelineEvent[];
  /** The page of the timeline that lists an event (paged-views.ts); the first by default. */
  eventPage?: (eventId: string) => number;
}

export function claimRows(
  articles: readonly ArticleEntry[],
  actors: readonly ActorEntry[],
  outlets: readonly OutletEntry[],
  links: ClaimLinks = {},
  base?: string,
): ClaimRow[] {
  const { groupOf = new Map<string, { id: string }>(), timeline = [], eventPage = () => 1 } = links;
  const actorName = new Map(actors.map((a) => [a.id, a.data.name]));
  const outletName = new Map(outlets.map((o) => [o.id, o.data.name]));
  const eventOf = mergedEventOf(timeline);
  const occasionOf = (article: ArticleEntry, occasion: Claim['occasion']): ClaimRow['occasion'] => {
    if (!occasion) return null;
    const event = occasion.event === null ? null : eventOf(article, occasion.event);
    return {
      kind: occasion.kind,
      event,
      url: event ? urls.timelineEvent(event, base, eventPage(event)) : null,
    };
  };
  return articles.flatMap((article) =>
    article.data.claims.map((claim) => ({
      id: claim.id,
      article: article.id,
      seed: article.data.seed,
      outlet: {
        id: article.data.outlet.id,
        name: outletName.get(article.data.outlet.id) ?? article.data.outlet.id,
      },
      speaker: claim.speaker
        ? { id: claim.speaker, name: actorName.get(claim.speaker) ?? claim.speaker }
        : null,
      speaker_text: claim.speaker_text,
      quote: claim.quote,
      kind: claim.kind,
      said: claim.said,
      said_evidence: claim.said_evidence,
      occasion: occasionOf(article, claim.occasion),
      attribution: claim.attribution,
      confidence: claim.confidence,
      paragraph: claim.paragraph,
      url: urls.quote(article.id, claim.id, base),
      group: groupOf.get(claim.id)?.id ?? null,
    })),
  );
}

/** The claims as RFC 4180 CSV: a header row, CRLF line ends, fields quoted where needed. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  const columns = [
    'id',
    'article',
    'seed',
    'outlet_id',
    'outlet_name',
    'speaker_id',
    'speaker_name',
    'speaker_text',
    'quote',
    'kind',
    'said',
    'said_evidence',
    'occasion_kind',
    'occasion_event',
    'attribution',
    'confidence',
    'paragraph',
    'url',
    'group',
  ];
  const records = rows.map((r) => [
    r.id,
    r.article,
    r.seed,
    r.outlet.id,
    r.outlet.name,
    r.speaker?.id ?? '',
    r.speaker?.name ?? '',
    r.speaker_text ?? '',
    r.quote,
    r.kind,
    r.said ?? '',
    r.said_evidence ?? '',
    r.occasion?.kind ?? '',
    r.occasion?.event ?? '',
    r.attribution,
    r.confidence,
    String(r.paragraph),
    r.url,
    r.group ?? '',
  ]);
  return stringify([columns, ...records], { record_delimiter: 'windows' });
}

export function articleRows(
  articles: readonly ArticleEntry[],
  base?: string,
): z.infer<typeof ArticleRowSchema>[] {
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

/** The chronology as open data: one object per merged event, with every source; `eventPage` is the timeline page listing an event. */
export function timelineRows(
  events: readonly TimelineEvent[],
  base?: string,
  eventPage: (eventId: string) => number = () => 1,
) {
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    precision: e.precision,
    label: e.label,
    headline: e.headline,
    kind: e.kind,
    actors: e.actors,
    url: urls.timelineEvent(e.id, base, eventPage(e.id)),
    sources: e.sources.map((s) => ({
      article: s.article,
      seed: s.seed,
      outlet: s.outlet,
      phrase: s.event.phrase,
      resolution: s.event.resolution,
      anchored_on: s.event.anchored_on,
      reasoning: s.event.reasoning,
      url: urls.paragraph(s.article, s.event.paragraph, base),
    })),
  }));
}

/** The chronology in Knight Lab TimelineJS3's JSON format. */
export function timelineJs(
  events: readonly TimelineEvent[],
  title: string,
  outletName: (id: string) => string,
  landmark: string,
  base?: string,
) {
  const dateParts = (date: string) => {
    const [year, month, day] = date.split('-');
    return {
      year,
      ...(month ? { month: String(Number(month)) } : {}),
      ...(day ? { day: String(Number(day)) } : {}),
    };
  };
  return {
    title: {
      text: {
        headline: title,
        text: 'Events reported in the dossier’s articles, merged across sources.',
      },
    },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: dateParts(e.date),
      display_date: formatDate(e.date),
      group:
        e.date === landmark
          ? 'Landmark'
          : e.date.startsWith(landmark.slice(0, 4))
            ? landmark.slice(0, 4)
            : 'Background',
      text: {
        headline: e.headline,
        text: e.sources
          .map(
            (s) =>
              `${outletName(s.outlet)}: “${s.event.phrase}” (<a href="${urls.paragraph(s.article, s.event.paragraph, base)}">source paragraph</a>)`,
          )
          .join('<br>'),
      },
    })),
  };
}

/** The cross-source groups as open data; `groupPage` is the page of who said what comparing a group. */
export function groupRows(
  groups: readonly StatementGroup[],
  base?: string,
  groupPage: (groupId: string) => number = () => 1,
) {
  return groups.map((g) => ({
    id: g.id,
    speaker: g.speaker,
    said: g.said,
    url: urls.group(g.id, base, groupPage(g.id)),
    members: g.members.map((m) => ({
      claim: m.claim.id,
      article: m.article.id,
      outlet: m.article.data.outlet.id,
      quote: m.claim.quote,
      url: urls.quote(m.article.id, m.claim.id, base),
    })),
  }));
}
