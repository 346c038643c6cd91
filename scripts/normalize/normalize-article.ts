import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { seedSha256 } from '../../src/lib/seed-file';
import type { Actor, Article, Landmark, Notice, SourceEntry } from '../../src/schemas';
import { buildActorIndex } from './actors';
import { applyAnnotations } from './annotate';
import { attributeQuotes } from './attribution';
import { createContext, type BlockRange } from './cast-context';
import { buildClaims } from './claims';
import { cleanParagraphs } from './clean';
import { replaceControlCharacters } from './controls';
import type { ClaimDraft, LocatedAnnotation } from './drafts';
import { emitBody } from './emit-mdx';
import { buildCast } from './entities/build-cast';
import { castActors } from './entities/cast-actors';
import type { Directory, Entity } from './entities/types';
import { findEvents } from './events';
import { findIndirect } from './indirect';
import { inferredNotices, orphanNotices, unresolvedNotices } from './notices';
import { splitParagraphs } from './paragraphs';
import { findQuotes } from './quotes';
import { datesSaid } from './said';
import { segment } from './segment';
import { isTerm } from './terms';
import { repairTypography } from './typography';

/**
 * One seed text in, one article out: the composition of the pipeline's pure steps. No
 * step reads the clock or the file system; the CLI (`scripts/normalize.ts`) does the I/O.
 */

export interface NormalizeInput {
  text: string;
  source: SourceEntry;
  /** The gazetteer. */
  actors: readonly Actor[];
  annotations: readonly LocatedAnnotation[];
  /** People the dossier's other articles name in full, by surname (`build-content.ts`'s second pass). */
  directory?: Directory;
  /** Well-known events other dates are reckoned from (`seeds/landmarks.yaml`). */
  landmarks?: readonly Landmark[];
}

export interface NormalizedArticle {
  slug: string;
  frontmatter: Article;
  body: string;
  /** Speakers found in the text who are not in the gazetteer: named people, organisations, unnamed sources. */
  extracted: Actor[];
  /** Where the claims stand in the cleaned paragraphs: what `npm run eval` maps back to the source text. */
  trace: ArticleTrace;
}

export type { BlockRange };

export interface ArticleTrace {
  blocks: ReadonlyArray<{ text: string; line: number }>;
  /** Where each claim's words stand, in the order of `frontmatter.claims`. */
  claims: readonly BlockRange[];
  /** Where the text names each claim's speaker, when the extractor read it there. */
  speakers: ReadonlyArray<BlockRange | null>;
}

