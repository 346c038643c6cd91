import { z } from 'astro/zod';
import { ActorSchema } from './actor';
import { ArticleSchema, ClaimSchema } from './article';
import { IdSchema } from './common';
import { OutletSchema } from './outlet';

/**
 * The rows of the open data files (`data/claims.json`, `articles.json`, `actors.json`,
 * `outlets.json`), built from the content's own schemas: src/lib/open-data.ts and the data
 * endpoints write them, scripts/index-search.ts parses them back.
 */

/** An actor or outlet as a claim's row names it: its id and display name. */
const NamedSchema = z.object({ id: IdSchema, name: z.string() });

/** One row of `data/claims.json` (and `claims.csv`, flattened). */
export const ClaimRowSchema = z.object({
  id: ClaimSchema.shape.id,
  article: z.string(),
  seed: ArticleSchema.shape.seed,
  outlet: NamedSchema,
  speaker: NamedSchema.nullable(),
  speaker_text: ClaimSchema.shape.speaker_text,
  quote: ClaimSchema.shape.quote,
  kind: ClaimSchema.shape.kind,
  said: ClaimSchema.shape.said,
  said_evidence: ClaimSchema.shape.said_evidence,
  /** The occasion it was said on: its kind, and the timeline's event for it, if any. */
  occasion: z
    .object({
      kind: ClaimSchema.shape.occasion.unwrap().shape.kind,
      event: z.string().nullable(),
      url: z.string().nullable(),
    })
    .nullable(),
  attribution: ClaimSchema.shape.attribution,
  confidence: ClaimSchema.shape.confidence,
  paragraph: ClaimSchema.shape.paragraph,
  url: z.string(),
  /** The cross-source group the statement belongs to, or null. */
  group: z.string().nullable(),
});

/** One row of `data/articles.json`. */
export const ArticleRowSchema = ArticleSchema.pick({
  title: true,
  outlet: true,
  published: true,
  published_confidence: true,
  published_evidence: true,
  author: true,
  language: true,
  original_language: true,
  seed: true,
  actors: true,
}).extend({
  slug: z.string(),
  source_url: ArticleSchema.shape.url,
  url: z.string(),
  /** How many claims the article holds. */
  claims: z.number().int().nonnegative(),
});

/** One row of `data/actors.json`: the actor and the address of its page. */
export const ActorRowSchema = ActorSchema.extend({ url: z.string() });

/** One row of `data/outlets.json`: the outlet and the address of its page. */
export const OutletRowSchema = OutletSchema.extend({ url: z.string() });
