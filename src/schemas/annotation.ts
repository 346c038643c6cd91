import { z } from 'astro/zod';
import { ClaimKindSchema, PartialDateSchema } from './article';
import { IdSchema } from './common';

/**
 * One reviewed correction in `seeds/annotations.yaml`. It finds its claim by the quoted
 * words; when the extractor found no claim there, it adds one. Every correction is
 * checked against the text on each run, so a correction cannot outlive the words it fixes.
 */
export const AnnotationSchema = z.strictObject({
  /** Seed file the correction applies to. */
  file: z.string().regex(/^[^/\\]+\.txt$/),
  /** The quote's words exactly as in the cleaned text (enough of them to be unique in the article). */
  quote: z.string().min(3),
  /** Actor id of the right speaker, or null to state that the text names nobody. */
  speaker: IdSchema.nullable().optional(),
  kind: ClaimKindSchema.optional(),
  /** Date the words were said, when the text or the record establishes it. */
  said: PartialDateSchema.nullable().optional(),
  /** Why: the evidence the reviewer relied on. Shown on the site. */
  note: z.string().min(1),
});
export type Annotation = z.infer<typeof AnnotationSchema>;
