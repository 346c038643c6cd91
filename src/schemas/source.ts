import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, IsoDaySchema } from './common';

/** One entry of `seeds/sources.yaml`: what is known about a seed text. */
export const SourceEntrySchema = z.strictObject({
  /** File name of the seed text inside `seeds/`. */
  file: z.string().regex(/^[^/\\]+\.txt$/, {
    error: 'give the file name of a .txt file in seeds/, without folders',
  }),
  /** Outlet id, defined in `seeds/outlets.yaml`. */
  outlet: IdSchema,
  /** Publication date; when not printed in the text, the best estimate. */
  published: IsoDaySchema,
  published_confidence: ConfidenceSchema,
  /** Why this date: where it comes from, what bounds it. */
  published_evidence: z.string().min(1),
  /** Title to show; derived from the text's first line when absent. */
  title: z.string().min(1).optional(),
  /** URL slug; derived from the title when absent. */
  slug: IdSchema.optional(),
  author: z.string().min(1).optional(),
  author_confidence: ConfidenceSchema.optional(),
  /** Language of this text (BCP 47). */
  language: z.string().min(2),
  /** Language the article was first written in, when this text is a translation. */
  original_language: z.string().min(2).optional(),
  /** Headline of the original, when it differs from this text's. */
  original_title: z.string().min(1).optional(),
  /** Address of the original or a faithful copy; only a known one, never a guess. */
  url: z.url().optional(),
  /** Free notes for readers: translation artefacts, provenance. */
  notes: z.array(z.string().min(1)).default([]),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;
