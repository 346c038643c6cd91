import { anchors } from './anchors';
import { PLACE_ALIASES, placeAliases } from './place-aliases';
import type { QuoteAnchor, QuoteContext } from './quote-anchor';
import {
  actorPresence,
  actorRecord,
  claimDate,
  otherSpellings,
  type ActorRow,
  type ArticleInput,
  type ClaimInput,
  type OutletRow,
  type RecordsInput,
  type SearchRecord,
} from './search-records';
import { urls } from './urls';

/**
 * What the search index is given for one article: a lean synthetic HTML page (not the
 * built page), which Pagefind indexes as one page whose quotations are its sub-results.
 *
 * Pagefind (1.6) turns every element with an `id` and a `data-pagefind-title` into a
 * sub-result reaching from it to the next one (`pagefind_web_js/lib/sub_results.ts`), with
 * a hit before the first of them counted for the page itself. So the page holds, in order:
 * the title (the page's `title` meta), the start of the body text (`leadWords`: the index
 * step says how much), the names of the people it mentions with their other spellings and
 * those of its places (all of it the article's own result), then each quotation: an empty
 * anchor `<span id="q-<id>">`, so a sub-result lands on `/articles/<slug>/#q-<id>` as the
 * article page's own anchor does, followed by the quotation's words and its speaker's names
 * (what it is found by). What the search page shows of a quotation travels in the anchor's
 * `data-pagefind-title`, as JSON (`QuoteAnchor`): attributes are not indexed, so its date,
 * kind or the words around it never make it match a search. One page per article, against one
 * record per quotation before, is what keeps the index's file count with the articles (issue
 * #13). Pure.
 */

/** The anchor's data of a claim. */
export function quoteAnchor(
  claim: ClaimInput,
  article: ArticleInput,
  context?: QuoteContext,
): QuoteAnchor {
  const { date, basis } = claimDate(claim.said, article.published);
  const anchor: QuoteAnchor = {
    q: claim.quote,
    k: claim.kind,
    d: date,
    b: basis === 'said' ? 's' : 'p',
  };
  if (claim.speaker) {
    anchor.s = claim.speaker.id;
    anchor.n = claim.speaker.name;
  } else if (claim.speaker_text) anchor.u = claim.speaker_text;
  if (context && (context.before || context.after)) anchor.x = [context.before, context.after];
  return anchor;
}

