import { z } from 'astro/zod';
import { ClaimKindSchema } from './article';
import { IdSchema } from './common';

/** What a paragraph of an article body is, which decides how it renders and how quotes are read in it. */
export const ParagraphRoleSchema = z.enum([
  'paragraph',
  /** A section heading inside the article. */
  'heading',
  /** A paragraph that is entirely one quotation, set off from the text. */
  'blockquote',
  /** A line naming the speaker of the block quote or tweet just before it. */
  'attribution',
  /** An attribution line whose quotation is missing from the source. */
  'orphan-attribution',
  /** The text of a tweet pasted into the article. */
  'tweet',
  /** A photo caption with its credit. */
  'caption',
  /** The author's signature or biography at the end. */
  'author-note',
]);
export type ParagraphRole = z.infer<typeof ParagraphRoleSchema>;

/** A run of a paragraph's text: plain, or a claim's words (its `<Quote>`). */
export const BodySegmentSchema = z.strictObject({
  text: z.string(),
  quote: z
    .strictObject({ claim: IdSchema, kind: ClaimKindSchema, speaker: IdSchema.nullable() })
    .nullable(),
});
export type BodySegment = z.infer<typeof BodySegmentSchema>;

/** One `<Para>` of an article body, read back from its MDX as data (src/loaders/article-body.ts). */
export const BodyParagraphSchema = z.strictObject({
  n: z.number().int().positive(),
  role: ParagraphRoleSchema,
  segments: z.array(BodySegmentSchema),
});
export type BodyParagraph = z.infer<typeof BodyParagraphSchema>;