export function normalizeArticle(input: NormalizeInput): NormalizedArticle {
  const { source } = input;
  const controls = replaceControlCharacters(splitParagraphs(input.text));
  const cleaned = cleanParagraphs(controls.paragraphs);
  const typography = repairTypography(cleaned.paragraphs);
  const segmented = segment(typography.paragraphs, source.author);
  const { blocks } = segmented;

  const gazetteer = buildActorIndex(input.actors, source.published);
  const cast = buildCast(
    blocks.map((b) => b.text),
    gazetteer,
    (b) => blocks[b]!.role === 'heading',
    input.directory,
  );
  const quotes = findQuotes(blocks);
  const articleKey = createHash('sha256').update(source.file).digest('hex').slice(0, 6);
  const ctx = createContext(blocks, quotes.spans, cast, articleKey, source.author ?? null);
  const attributions = attributeQuotes(quotes.spans, ctx);
  const direct: ClaimDraft[] = quotes.spans.map((span, i) => {
    const attribution = attributions[i]!;
    const term = isTerm(span, attribution, blocks);
    return term
      ? {
          span: { ...span, kind: 'term' as const },
          attribution: {
            ...attribution,
            speaker: null,
            speakerText: null,
            cue: null,
            mention: null,
            confidence: 'low' as const,
          },
          reviewed: null,
        }
      : { span, attribution, reviewed: null };
  });
  const indirect = findIndirect(ctx).map((c) => ({ ...c, reviewed: null }));
  const known = new Set([...input.actors.map((a) => a.id), ...cast.entities.keys()]);
  const drafts = applyAnnotations([...direct, ...indirect], blocks, input.annotations, known);
  drafts.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);

  const title = source.title ?? segmented.headline ?? blocks[0]?.text.slice(0, 120) ?? source.file;
  const slug = source.slug ?? slugify(title).slice(0, 80).replace(/-+$/u, '');
  const { said, occasion } = datesSaid({
    blocks,
    claims: drafts,
    mentions: cast.mentions,
    published: source.published,
    landmarks: input.landmarks ?? [],
    title,
  });
  const spans = drafts.map((d) => d.span);

  // The actors of the article: the gazetteer's people it names, and everyone who speaks in it.
  const speakers = new Set(
    drafts.flatMap((d) => (d.attribution.speaker ? [d.attribution.speaker] : [])),
  );
  const listed = new Set(input.actors.map((a) => a.id));
  const mentionCount = new Map<string, number>();
  for (const list of cast.mentions)
    for (const m of list)
      if (listed.has(m.entity) || speakers.has(m.entity))
        mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
  for (const id of speakers) if (!mentionCount.has(id)) mentionCount.set(id, 1);
  const actors = [...mentionCount]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  const events = findEvents(
    blocks,
    spans,
    cast.mentions,
    new Set(actors),
    source.published,
    input.landmarks,
    shortNames(input.actors, cast.entities),
    occasion,
  );
  const claims = buildClaims(drafts, blocks, slug, said, events);
  const notices: Notice[] = [
    ...quotes.notices,
    ...inferredNotices(drafts, claims),
    ...orphanNotices(blocks),
    ...unresolvedNotices(claims),
  ];
  const usedExtracted = castActors(cast, speakers);

  const body = emitBody(
    blocks,
    blocks.map((_, b) =>
      drafts
        .map((d, i) => ({ d, claim: claims[i]! }))
        .filter(({ d }) => d.span.block === b)
        .map(({ d, claim }) => ({
          id: claim.id,
          kind: claim.kind,
          speaker: claim.speaker,
          start: d.span.start,
          end: d.span.end,
          openMark: d.span.openMark,
          closeMark: d.span.closeMark,
        })),
    ),
  );

  const frontmatter: Article = {
    title,
    source_headline:
      segmented.headline !== null && segmented.headline !== title ? segmented.headline : null,
    original_title: source.original_title ?? null,
    outlet: source.outlet,
    published: source.published,
    published_confidence: source.published_confidence,
    published_evidence: source.published_evidence,
    author: source.author ?? null,
    author_confidence: source.author ? (source.author_confidence ?? 'high') : null,
    language: source.language,
    original_language: source.original_language ?? null,
    url: source.url ?? null,
    notes: source.notes,
    seed: source.file,
    seed_sha256: seedSha256(input.text),
    paragraphs: blocks.length,
    actors,
    claims,
    events,
    removals: [...cleaned.removals, ...segmented.removals].sort((a, b) => a.line - b.line),
    repairs: [...controls.repairs, ...typography.repairs].sort((a, b) => a.line - b.line),
    notices: notices.sort((a, b) => a.paragraph - b.paragraph),
  };
  const trace: ArticleTrace = {
    blocks: blocks.map((b) => ({ text: b.text, line: b.line })),
    claims: spans.map((s) => ({ block: s.block, start: s.start, end: s.end })),
    speakers: drafts.map((d) => d.attribution.mention),
  };
  return { slug, frontmatter, body, extracted: usedExtracted, trace };
}

/** How a headline names an actor: a person by surname ("Macron"), anyone else in full ("the Kremlin"). */
function shortNames(
  gazetteer: readonly Actor[],
  entities: ReadonlyMap<string, Entity>,
): (id: string) => string {
  const known = new Map(gazetteer.map((a) => [a.id, a]));
  return (id) => {
    const actor = known.get(id);
    const entity = entities.get(id);
    const name = actor?.name ?? entity?.name ?? id;
    const person =
      (actor?.kind ?? entity?.kind ?? 'person') === 'person' && !(entity?.anonymous ?? false);
    // "Jean-Yves Le Drian" → "Le Drian": a surname keeps its particle.
    return person
      ? (/(?:(?:[Ll]e|[Ll]a|[Dd]e|[Dd]u|[Dd]a|van|von|der)\s+)*\S+$/u.exec(name)?.[0] ?? name)
      : name;
  };
}