/** Text as HTML text: only `&`, `<` and `>` are special. */
function text(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Text as a double-quoted attribute value (Pagefind decodes its entities once). */
function attr(value: string): string {
  return text(value).replace(/"/gu, '&quot;');
}

/** A filter of the page, as a `<meta>` of its head (`[content]` keeps commas and colons of the value). */
function filter(key: string, value: string): string {
  return `<meta data-pagefind-filter="${key}[content]" content="${attr(value)}">`;
}

/**
 * The filters of an article's page. Pagefind filters whole pages, so a page carries every
 * value of its quotations (each speaker, each year); the search page drops the quotations of
 * other speakers or years itself, from their anchors. `kind` is `article`, and `quote` when
 * it quotes anyone. The display data of the article result (outlet name, date, author) are
 * filters too, never searched: Pagefind indexes meta fields as text.
 */
export function articleFilters(
  article: ArticleInput,
  outlet: OutletRow | undefined,
  claims: readonly ClaimInput[],
): Record<string, string[]> {
  const speakers = [...new Set(claims.flatMap((c) => (c.speaker ? [c.speaker.id] : [])))];
  const years = [
    ...new Set(
      [article.published, ...claims.map((c) => claimDate(c.said, article.published).date)].map(
        (d) => d.slice(0, 4),
      ),
    ),
  ].sort();
  const filters: Record<string, string[]> = {
    kind: claims.length ? ['article', 'quote'] : ['article'],
    outlet: [article.outlet],
    year: years,
  };
  if (speakers.length) filters.speaker = speakers;
  filters.outlet_name = [outlet?.name ?? article.outlet];
  filters.published = [article.published];
  if (article.author) filters.author = [article.author];
  return filters;
}

export interface ArticlePageInput {
  article: ArticleInput;
  outlet: OutletRow | undefined;
  /** The article's claims, in reading order. */
  claims: readonly ClaimInput[];
  /** The actors of the dossier, by id. */
  actors: ReadonlyMap<string, ActorRow>;
  /** The article's body text to index, one line per paragraph (its lead, or empty to index only the title and the quotations). */
  body: string;
  /** The article's whole body text, if `body` is only part of it: the places it names are indexed (in every spelling). */
  text?: string;
  /** Where each quotation stands in its paragraph, by claim id. */
  contexts?: ReadonlyMap<string, QuoteContext>;
}

/** The first `max` words of a text, its line breaks kept (whole lines while they fit, then the words of the next). */
export function leadWords(body: string, max: number): string {
  if (!Number.isFinite(max)) return body;
  const out: string[] = [];
  let left = max;
  for (const line of body.split('\n')) {
    if (left <= 0) break;
    const words = line.split(/\s+/u).filter(Boolean);
    out.push(words.slice(0, left).join(' '));
    left -= words.length;
  }
  return out.filter(Boolean).join('\n');
}

/** The indexed words of a quotation: its words, its speaker's names (or the words naming them), the other spellings of its places. */
function quoteWords(claim: ClaimInput, speaker: ActorRow | undefined): string {
  const parts = [claim.quote];
  if (speaker) parts.push(speaker.name, ...otherSpellings(speaker));
  else if (claim.speaker?.name) parts.push(claim.speaker.name);
  else if (claim.speaker_text) parts.push(claim.speaker_text);
  parts.push(...placeAliases(claim.quote));
  return parts.join(' · ');
}

/** What `index.addHTMLFile()` takes for one article: its URL (without the base path) and the lean page. */
export function articleSearchPage(input: ArticlePageInput): { url: string; content: string } {
  const { article, outlet, claims, actors, body, contexts } = input;
  const names = article.actors
    .map((id) => actors.get(id))
    .filter((a): a is ActorRow => a !== undefined);
  // The names of the people it mentions and their other spellings, so a name finds the article even where nobody quotes them;
  // the places its whole text names, each in all its spellings (the body indexed may be only its lead).
  const places = placeAliases(`${article.title}\n${input.text ?? body}`);
  const named = PLACE_ALIASES.filter((group) => group.some((name) => places.includes(name))).flat();
  const spellings = [
    ...new Set([...names.flatMap((a) => [a.name, ...otherSpellings(a)]), ...named]),
  ];
  const head = [
    '<meta charset="utf-8">',
    ...Object.entries(articleFilters(article, outlet, claims)).flatMap(([key, values]) =>
      values.map((v) => filter(key, v)),
    ),
    `<meta data-pagefind-sort="date[content]" content="${attr(article.published)}">`,
  ];
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  const parts = [
    `<h1 data-pagefind-meta="title">${text(article.title)}</h1>`,
    ...lines.map((line) => `<p>${text(line)}</p>`),
    ...(spellings.length ? [`<p>${text(spellings.join(' · '))}</p>`] : []),
    ...claims.map((claim) => {
      const anchor = quoteAnchor(claim, article, contexts?.get(claim.id));
      const words = quoteWords(claim, claim.speaker ? actors.get(claim.speaker.id) : undefined);
      return `<p><span id="${attr(anchors.quote(claim.id))}" data-pagefind-title="${attr(JSON.stringify(anchor))}"></span>${text(words)}</p>`;
    }),
  ];
  return {
    url: urls.article(article.slug, '/'),
    content: `<!doctype html><html lang="en"><head>${head.join('')}</head><body>${parts.join('\n')}</body></html>`,
  };
}

/**
 * What the index is given, article by article as the index step reads the article pages (so
 * Pagefind indexes one while the next is read): each article's lean page (`articleSearchPage`,
 * with the first `bodyWords` words of its body), then one custom record per actor page.
 * Throws on a claim whose article is unknown.
 */
export function indexPlan(input: RecordsInput & { bodyWords?: number }): {
  /** The lean page of an article of `input.articles`, from its body text (none: its title and quotations only) and where its quotations stand. */
  page(
    article: ArticleInput,
    body?: string,
    contexts?: ReadonlyMap<string, QuoteContext>,
  ): { url: string; content: string };
  /** The actors' records, for those with a page. */
  records(): SearchRecord[];
} {
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const outlets = new Map(input.outlets.map((o) => [o.id, o]));
  const slugs = new Set(input.articles.map((a) => a.slug));
  for (const claim of input.claims)
    if (!slugs.has(claim.article))
      throw new Error(`claim ${claim.id} belongs to an unknown article "${claim.article}"`);
  const claimsOf = Map.groupBy(input.claims, (claim) => claim.article);
  return {
    page: (article, body, contexts) =>
      articleSearchPage({
        article,
        outlet: outlets.get(article.outlet),
        claims: claimsOf.get(article.slug) ?? [],
        actors,
        body: leadWords(body ?? '', input.bodyWords ?? Infinity),
        text: body,
        contexts,
      }),
    records: () => {
      const presence = actorPresence(input.articles, input.claims);
      return input.actors
        .filter((a) => !input.actorPages || input.actorPages.has(a.id))
        .map((actor) => actorRecord(actor, presence(actor.id)));
    },
  };
}
